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

  @Override
  public Integer call() {
    try (Session session = Session.of(spec)) {
      Zone found = session.zone(zone);
      if (!dryRun.enabled) {
        session.api().zones().delete(found.id());
      }
      new Printer(session).zone(found);
      session.note(dryRun.enabled ? "dry run: would delete zone " + found.name() + "; nothing sent"
          : "deleted zone " + session.where(found));
    }
    return 0;
  }
}
