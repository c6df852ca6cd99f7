package denominator.ultradns;

import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.kit.SoaMailbox;
import denominator.model.Names;
import denominator.model.Zone;
import denominator.model.rdata.SOAData;
import denominator.ultradns.UltraDnsJson.RRSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * UltraDNS primary zones. A zone's id is its name with the trailing dot. Email and TTL live in the
 * apex SOA, which the service writes and the listing does not carry: iteration reads each zone's
 * SOA as it advances (one small request per zone); {@link #iterateWithoutSoa} is the listing's
 * pages alone. A lookup by name or id is that one read of the SOA, which a zone that is not there
 * answers 404: not the listing's {@code q=name:} filter, which matches every zone whose name
 * contains the name.
 */
final class UltraDnsZoneApi implements ZoneApi {
  private final UltraDnsEndpoints api;

  UltraDnsZoneApi(UltraDnsEndpoints api) {
    this.api = api;
  }

  @Override
  public Iterator<Zone> iterator() {
    return names().map(this::withSoa).flatMap(Optional::stream).iterator();
  }

  @Override
  public Iterator<Zone> iterateWithoutSoa() {
    return names().map(name -> Zone.withoutSoa(name, name)).iterator();
  }

  /** The absolute names of the listing, page by page. */
  private Stream<String> names() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(api.zones(), 0), false)
        .map(z -> Names.absolute(z.properties().name()));
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return withSoa(Names.absolute(name)).stream().iterator();
  }

  @Override
  public Optional<Zone> byId(String id) {
    return Names.ifAbsolute(id).flatMap(this::withSoa);
  }

  /**
   * Creates a primary zone (the service writes its SOA and NS), or gives an existing zone's SOA the
   * zone's email and TTL, keeping its other fields; the service keeps the serial.
   */
  @Override
  public String put(Zone zone) {
    String name = Names.absolute(zone.name());
    Optional<RRSet> soa;
    try {
      soa = soa(name);
    } catch (ZoneNotFoundException absent) {
      api.createZone(name);
      soa = Optional.empty();
    }
    if (soa.isPresent() && (zone.email().isPresent() || zone.ttl().isPresent())) {
      SOAData now = SOAData.parse(soa.get().rdata().get(0));
      SOAData next =
          new SOAData(
              now.mname(),
              zone.email().map(SoaMailbox::toRname).orElse(now.rname()),
              now.serial(),
              now.refresh(),
              now.retry(),
              now.expire(),
              zone.ttl().orElse(now.minimum()));
      int ttl = zone.ttl().orElse(soa.get().ttl() == null ? now.minimum() : soa.get().ttl());
      if (!next.equals(now) || soa.get().ttl() == null || ttl != soa.get().ttl()) {
        api.write(
            "PUT", name, "SOA", name, new RRSet(null, null, ttl, List.of(next.toString()), null));
      }
    }
    return name;
  }

  @Override
  public void delete(String id) {
    try {
      api.deleteZone(Names.absolute(id));
    } catch (ZoneNotFoundException absent) {
      // deleting nothing is a no-op
    }
  }

  /** The zone with email and TTL from its SOA; empty if there is no such zone. */
  private Optional<Zone> withSoa(String name) {
    try {
      Optional<RRSet> soa = soa(name);
      if (soa.isEmpty() || soa.get().rdata().isEmpty()) {
        return Optional.of(Zone.withoutSoa(name, name));
      }
      SOAData data = SOAData.parse(soa.get().rdata().get(0));
      Optional<String> email = SoaMailbox.toEmail(data.rname());
      int ttl = soa.get().ttl() == null ? data.minimum() : soa.get().ttl();
      return Optional.of(
          email.map(e -> new Zone(name, name, e, ttl)).orElse(Zone.withoutSoa(name, name)));
    } catch (ZoneNotFoundException deleted) {
      return Optional.empty();
    }
  }

  private Optional<RRSet> soa(String name) {
    return api.rrsets(name, "SOA", name).stream().findFirst();
  }
}
