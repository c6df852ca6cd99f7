package denominator.route53;

import denominator.kit.NameType;
import denominator.kit.Page;
import denominator.kit.Pages;
import denominator.kit.RecordGrouping;
import denominator.kit.RecordSetView;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The record sets of one hosted zone from a starting name and type, fetched a page of up to 300 at
 * a time as the caller advances, following {@code NextRecordName}, {@code NextRecordType} and
 * {@code NextRecordIdentifier}. Iteration stops at the first set outside the scope. As the kit's
 * {@link RecordSetView.Reader}, it reads the Route53 sets of each name and type together as model
 * sets.
 */
final class Route53Pages implements RecordSetView.Reader {
  private final Route53Endpoints api;
  private final String zoneId;

  Route53Pages(Route53Endpoints api, String zoneId) {
    this.api = api;
    this.zoneId = zoneId;
  }

  @Override
  public Iterator<denominator.model.ResourceRecordSet> all() {
    return grouped(route53());
  }

  @Override
  public Iterator<denominator.model.ResourceRecordSet> named(String name) {
    return grouped(from(new Marker(name, null, null), nameType -> nameType.name().equals(name)));
  }

  @Override
  public Iterator<denominator.model.ResourceRecordSet> named(String name, String type) {
    return grouped(route53(new NameType(name, type)));
  }

  /** Every Route53 set of the zone. */
  Iterator<ResourceRecordSet> route53() {
    return from(new Marker(null, null, null), nameType -> true);
  }

  /** The Route53 sets of one name and type. */
  Iterator<ResourceRecordSet> route53(NameType nameType) {
    return from(new Marker(nameType.name(), nameType.type(), null), nameType::equals);
  }

  // The model sets of Route53 sets: those of each name and type read together.
  private static Iterator<denominator.model.ResourceRecordSet> grouped(
      Iterator<ResourceRecordSet> sets) {
    return RecordGrouping.consecutiveSets(
        sets, Route53Records::nameType, Route53Records::fromRoute53);
  }

  private Iterator<ResourceRecordSet> from(Marker first, Predicate<NameType> scope) {
    return Pages.following(
        first,
        at -> {
          ListResourceRecordSetsResponse page =
              api.listRecordSets(zoneId, at.name(), at.type(), at.identifier());
          List<ResourceRecordSet> inScope =
              page.resourceRecordSets().stream()
                  .takeWhile(set -> scope.test(Route53Records.nameType(set)))
                  .toList();
          boolean more =
              Boolean.TRUE.equals(page.isTruncated())
                  && inScope.size() == page.resourceRecordSets().size();
          return Page.of(
              inScope,
              more
                  ? new Marker(
                      page.nextRecordName(),
                      page.nextRecordTypeAsString(),
                      page.nextRecordIdentifier())
                  : null);
        });
  }

  /** Where a page of record sets starts; null parts start at the zone's first name or type. */
  private record Marker(String name, String type, String identifier) {}
}
