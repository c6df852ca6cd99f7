package denominator.powerdns;

import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.model.Names;
import denominator.model.Zone;
import denominator.model.rdata.SOAData;
import denominator.powerdns.PowerDnsJson.RRSet;
import denominator.powerdns.PowerDnsJson.ZoneJson;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * PowerDNS zones. A zone's id is the server's, its canonical name with the trailing dot. Email
 * and TTL live in the zone's SOA, which the zone listing does not carry: iteration reads each
 * zone's SOA as it advances (one small request per zone).
 */
final class PowerDnsZoneApi implements ZoneApi {
  private final PowerDnsApi api;

  PowerDnsZoneApi(PowerDnsApi api) {
    this.api = api;
  }

  @Override
  public Iterator<Zone> iterator() {
    return api.zones().stream().map(this::withSoa).flatMap(Optional::stream).iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return api.zonesNamed(Names.absolute(name)).stream().map(this::withSoa)
        .flatMap(Optional::stream).iterator();
  }

  @Override
  public String put(Zone zone) {
    Optional<ZoneJson> existing = api.zonesNamed(zone.name()).stream().findFirst();
    if (existing.isEmpty()) {
      return api.createZone(PowerDnsJson.newZone(zone)).id();
    }
    String id = existing.get().id();
    long serial = soa(existing.get()).flatMap(s -> s.enabled().stream().findFirst())
        .map(r -> SOAData.parse(r.content()).serial()).orElse(0L);
    api.patch(id, List.of(PowerDnsJson.soa(zone, serial)));
    return id;
  }

  @Override
  public void delete(String id) {
    try {
      api.deleteZone(id);
    } catch (ZoneNotFoundException absent) {
      // deleting nothing is a no-op
    }
  }

  /** The zone with email and TTL from its SOA; empty if it was deleted meanwhile. */
  private Optional<Zone> withSoa(ZoneJson zone) {
    try {
      return Optional.of(PowerDnsJson.toZone(zone, soa(zone)));
    } catch (ZoneNotFoundException deleted) {
      return Optional.empty();
    }
  }

  private Optional<RRSet> soa(ZoneJson zone) {
    String apex = Names.absolute(zone.name());
    return api.zone(zone.id(), apex, "SOA").rrsets().stream()
        .filter(s -> PowerDnsJson.matches(s, apex, "SOA")).findFirst();
  }
}
