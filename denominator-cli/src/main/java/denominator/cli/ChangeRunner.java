package denominator.cli;

import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeSet;
import denominator.change.OptimisticUpdate;
import denominator.change.ZoneRules;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Applies a change set atomically, or only prints it on a dry run; reports what changed. */
final class ChangeRunner {
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
    Map<RecordSetKey, ResourceRecordSet> byKey = byKey(before);
    if (previewed(session, zone, changes, dryRun, byKey)) {
      return;
    }
    if (changes.size() > 50) {
      session.note("applying " + changes.size() + " changes to " + zone.name());
    }
    session.api().apply(zone.id(), changes, ApplyMode.ATOMIC).orThrow();
    printApplied(session, zone, changes, byKey);
  }

  private static Map<RecordSetKey, ResourceRecordSet> byKey(Collection<ResourceRecordSet> sets) {
    Map<RecordSetKey, ResourceRecordSet> byKey = new HashMap<>();
    sets.forEach(set -> byKey.put(set.key(), set));
    return byKey;
  }

  /**
   * Reads one set, changes it, and applies the change only if the set is still as read, reading
   * again when another writer came first: {@link OptimisticUpdate}.
   */
  static void update(
      Session session,
      Zone zone,
      Supplier<Optional<ResourceRecordSet>> read,
      Function<ResourceRecordSet, ChangeSet> change,
      boolean dryRun) {
    OptimisticUpdate update =
        OptimisticUpdate.of(session.api(), zone.id(), zone.name(), read, change);
    if (dryRun) {
      OptimisticUpdate.Attempt attempt = update.prepare();
      previewed(session, zone, attempt.changes(), true, byKey(attempt.before().stream().toList()));
      return;
    }
    OptimisticUpdate.Applied applied = update.apply(ApplyMode.ATOMIC);
    ChangeSet changes = applied.attempt().changes();
    Map<RecordSetKey, ResourceRecordSet> before =
        byKey(applied.attempt().before().stream().toList());
    if (previewed(session, zone, changes, false, before)) {
      return;
    }
    applied.result().orThrow();
    printApplied(session, zone, changes, before);
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

  /** Prints an empty change set or a dry run; true when that is all there is to do. */
  private static boolean previewed(
      Session session,
      Zone zone,
      ChangeSet changes,
      boolean dryRun,
      Map<RecordSetKey, ResourceRecordSet> before) {
    if (changes.isEmpty()) {
      session.note("nothing to change");
      new Printer(session).changes(changes, dryRun, before);
      return true;
    }
    if (dryRun) {
      checkAsTheProviderWould(session, zone, changes);
      new Printer(session).changes(changes, true, before);
      session.note("dry run: " + changes.size() + " change(s) not sent to " + session.where(zone));
      return true;
    }
    return false;
  }

  private static void printApplied(
      Session session, Zone zone, ChangeSet changes, Map<RecordSetKey, ResourceRecordSet> before) {
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
