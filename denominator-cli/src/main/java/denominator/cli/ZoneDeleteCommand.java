package denominator.cli;

import denominator.model.Zone;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator zone delete ZONE}. */
final class ZoneDeleteCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "delete", "Delete a zone and all its record sets.");
  private final DryRunOption dryRun = new DryRunOption(spec);
  private String zone;
  private boolean force;

  ZoneDeleteCommand() {
    spec.addPositional(Options.parameter(String.class, "ZONE", "zone name or id", v -> zone = v));
    Options.add(
        spec,
        Options.flag("--force", "delete the zone although it holds record sets", v -> force = v));
  }

  @Override
  public Integer call() {
    try (Session session = Session.of(spec)) {
      Zone found = session.zoneWithSoa(zone);
      if (!force) {
        refuseIfNotEmpty(session, found);
      }
      if (!dryRun.enabled) {
        session.api().zones().delete(found.id());
      } else if (!session.json()) {
        session.out().println("dry run: would delete zone " + found.name());
      }
      new Printer(session).zone(found);
      session.note(
          dryRun.enabled
              ? "dry run: would delete zone " + found.name() + "; nothing sent"
              : "deleted zone " + session.where(found));
    }
    return 0;
  }

  /** A zone with sets besides its apex SOA and NS is someone's data: deleting it needs --force. */
  private static void refuseIfNotEmpty(Session session, Zone zone) {
    long held = 0;
    for (var set : session.api().recordSets(zone.id())) {
      if (!(set.name().equals(zone.name())
          && (set.type().equals("SOA") || set.type().equals("NS")))) {
        held++;
      }
    }
    if (held > 0) {
      throw new Refused(
          "zone "
              + zone.name()
              + " still holds "
              + held
              + " record set(s); run again with --force to delete it with them");
    }
  }
}
