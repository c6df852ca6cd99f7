package denominator.cli;

import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.change.ZoneRules;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Applies a change set atomically, or only prints it on a dry run; reports what changed. */
final class ChangeRunner {
  private static final int ATTEMPTS = 10;

  private ChangeRunner() {}

  static void run(Session session, Zone zone, ChangeSet changes, boolean dryRun) {
    run(session, zone, changes, dryRun, List.of());
  }

  /** As {@link #run(Session, Zone, ChangeSet, boolean)}, saying what the sets were before. */
  static void run(
      Session session,
      Zone zone,
      ChangeSet changes,
      boolean dryRun,
      List<ResourceRecordSet> before) {
    run(
        session,
        zone,
        changes,
        dryRun,
        byKey(before),
        () -> session.api().apply(zone.id(), changes, ApplyMode.ATOMIC));
  }

  private static Map<RecordSetKey, ResourceRecordSet> byKey(List<ResourceRecordSet> sets) {
    Map<RecordSetKey, ResourceRecordSet> byKey = new HashMap<>();
    sets.forEach(set -> byKey.put(set.key(), set));
    return byKey;
  }

  /**
   * Reads one set, changes it, and applies the change only if the set is still as read, so that two
   * processes adding values to one set do not lose either's. The provider checks that in the
   * transaction that applies, where it can (the mock does); if another writer came first, this
   * reads again, up to {@value #ATTEMPTS} times.
   */
  static void update(
      Session session,
      Zone zone,
      Supplier<Optional<ResourceRecordSet>> read,
      Function<ResourceRecordSet, ChangeSet> change,
      boolean dryRun) {
    for (int attempt = 1; ; attempt++) {
      ResourceRecordSet before = read.get().orElse(null);
      ChangeSet changes = change.apply(before);
      Plan plan = plan(zone, before, changes);
      // plans leave SOA sets out, so a change to the SOA is applied unchecked
      Supplier<ChangeResult> apply =
          plan.changeSet().equals(changes)
              ? () -> session.api().apply(zone.id(), plan, ApplyMode.ATOMIC)
              : () -> session.api().apply(zone.id(), changes, ApplyMode.ATOMIC);
      try {
        run(
            session,
            zone,
            changes,
            dryRun,
            byKey(before == null ? List.of() : List.of(before)),
            apply);
        return;
      } catch (PlanRefusedException e) {
        if (e.reason() != PlanRefusedException.Reason.STALE || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** The plan whose precondition is {@code before} and whose change set is {@code changes}. */
  private static Plan plan(Zone zone, ResourceRecordSet before, ChangeSet changes) {
    List<ResourceRecordSet> current = before == null ? List.of() : List.of(before);
    Map<RecordSetKey, ResourceRecordSet> desired = new LinkedHashMap<>();
    current.forEach(set -> desired.put(set.key(), set));
    for (Change c : changes.changes()) {
      if (c instanceof Change.Put put) {
        desired.put(put.key(), put.recordSet());
      } else {
        desired.remove(c.key());
      }
    }
    return Plan.between(zone.name(), current, desired.values());
  }

  /** What a dry run checks besides the input: {@link ZoneRules#check}, against the provider. */
  static void checkAsTheProviderWould(Session session, Zone zone, ChangeSet changes) {
    ZoneRules.check(
        session.api(),
        session.manager().provider().metadata().name(),
        zone.id(),
        zone.name(),
        changes);
  }

  private static void run(
      Session session,
      Zone zone,
      ChangeSet changes,
      boolean dryRun,
      Map<RecordSetKey, ResourceRecordSet> before,
      Supplier<ChangeResult> apply) {
    if (changes.isEmpty()) {
      session.note("nothing to change");
      new Printer(session).changes(changes, dryRun, before);
      return;
    }
    if (dryRun) {
      checkAsTheProviderWould(session, zone, changes);
      new Printer(session).changes(changes, true, before);
      session.note("dry run: " + changes.size() + " change(s) not sent to " + session.where(zone));
      return;
    }
    if (changes.size() > 50) {
      session.note("applying " + changes.size() + " changes to " + zone.name());
    }
    apply.get().orThrow();
    new Printer(session).changes(changes, false, before);
    for (Change change : changes.changes()) {
      if (change instanceof Change.Put put
          && put.recordSet().ttl().isEmpty()
          && before.get(put.key()) == null) {
        session.note(
            "no TTL given: "
                + put.key()
                + " has the provider's default TTL, which"
                + " listings show");
      }
    }
    session.note("applied " + changes.size() + " change(s) to " + session.where(zone));
  }
}
