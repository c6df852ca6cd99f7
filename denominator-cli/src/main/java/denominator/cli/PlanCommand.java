package denominator.cli;

import denominator.change.Plan;
import denominator.change.PlanApply;
import denominator.change.PlanRefusedException;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code denominator plan -z ZONE --file desired.zone|json [--out plan.json]}: what it takes to
 * bring the zone to the desired state, as a table (or JSON), saved for a later {@code apply}.
 */
@Command(name = "plan", description = "Show the changes that bring a zone to a desired state.")
final class PlanCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Option(
      names = {"-z", "--zone"},
      completionCandidates = Candidates.ZoneNames.class,
      required = true,
      paramLabel = "ZONE",
      description = "zone name or id")
  String zone;

  @Option(
      names = "--file",
      required = true,
      paramLabel = "FILE",
      description = "desired state: a BIND zone file, or a JSON array of record sets")
  Path file;

  @Option(names = "--out", paramLabel = "PLAN", description = "save the plan here as JSON")
  Path out;

  @Override
  public Integer call() throws IOException {
    Function<Zone, DesiredState> desired = DesiredState.load(file); // before any request
    try (Session session = Session.of(spec)) {
      Zone found = session.zone(zone);
      Plan plan = plan(session, found, desired.apply(found));
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

  /** The plan from the zone's current sets to the desired state. */
  static Plan plan(Session session, Zone zone, DesiredState desired) {
    List<ResourceRecordSet> current = new ArrayList<>();
    for (ResourceRecordSet set : session.api().recordSets(zone.id())) {
      if (desired.managed().test(set)) {
        current.add(set);
      }
    }
    return Plan.between(zone.name(), current, desired.sets());
  }
}
