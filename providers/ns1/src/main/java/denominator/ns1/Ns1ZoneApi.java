package denominator.ns1;

import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.kit.ZoneLookup;
import denominator.model.Names;
import denominator.model.Zone;
import denominator.ns1.Ns1Json.ZoneFields;
import denominator.ns1.Ns1Json.ZoneJson;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * NS1 zones. A zone's id is its name with the trailing dot; its email is the {@code hostmaster}
 * field and its TTL the {@code ttl} field, both in the listing. NS1 writes a new zone's apex NS. A
 * lookup by name or id is one {@code GET /zones/{zone}}, without the zone's records.
 */
final class Ns1ZoneApi implements ZoneApi {
  private final Ns1Endpoints api;

  Ns1ZoneApi(Ns1Endpoints api) {
    this.api = api;
  }

  @Override
  public Iterator<Zone> iterator() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(api.zones(), 0), false)
        .map(Ns1ZoneApi::zone)
        .iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return find(Names.absolute(name)).stream().iterator();
  }

  @Override
  public Optional<Zone> byId(String id) {
    return Names.ifAbsolute(id).flatMap(this::find);
  }

  private Optional<Zone> find(String name) {
    return ZoneLookup.find(() -> zone(api.zone(name, false)));
  }

  /** Creates the zone unless it exists, then gives it the zone's email and TTL when they differ. */
  @Override
  public String put(Zone zone) {
    String name = Names.absolute(zone.name());
    ZoneJson current;
    try {
      current = api.zone(name, false);
    } catch (ZoneNotFoundException absent) {
      current = create(name);
    }
    String email = zone.email().orElse(null);
    Integer ttl = zone.ttl().isPresent() ? zone.ttl().getAsInt() : null;
    boolean changes =
        email != null && (current == null || !email.equals(current.hostmaster()))
            || ttl != null && (current == null || !ttl.equals(current.ttl()));
    if (changes) {
      api.updateZone(name, new ZoneFields(ttl, email, null, null, null, null));
    }
    return name;
  }

  /**
   * Creates the zone, sent once ({@link Ns1Endpoints#createZone}): a create whose answer was lost,
   * or that another client's create beat, leaves the zone there, which a read then finds. Null when
   * this create made it.
   */
  private ZoneJson create(String name) {
    try {
      api.createZone(Ns1Endpoints.bare(name));
      return null;
    } catch (UnknownOutcomeException | InvalidChangeException maybeThere) {
      return ZoneLookup.find(() -> api.zone(name, false)).orElseThrow(() -> maybeThere);
    }
  }

  @Override
  public void delete(String id) {
    try {
      api.deleteZone(Names.absolute(id));
    } catch (ZoneNotFoundException absent) {
      // deleting nothing is a no-op
    }
  }

  private static Zone zone(ZoneJson json) {
    String name = Names.absolute(json.zone());
    return json.hostmaster() == null || json.ttl() == null
        ? Zone.withoutSoa(name, name)
        : new Zone(name, name, json.hostmaster(), json.ttl());
  }
}
