package denominator.route53;

import denominator.ZoneApi;
import denominator.ZoneNotFoundException;
import denominator.model.Names;
import denominator.model.Zone;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Hosted zones. Route53 allows several zones of one name, so zones are found by id, and putting
 * a zone made by {@link Zone#create} always creates one (with a fresh caller reference, so that
 * a retried request creates it once). A zone's
 * mailbox and TTL are those of the SOA Route53 generates ({@value #EMAIL}, {@value #TTL} s), since
 * hosted zones have neither.
 */
final class Route53ZoneApi implements ZoneApi {
  static final String EMAIL = "awsdns-hostmaster@amazon.com";
  static final int TTL = 900;

  private final Route53Api api;

  Route53ZoneApi(Route53Api api) {
    this.api = api;
  }

  @Override
  public Iterator<Zone> iterator() {
    return new Paged(listZones(null));
  }

  private Page listZones(String marker) {
    var page = api.listZones(marker);
    return new Page(page.hostedZones(),
        page.isTruncated() ? () -> listZones(page.nextMarker()) : null);
  }

  @Override
  public Iterator<Zone> iterateByName(String name) {
    return new Paged(listZonesByName(Names.absolute(name), null));
  }

  // Zones sort by name, so those of one name are consecutive from the first page on.
  private Page listZonesByName(String name, String fromZoneId) {
    var page = api.listZonesByName(name, fromZoneId);
    List<HostedZone> same = page.hostedZones().stream()
        .filter(z -> zone(z).name().equals(name)).toList();
    boolean more = page.isTruncated() && same.size() == page.hostedZones().size();
    return new Page(same, more ? () -> listZonesByName(name, page.nextHostedZoneId()) : null);
  }

  /** Creates a zone made by {@link Zone#create} (id = name), else keeps the zone of the id. */
  @Override
  public String put(Zone zone) {
    if (!zone.id().equals(zone.name())) {
      try {
        return Route53Api.bareId(api.getZone(zone.id()).id());
      } catch (ZoneNotFoundException e) {
        // fall through: create it
      }
    }
    String reference = UUID.randomUUID().toString();
    return api.createZone(zone.name(), reference).orElseGet(() -> createdWith(zone.name(),
        reference));
  }

  // The zone a lost response created: the one of this name with our caller reference.
  private String createdWith(String name, String callerReference) {
    Page page = listZonesByName(name, null);
    while (true) {
      for (HostedZone zone : page.items()) {
        if (zone.callerReference().equals(callerReference)) {
          return Route53Api.bareId(zone.id());
        }
      }
      if (page.next() == null) {
        throw new ZoneNotFoundException(Route53Provider.NAME, name + " (caller reference "
            + callerReference + ")");
      }
      page = page.next().get();
    }
  }

  /** Deletes every record set but the apex SOA and NS, in batches, then the zone. */
  @Override
  public void delete(String id) {
    try {
      String apex = Names.absolute(Route53Text.name(api.getZone(id).name()));
      List<Change> batch = new ArrayList<>();
      for (Iterator<ResourceRecordSet> sets = Route53Pages.all(api, id); sets.hasNext(); ) {
        ResourceRecordSet set = sets.next();
        if (Route53Records.name(set).equals(apex)
            && (set.typeAsString().equals("SOA") || set.typeAsString().equals("NS"))) {
          continue;
        }
        batch.add(Change.builder().action(ChangeAction.DELETE).resourceRecordSet(set).build());
        if (Route53Changes.cost(batch)[0] >= Route53Changes.MAX_RECORDS - 100
            || Route53Changes.cost(batch)[1] >= Route53Changes.MAX_VALUE_CHARS - 4000) {
          api.changeRecordSets(id, batch);
          batch = new ArrayList<>();
        }
      }
      if (!batch.isEmpty()) {
        api.changeRecordSets(id, batch);
      }
      api.deleteZone(id);
    } catch (ZoneNotFoundException e) {
      // already gone
    }
  }

  static Zone zone(HostedZone zone) {
    return new Zone(Route53Api.bareId(zone.id()), Names.absolute(Route53Text.name(zone.name())),
        EMAIL, TTL);
  }

  /** One page of zones, and how to fetch the next if there is one. */
  private record Page(List<HostedZone> items, Supplier<Page> next) {}

  /** Zones fetched a page at a time as the caller advances. */
  private static final class Paged implements Iterator<Zone> {
    private final Deque<HostedZone> zones = new ArrayDeque<>();
    private Supplier<Page> next;

    Paged(Page first) {
      zones.addAll(first.items());
      next = first.next();
    }

    @Override
    public boolean hasNext() {
      while (zones.isEmpty() && next != null) {
        Page page = next.get();
        zones.addAll(page.items());
        next = page.next();
      }
      return !zones.isEmpty();
    }

    @Override
    public Zone next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return zone(zones.poll());
    }
  }
}
