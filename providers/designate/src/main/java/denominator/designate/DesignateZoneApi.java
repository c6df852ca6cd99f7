package denominator.designate;

import denominator.UnknownOutcomeException;
import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.designate.DesignateJson.NewZone;
import denominator.designate.DesignateJson.ZoneJson;
import denominator.designate.DesignateJson.ZoneUpdate;
import denominator.kit.ZoneLookup;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * Designate zones. A zone's id is Designate's UUID; its email and TTL are fields of the zone, so a
 * lookup by name ({@code GET /v2/zones?name=}) or id ({@code GET /v2/zones/{id}}) reads them in its
 * one request. A create needs an email: the zone's, or {@code hostmaster@<zone>}. Creating and
 * deleting wait until Designate has done it, so that what follows finds the zone there, or gone.
 */
final class DesignateZoneApi implements ZoneApi {
  private final DesignateEndpoints endpoints;
  private final DesignatePropagation propagation;

  DesignateZoneApi(DesignateEndpoints endpoints, DesignatePropagation propagation) {
    this.endpoints = endpoints;
    this.propagation = propagation;
  }

  @Override
  public Iterator<Zone> iterator() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(endpoints.zones(), 0), false)
        .map(DesignateZoneApi::zone)
        .iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return endpoints.zoneNamed(Names.absolute(name)).map(DesignateZoneApi::zone).stream()
        .iterator();
  }

  /** Designate answers 404 for an id it has no zone of, and for one that is no UUID. */
  @Override
  public Optional<Zone> byId(String id) {
    return ZoneLookup.find(() -> zone(endpoints.zone(id)));
  }

  /** Creates the zone unless one has its name, else changes its email and TTL where they differ. */
  @Override
  public String put(Zone zone) {
    String name = Names.absolute(zone.name());
    Integer ttl = zone.ttl().isPresent() ? zone.ttl().getAsInt() : null;
    Optional<ZoneJson> current = endpoints.zoneNamed(name);
    String id;
    if (current.isEmpty()) {
      String email = zone.email().orElse("hostmaster@" + name.substring(0, name.length() - 1));
      id = create(new NewZone(name, email, ttl));
    } else {
      id = current.get().id();
      String email = zone.email().filter(e -> !e.equals(current.get().email())).orElse(null);
      Integer newTtl = ttl != null && !ttl.equals(current.get().ttl()) ? ttl : null;
      if (email == null && newTtl == null) {
        return id;
      }
      endpoints.updateZone(id, new ZoneUpdate(email, newTtl));
    }
    propagation.active(id, DesignatePropagation.ZONE_TIMEOUT);
    return id;
  }

  // A create whose answer was lost may have been made: the zone's name says.
  private String create(NewZone zone) {
    try {
      return endpoints.createZone(zone).id();
    } catch (UnknownOutcomeException lost) {
      return endpoints.zoneNamed(zone.name()).map(ZoneJson::id).orElseThrow(() -> lost);
    }
  }

  @Override
  public void delete(String id) {
    try {
      endpoints.deleteZone(id);
    } catch (ZoneNotFoundException absent) {
      return; // deleting nothing is a no-op
    }
    propagation.gone(id, DesignatePropagation.ZONE_TIMEOUT);
  }

  private static Zone zone(ZoneJson json) {
    return json.email() == null || json.ttl() == null
        ? Zone.withoutSoa(json.id(), json.name())
        : new Zone(json.id(), json.name(), json.email(), json.ttl());
  }
}
