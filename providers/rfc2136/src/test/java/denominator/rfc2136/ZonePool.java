package denominator.rfc2136;

import denominator.DNSApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.Zone;
import denominator.tck.TestZones;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;

/**
 * Lends the zones a BIND server was started with, one test at a time, and empties each when it is
 * given back: DNS cannot create zones.
 */
final class ZonePool implements TestZones {
  /** Zones in a suite's pool: a @TestFactory takes one per record type before it gives any back. */
  static final int SIZE = 20;

  private final BlockingQueue<String> idle = new LinkedBlockingQueue<>();

  ZonePool(Collection<String> zones) {
    idle.addAll(zones);
  }

  /** {@link #SIZE} zone names, {@code PREFIX-0.rfc2136.denominator.test.} and on. */
  static String[] names(String prefix) {
    return IntStream.range(0, SIZE)
        .mapToObj(i -> prefix + "-" + i + ".rfc2136.denominator.test.")
        .toArray(String[]::new);
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
      empty(api, zone.name());
    } finally {
      idle.add(zone.name());
    }
  }

  /** Deletes every set but those BindServer made: the apex SOA and NS, and the glue of ns1. */
  static void empty(DNSApi api, String zone) {
    Set<RecordSetKey> kept =
        Set.of(
            RecordSetKey.of(zone, "SOA"),
            RecordSetKey.of(zone, "NS"),
            RecordSetKey.of("ns1." + zone, "A"));
    ChangeSet.Builder deletes = ChangeSet.builder();
    api.recordSets(zone)
        .forEach(
            set -> {
              if (!kept.contains(set.key())) {
                deletes.delete(set.key());
              }
            });
    ChangeSet changes = deletes.build();
    if (!changes.isEmpty() && !api.apply(zone, changes, ApplyMode.ATOMIC).succeeded()) {
      throw new IllegalStateException("could not empty " + zone);
    }
  }
}
