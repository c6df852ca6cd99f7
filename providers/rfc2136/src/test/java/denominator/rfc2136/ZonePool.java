package denominator.rfc2136;

import denominator.DNSApi;
import denominator.model.Zone;
import denominator.tck.TestZones;
import java.util.Collection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Lends the zones a BIND server was started with, one test at a time, and empties each when it is
 * given back: DNS cannot create zones.
 */
final class ZonePool implements TestZones {
  private final BlockingQueue<String> idle = new LinkedBlockingQueue<>();

  ZonePool(Collection<String> zones) {
    idle.addAll(zones);
  }

  @Override
  public Zone take(DNSApi api) {
    String name = idle.poll();
    if (name == null) {
      throw new IllegalStateException("every zone of the pool is in use");
    }
    return api.zones().iterateByName(name).next();
  }

  @Override
  public void giveBack(DNSApi api, Zone zone) {
    try {
      Rfc2136ProviderTest.empty(api, zone.name());
    } finally {
      idle.add(zone.name());
    }
  }
}
