package denominator.powerdns;

import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.kit.ZoneLookup;
import denominator.model.Names;
import denominator.model.Zone;
import denominator.powerdns.PowerDnsJson.RRSet;
import denominator.powerdns.PowerDnsJson.ZoneJson;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * PowerDNS zones. A zone's id is the server's, its canonical name with the trailing dot. Email and
 * TTL live in the zone's SOA, which the zone listing does not carry: iteration reads each zone's
 * SOA as it advances (one small request per zone), and so does {@link #iterateByName}. {@link
 * #iterateWithoutSoa} is the listing alone, one request; the lookups take one request too: {@link
 * #iterateByNameWithoutSoa} leaves the SOA out, {@link #byId} reads it in the same request.
 */
final class PowerDnsZoneApi implements ZoneApi {
  private final PowerDnsEndpoints api;
  private final PowerDnsUrl url;

  PowerDnsZoneApi(PowerDnsEndpoints api, PowerDnsUrl url) {
    this.api = api;
    this.url = url;
  }

  @Override
  public Iterator<Zone> iterator() {
    return api.zones().stream().map(this::withSoa).flatMap(Optional::stream).iterator();
  }

  @Override
  public Iterator<Zone> iterateWithoutSoa() {
    return api.zones().stream().map(PowerDnsZoneApi::listed).iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return api.zonesNamed(Names.absolute(name)).stream()
        .map(this::withSoa)
        .flatMap(Optional::stream)
        .iterator();
  }

  @Override
  public Iterator<Zone> iterateByNameWithoutSoa(String name) {
    return api.zonesNamed(Names.absolute(name)).stream().map(PowerDnsZoneApi::listed).iterator();
  }

  @Override
  public Optional<Zone> byId(String id) {
    return ZoneLookup.find(() -> api.findZone(id))
        .map(zone -> PowerDnsJson.toZone(zone, soa(zone.name(), zone)));
  }

  /**
   * Creates a zone with NS records (see {@link PowerDnsUrl}) and an SOA, or gives an existing
   * zone's SOA the zone's email and TTL, keeping its other fields.
   */
  @Override
  public String put(Zone zone) {
    Optional<ZoneJson> existing = api.zonesNamed(zone.name()).stream().findFirst();
    if (existing.isEmpty()) {
      return api.createZone(PowerDnsJson.newZone(zone, url.nameserversOf(zone.name()))).id();
    }
    String id = existing.get().id();
    RRSet soa = soa(existing.get());
    api.patch(
        id,
        List.of(
            soa.recs().isEmpty()
                ? PowerDnsJson.newZone(zone, url.nameserversOf(zone.name())).rrsets().get(0)
                : PowerDnsJson.soa(zone, soa)));
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

  /** The zone as the listing shows it: without the SOA's mailbox and TTL. */
  private static Zone listed(ZoneJson zone) {
    return Zone.withoutSoa(zone.id(), Names.absolute(zone.name()));
  }

  /** The zone with email and TTL from its SOA; empty if it was deleted meanwhile. */
  private Optional<Zone> withSoa(ZoneJson zone) {
    try {
      return Optional.of(PowerDnsJson.toZone(zone, soa(zone)));
    } catch (ZoneNotFoundException deleted) {
      return Optional.empty();
    }
  }

  /** The zone's SOA rrset; one without records if it has none. */
  private RRSet soa(ZoneJson zone) {
    return soa(zone.name(), api.zone(zone.id(), Names.absolute(zone.name()), "SOA"));
  }

  /** The SOA rrset at {@code name} in an answer; one without records if it has none. */
  private static RRSet soa(String name, ZoneJson answer) {
    String apex = Names.absolute(name);
    return Optional.ofNullable(answer.rrsets()).orElse(List.of()).stream()
        .filter(s -> Names.absolute(s.name()).equals(apex) && s.type().equals("SOA"))
        .findFirst()
        .orElse(new RRSet(apex, "SOA", null, null, null));
  }
}
