package denominator.route53;

import denominator.kit.NameType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The record sets of a zone from a starting name and type, fetched a page of up to 300 at a time as
 * the caller advances, following {@code NextRecordName}, {@code NextRecordType} and {@code
 * NextRecordIdentifier}. Iteration stops at the first set outside the scope.
 */
final class Route53Pages implements Iterator<ResourceRecordSet> {
  private final Route53Endpoints api;
  private final String zoneId;
  private final Predicate<NameType> scope;
  private final Deque<ResourceRecordSet> page = new ArrayDeque<>();
  private String nextName;
  private String nextType;
  private String nextIdentifier;
  private boolean more = true;
  private boolean outOfScope;

  Route53Pages(
      Route53Endpoints api, String zoneId, String name, String type, Predicate<NameType> scope) {
    this.api = api;
    this.zoneId = zoneId;
    this.nextName = name;
    this.nextType = type;
    this.scope = scope;
  }

  /** Every set of the zone. */
  static Route53Pages all(Route53Endpoints api, String zoneId) {
    return new Route53Pages(api, zoneId, null, null, nameType -> true);
  }

  /** The sets of one name (and type, unless null). */
  static Route53Pages of(Route53Endpoints api, String zoneId, String name, String type) {
    return new Route53Pages(
        api,
        zoneId,
        name,
        type,
        nameType -> nameType.name().equals(name) && (type == null || nameType.type().equals(type)));
  }

  @Override
  public boolean hasNext() {
    if (page.isEmpty() && more && !outOfScope) {
      ListResourceRecordSetsResponse response =
          api.listRecordSets(zoneId, nextName, nextType, nextIdentifier);
      page.addAll(response.resourceRecordSets());
      more = Boolean.TRUE.equals(response.isTruncated());
      nextName = response.nextRecordName();
      nextType = response.nextRecordTypeAsString();
      nextIdentifier = response.nextRecordIdentifier();
    }
    if (!page.isEmpty() && !scope.test(Route53Records.nameType(page.peek()))) {
      outOfScope = true;
      page.clear();
    }
    return !page.isEmpty();
  }

  @Override
  public ResourceRecordSet next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.poll();
  }

  /** The model sets of these pages: the Route53 sets of each name and type read together. */
  Iterator<denominator.model.ResourceRecordSet> grouped() {
    return new Iterator<>() {
      private final Deque<denominator.model.ResourceRecordSet> ready = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && Route53Pages.this.hasNext()) {
          List<ResourceRecordSet> group = new ArrayList<>();
          NameType nameType = Route53Records.nameType(page.peek());
          while (Route53Pages.this.hasNext()
              && Route53Records.nameType(page.peek()).equals(nameType)) {
            group.add(Route53Pages.this.next());
          }
          ready.addAll(Route53Records.fromRoute53(group));
        }
        return !ready.isEmpty();
      }

      @Override
      public denominator.model.ResourceRecordSet next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }
}
