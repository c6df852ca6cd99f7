package denominator.change;

import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes that turn a zone's current record sets into the desired ones, with the current state
 * each change depends on, so that it can be reviewed, saved, and applied later only if the zone has
 * not changed meanwhile.
 *
 * <p>SOA sets are left out on both sides: providers own the serial. A desired set that leaves out
 * provider data keeps the current set's (a put keeps it too). Sets equal in both states (records
 * compared as sets) produce nothing, so the plan for a zone already in the desired state is empty.
 * Computed in O(n log n) for n sets; changes are ordered by key.
 */
public final class Plan {
  private final String zone;
  private final List<PlannedChange> changes;

  Plan(String zone, List<PlannedChange> changes) {
    this.zone = Names.absolute(zone);
    this.changes = List.copyOf(changes);
  }

  /** The plan from {@code current} to {@code desired} for the zone named {@code zone}. */
  public static Plan between(
      String zone, Iterable<ResourceRecordSet> current, Iterable<ResourceRecordSet> desired) {
    Map<RecordSetKey, ResourceRecordSet> remaining = new HashMap<>();
    for (ResourceRecordSet set : current) {
      if (!set.type().equals("SOA")) {
        remaining.put(set.key(), set);
      }
    }
    List<PlannedChange> changes = new ArrayList<>();
    for (ResourceRecordSet set : desired) {
      if (set.type().equals("SOA")) {
        continue;
      }
      ResourceRecordSet existing = remaining.remove(set.key());
      ResourceRecordSet after = set.keepingProviderDataOf(existing);
      if (!after.equals(existing)) {
        changes.add(PlannedChange.of(existing, after));
      }
    }
    remaining.values().forEach(set -> changes.add(PlannedChange.of(set, null)));
    changes.sort(Comparator.comparing(PlannedChange::key));
    return new Plan(zone, changes);
  }

  /** The absolute name of the zone this plan changes. */
  public String zone() {
    return zone;
  }

  /** Every change, ordered by key. */
  public List<PlannedChange> changes() {
    return changes;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The change set that applies this plan, ordered so that a provider applying changes one by one
   * never sees two sets claim one name or geo region: deletes first, then updates that claim no new
   * region, then updates that do, then creates; each group in key order.
   */
  public ChangeSet changeSet() {
    return ChangeSet.of(
        changes.stream()
            .sorted(Comparator.comparingInt(Plan::applyOrder))
            .map(PlannedChange::change)
            .toList());
  }

  private static int applyOrder(PlannedChange change) {
    return switch (change.action()) {
      case DELETE -> 0;
      case UPDATE -> claimsNewRegions(change) ? 2 : 1;
      case CREATE -> 3;
    };
  }

  private static boolean claimsNewRegions(PlannedChange change) {
    Set<Region> before =
        change.before().flatMap(ResourceRecordSet::geo).map(Geo::regions).orElse(Set.of());
    return change
        .after()
        .flatMap(ResourceRecordSet::geo)
        .map(Geo::regions)
        .orElse(Set.of())
        .stream()
        .anyMatch(region -> !before.contains(region));
  }

  /** The plan that undoes this one: each set back from its {@code after} to its {@code before}. */
  public Plan inverse() {
    return new Plan(
        zone,
        changes.stream()
            .map(c -> PlannedChange.of(c.after().orElse(null), c.before().orElse(null)))
            .toList());
  }

  /**
   * The same plan made from what {@code live} holds now: each change starts from the live set, and
   * changes that {@code live} already meets are dropped. For overwriting on purpose (a forced
   * restore) through an apply that refuses stale plans.
   */
  public Plan rebasedOn(Map<RecordSetKey, ResourceRecordSet> live) {
    return new Plan(
        zone,
        changes.stream()
            .filter(c -> !c.after().equals(Optional.ofNullable(live.get(c.key()))))
            .map(c -> PlannedChange.of(live.get(c.key()), c.after().orElse(null)))
            .toList());
  }

  /** The same plan without the changes that {@code live} already meets. */
  public Plan unmetBy(Map<RecordSetKey, ResourceRecordSet> live) {
    return new Plan(
        zone,
        changes.stream()
            .filter(c -> !c.after().equals(Optional.ofNullable(live.get(c.key()))))
            .toList());
  }

  /** How many changes of this action the plan has. */
  public long count(PlannedChange.Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  /** The changes whose precondition {@code live} no longer meets: the zone changed since. */
  public List<PlannedChange> stale(Map<RecordSetKey, ResourceRecordSet> live) {
    return changes.stream()
        .filter(c -> !c.before().equals(Optional.ofNullable(live.get(c.key()))))
        .toList();
  }

  /** SHA-256 of the plan's contents: zone, and every change with its before and after. */
  public String checksum() {
    return PlanJson.checksum(this);
  }

  /** The plan as JSON, with its checksum; {@link #fromJson} reads it back. */
  public String toJson() {
    return PlanJson.write(this);
  }

  /**
   * Reads a plan saved by {@link #toJson}, refusing it with {@link denominator.ValidationException}
   * if its checksum does not match its contents.
   */
  public static Plan fromJson(String json) {
    return PlanJson.read(json);
  }

  /** One line per change: {@code +}, {@code -} or {@code ~}, with old and new values. */
  public String toTable() {
    return PlanTable.render(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Plan p && zone.equals(p.zone) && changes.equals(p.changes);
  }

  @Override
  public int hashCode() {
    return zone.hashCode() * 31 + changes.hashCode();
  }

  @Override
  public String toString() {
    return "Plan[" + zone + ", " + changes.size() + " changes]";
  }
}
