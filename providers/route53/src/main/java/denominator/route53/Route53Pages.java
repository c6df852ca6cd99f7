package denominator.route53;

import denominator.kit.NameType;
import denominator.kit.Page;
import denominator.kit.Pages;
import denominator.kit.RecordGrouping;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The record sets of a zone from a starting name and type, fetched a page of up to 300 at a time as
 * the caller advances, following {@code NextRecordName}, {@code NextRecordType} and {@code
 * NextRecordIdentifier}. Iteration stops at the first set outside the scope.
 */
final class Route53Pages {

  /** Every set of the zone. */
  static Iterator<ResourceRecordSet> all(Route53Endpoints api, String zoneId) {
    return from(api, zoneId, new Marker(null, null, null), nameType -> true);
  }

  /** The sets of one name (and type, unless null). */
  static Iterator<ResourceRecordSet> of(
      Route53Endpoints api, String zoneId, String name, String type) {
    return from(
        api,
        zoneId,
        new Marker(name, type, null),
        nameType -> nameType.name().equals(name) && (type == null || nameType.type().equals(type)));
  }

  /** The model sets of {@code sets}: the Route53 sets of each name and type read together. */
  static Iterator<denominator.model.ResourceRecordSet> grouped(Iterator<ResourceRecordSet> sets) {
    return RecordGrouping.consecutiveSets(
        sets, Route53Records::nameType, Route53Records::fromRoute53);
  }

  private static Iterator<ResourceRecordSet> from(
      Route53Endpoints api, String zoneId, Marker first, Predicate<NameType> scope) {
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

  /** Where a page of record sets starts. */
  private record Marker(String name, String type, String identifier) {}

  private Route53Pages() {}
}
