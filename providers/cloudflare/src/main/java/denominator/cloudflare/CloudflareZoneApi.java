package denominator.cloudflare;

import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.cloudflare.CloudflareJson.SoaJson;
import denominator.cloudflare.CloudflareJson.ZoneJson;
import denominator.kit.SoaMailbox;
import denominator.kit.ZoneLookup;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * Cloudflare zones. A zone's id is Cloudflare's; a new zone is created in the account of the {@code
 * accountId} credential. A zone's email and TTL are its SOA's, from its DNS settings: read when a
 * zone is looked up by {@link #iterateByName}, not for every zone of a listing (a request each),
 * nor by the lookups of one request: {@link #iterateByNameWithoutSoa} ({@code GET /zones?name=})
 * and {@link #byId} ({@code GET /zones/{id}}).
 */
final class CloudflareZoneApi implements ZoneApi {
  private final CloudflareEndpoints api;

  CloudflareZoneApi(CloudflareEndpoints api) {
    this.api = api;
  }

  @Override
  public Iterator<Zone> iterator() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(api.zones(null), 0), false)
        .map(CloudflareZoneApi::listed)
        .iterator();
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return find(name).map(this::withSoa).stream().iterator();
  }

  @Override
  public Iterator<Zone> iterateByNameWithoutSoa(String name) {
    return find(name).map(CloudflareZoneApi::listed).stream().iterator();
  }

  @Override
  public Optional<Zone> byId(String id) {
    return ZoneLookup.find(() -> listed(api.zone(id)));
  }

  /**
   * Creates the zone unless one of its name exists, then writes its email and TTL to the SOA where
   * they differ.
   */
  @Override
  public String put(Zone zone) {
    ZoneJson json = find(zone.name()).orElseGet(() -> api.createZone(bare(zone.name())));
    SoaJson soa = api.soa(json.id());
    String rname = zone.email().map(e -> bare(SoaMailbox.toRname(e))).orElse(null);
    Integer ttl = zone.ttl().isPresent() ? zone.ttl().getAsInt() : null;
    boolean changes =
        rname != null && !rname.equals(soa.rname()) || ttl != null && !ttl.equals(soa.ttl());
    if (changes) {
      api.patchSoa(json.id(), new SoaJson(rname, ttl));
    }
    return json.id();
  }

  @Override
  public void delete(String id) {
    try {
      api.deleteZone(id);
    } catch (ZoneNotFoundException gone) {
      // deleting nothing is a no-op
    }
  }

  private Optional<ZoneJson> find(String name) {
    Iterator<ZoneJson> found = api.zones(bare(name));
    return found.hasNext() ? Optional.of(found.next()) : Optional.empty();
  }

  private Zone withSoa(ZoneJson zone) {
    SoaJson soa = api.soa(zone.id());
    Optional<String> email =
        Optional.ofNullable(soa.rname()).flatMap(r -> SoaMailbox.toEmail(Names.absolute(r)));
    return email.isEmpty() || soa.ttl() == null
        ? listed(zone)
        : new Zone(zone.id(), zone.name(), email.get(), soa.ttl());
  }

  /** The zone as a listing shows it: without the SOA's mailbox and TTL. */
  private static Zone listed(ZoneJson zone) {
    return Zone.withoutSoa(zone.id(), zone.name());
  }

  private static String bare(String name) {
    return CloudflareRecords.bare(Names.absolute(name));
  }
}
