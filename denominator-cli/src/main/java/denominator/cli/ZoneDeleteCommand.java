package denominator.cli;

import denominator.model.Zone;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code denominator zone delete ZONE}. */
@Command(name = "delete", description = "Delete a zone and all its record sets.")
final class ZoneDeleteCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @Mixin DryRunOption dryRun;

  @Parameters(paramLabel = "ZONE", description = "zone name or id")
  String zone;

  @Option(names = "--force", description = "delete the zone although it holds record sets")
  boolean force;

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
