package denominator.cli;

import denominator.DenominatorException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.Zone;

/** Applies a change set atomically, or only prints it on a dry run; reports what changed. */
final class ChangeRunner {
  private ChangeRunner() {}

  static void run(Session session, Zone zone, ChangeSet changes, boolean dryRun) {
    if (changes.isEmpty()) {
      session.note("nothing to change");
      new Printer(session).changes(changes, dryRun);
      return;
    }
    if (dryRun) {
      new Printer(session).changes(changes, true);
      session.note("dry run: " + changes.size() + " change(s) not sent");
      return;
    }
    if (changes.size() > 50) {
      session.note("applying " + changes.size() + " changes to " + zone.name());
    }
    ChangeResult result = session.api().apply(zone.id(), changes, ApplyMode.ATOMIC);
    if (!result.succeeded()) {
      throw result.failures().stream().findFirst()
          .flatMap(ChangeOutcome::error)
          .orElseGet(() -> new DenominatorException("change set not applied: " + result));
    }
    new Printer(session).changes(changes, false);
  }
}
