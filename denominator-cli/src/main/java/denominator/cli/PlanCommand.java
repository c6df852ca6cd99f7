package denominator.cli;

import denominator.change.Plan;
import denominator.change.PlanApply;
import denominator.change.PlanRefusedException;
import denominator.model.Zone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code denominator plan -z ZONE --file desired.zone|json [--out plan.json]}: what it takes to
 * bring the zone to the desired state, as a table (or JSON), saved for a later {@code apply}.
 */
final class PlanCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "plan", "Show the changes that bring a zone to a desired state.");
  private final ZoneOption zone = new ZoneOption(spec);
  private Path file;
  private Path out;

  PlanCommand() {
    Options.add(
        spec,
        Options.value(
                Path.class,
                "--file",
                "FILE",
                "desired state: a BIND zone file, or a JSON array of record sets",
                v -> file = v)
            .required(true),
        Options.value(Path.class, "--out", "PLAN", "save the plan here as JSON", v -> out = v));
  }

  @Override
  public Integer call() throws IOException {
    Function<Zone, DesiredState> desired = DesiredState.load(file); // before any request
    try (Session session = Session.of(spec)) {
      Zone found = session.zoneWithSoa(zone.zone);
      Plan plan = desired.apply(found).planFrom(session.api(), found);
      if (session.json()) {
        session.out().println(plan.toJson());
      } else {
        session.out().print(plan.toTable());
      }
      session.out().flush();
      try {
        PlanApply.defaults().check(session.api(), found.id(), plan);
      } catch (PlanRefusedException refused) {
        session.warn(
            "apply will refuse this plan: "
                + refused.getMessage()
                + " (apply --force to go ahead)");
      }
      if (out != null) {
        Files.writeString(out, plan.toJson(), StandardCharsets.UTF_8);
        session.note("saved the plan to " + out + " (" + plan.checksum() + ")");
      }
    }
    return 0;
  }
}
