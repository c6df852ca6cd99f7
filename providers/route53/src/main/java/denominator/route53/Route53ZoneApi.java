package denominator.route53;

import denominator.ValidationException;
import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeSet;
import denominator.kit.NameType;
import denominator.kit.Page;
import denominator.kit.Pages;
import denominator.kit.SoaMailbox;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Hosted zones. Route53 allows several zones of one name, but nothing here asks for a second one:
 * putting a zone whose name exists updates that zone (a name held by several zones is refused: give
 * the id), else creates one (with a fresh caller reference, so that a retried request creates it
 * once).
 *
 * <p>A hosted zone has no mailbox or TTL of its own: they are its SOA's RNAME and the SOA set's
 * TTL. Listing every zone leaves them out ({@link Zone#withoutSoa}), since it would take one
 * request per zone; {@link #iterateByName} reads them (one request per zone of that name), and
 * {@link #put} writes them with one UPSERT of the SOA that keeps the rest of it as read. The
 * lookups that leave them out take one request: {@link #iterateByNameWithoutSoa} one {@code
 * ListHostedZonesByName} (a page holds 100 zones of the name), {@link #byId} one {@code
 * GetHostedZone}.
 */
final class Route53ZoneApi implements ZoneApi {
  private final Route53Endpoints api;
  private final Route53DNSApi dns;

  Route53ZoneApi(Route53Endpoints api, Route53DNSApi dns) {
    this.api = api;
    this.dns = dns;
  }

  @Override
  public Iterator<Zone> iterator() {
    return Pages.<Zone, String>following(
        null,
        marker -> {
          var page = api.listZones(marker);
          return Page.of(
              page.hostedZones().stream().map(Route53ZoneApi::zone).toList(),
              page.isTruncated() ? page.nextMarker() : null);
        });
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return named(name, this::withSoa);
  }

  @Override
  public Iterator<Zone> iterateByNameWithoutSoa(String name) {
    return named(name, Route53ZoneApi::zone);
  }

  @Override
  public Optional<Zone> byId(String id) {
    return api.findZone(id).map(Route53ZoneApi::zone);
  }

  private Iterator<Zone> named(String name, Function<HostedZone, Zone> zone) {
    Iterator<HostedZone> named = named(Names.absolute(name));
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(named, Spliterator.ORDERED), false)
        .map(zone)
        .iterator();
  }

  // Zones sort by name, so those of one name are consecutive from the first page on.
  private Iterator<HostedZone> named(String name) {
    return Pages.<HostedZone, String>following(
        null,
        fromZoneId -> {
          var page = api.listZonesByName(name, fromZoneId);
          List<HostedZone> same =
              page.hostedZones().stream().filter(z -> zone(z).name().equals(name)).toList();
          boolean more = page.isTruncated() && same.size() == page.hostedZones().size();
          return Page.of(same, more ? page.nextHostedZoneId() : null);
        });
  }

  private Zone withSoa(HostedZone hostedZone) {
    Zone zone = zone(hostedZone);
    return soa(zone.id(), zone.name())
        .flatMap(
            soa ->
                SoaMailbox.toEmail(soa.resourceRecords().get(0).value().split("\\s+")[1])
                    .map(email -> new Zone(zone.id(), zone.name(), email, soa.ttl().intValue())))
        .orElse(zone);
  }

  private Optional<ResourceRecordSet> soa(String zoneId, String zoneName) {
    Iterator<ResourceRecordSet> sets =
        new Route53Pages(api, zoneId).route53(new NameType(zoneName, "SOA"));
    return sets.hasNext() ? Optional.of(sets.next()) : Optional.empty();
  }

  /**
   * Updates the zone of the id, else the one zone of the name, else creates one; then writes the
   * zone's mailbox and TTL into its SOA if they differ.
   */
  @Override
  public String put(Zone zone) {
    String id = existing(zone).orElseGet(() -> create(zone.name()));
    writeSoa(id, zone);
    return id;
  }

  private Optional<String> existing(Zone zone) {
    if (!zone.id().equals(zone.name())) {
      Optional<HostedZone> byId = api.findZone(zone.id());
      if (byId.isPresent()) {
        return byId.map(z -> Route53Endpoints.bareId(z.id()));
      }
    }
    List<String> ids = new ArrayList<>();
    named(zone.name()).forEachRemaining(z -> ids.add(Route53Endpoints.bareId(z.id())));
    if (ids.size() > 1) {
      throw new ValidationException(
          "route53: several hosted zones are named " + zone.name(),
          zone.id(),
          "the id of one of " + ids);
    }
    return ids.stream().findFirst();
  }

  private String create(String name) {
    String reference = UUID.randomUUID().toString();
    return api.createZone(name, reference).orElseGet(() -> createdWith(name, reference));
  }

  // One UPSERT of the SOA with the new RNAME and TTL, the rest as read.
  private void writeSoa(String id, Zone zone) {
    if (zone.email().isEmpty() && zone.ttl().isEmpty()) {
      return;
    }
    ResourceRecordSet soa =
        soa(id, api.zoneName(id))
            .orElseThrow(() -> new ZoneNotFoundException(Route53Provider.NAME, id + " (no SOA)"));
    String[] fields = soa.resourceRecords().get(0).value().split("\\s+");
    zone.email().ifPresent(email -> fields[1] = SoaMailbox.toRname(email));
    long ttl = zone.ttl().isPresent() ? zone.ttl().getAsInt() : soa.ttl();
    String value = String.join(" ", fields);
    if (value.equals(soa.resourceRecords().get(0).value()) && ttl == soa.ttl()) {
      return;
    }
    api.changeRecordSets(
        id,
        List.of(
            Change.builder()
                .action(ChangeAction.UPSERT)
                .resourceRecordSet(
                    soa.toBuilder()
                        .ttl(ttl)
                        .resourceRecords(ResourceRecord.builder().value(value).build())
                        .build())
                .build()));
  }

  // The zone a lost response created: the one of this name with our caller reference.
  private String createdWith(String name, String callerReference) {
    Iterator<HostedZone> named = named(name);
    while (named.hasNext()) {
      HostedZone zone = named.next();
      if (zone.callerReference().equals(callerReference)) {
        return Route53Endpoints.bareId(zone.id());
      }
    }
    throw new ZoneNotFoundException(
        Route53Provider.NAME, name + " (caller reference " + callerReference + ")");
  }

  /**
   * Deletes every record set but the apex SOA and NS, in the fewest batches, then the zone; a batch
   * refused stops it, leaving the zone and what the batch would have deleted.
   */
  @Override
  public void delete(String id) {
    try {
      String apex = zone(api.getZone(id)).name();
      Route53Batches zone = dns.batches(id);
      ZoneSlice all = zone.readZone();
      ChangeSet.Builder deletes = ChangeSet.builder();
      all.asMap().keySet().stream()
          .filter(key -> !key.name().equals(apex) || !Set.of("SOA", "NS").contains(key.type()))
          .forEach(deletes::delete);
      dns.engine(zone).apply(deletes.build(), ApplyMode.STOP_ON_FIRST, all).failures().stream()
          .findFirst()
          .flatMap(ChangeOutcome::error)
          .ifPresent(
              e -> {
                throw e;
              });
      api.deleteZone(id);
    } catch (ZoneNotFoundException e) {
      // already gone
    }
  }

  /** A listed hosted zone: without mailbox and TTL, which only its SOA holds. */
  static Zone zone(HostedZone zone) {
    return Zone.withoutSoa(
        Route53Endpoints.bareId(zone.id()), Names.absolute(Route53Text.name(zone.name())));
  }
}
