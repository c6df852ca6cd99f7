package denominator.cli;

import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.Plan;
import denominator.model.Zone;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code denominator geo restore --snapshot FILE [--force]}: returns every set an evacuation
 * changed to exactly its state before, refusing sets changed since unless {@code --force}; sets
 * already in that state are left alone, so restoring twice finds nothing to do.
 */
@Command(name = "restore", description = "Undo an evacuation from its snapshot.")
final class GeoRestoreCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Option(
      names = "--snapshot",
      required = true,
      paramLabel = "FILE",
      description = "the snapshot geo evacuate saved")
  Path file;

  @Option(names = "--force", description = "overwrite sets that changed since the evacuation")
  boolean force;

  @Mixin DryRunOption dryRun;

  @Override
  public Integer call() throws IOException {
    Snapshot snapshot = Snapshot.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    try (Session session = Session.of(spec)) {
      String provider = session.manager().provider().metadata().name();
      Plan plan = snapshot.plans().get(provider);
      if (plan == null) {
        throw new ValidationException(
            "snapshot has no plan for this provider",
            provider,
            "one of " + snapshot.plans().keySet());
      }
      Zone zone = session.zone(plan.zone());
      List<Target> targets = List.of(session.target(zone));
      Map<String, Plan> undo = Traffic.planRestore(targets, snapshot, force);
      if (undo.values().stream().allMatch(Plan::isEmpty)) {
        session.note("nothing to change: " + zone.name() + " already holds the snapshot's state");
        return 0;
      }
      if (dryRun.enabled) {
        undo.values().forEach(p -> session.out().print("dry run: " + p.toTable()));
        session.out().flush();
        session.note("dry run: nothing sent");
        return 0;
      }
      TrafficReport.print(
          session, Traffic.apply(targets, new Snapshot(undo), ApplyMode.ATOMIC), undo);
      session.note("restored " + session.where(zone) + " from " + file);
    }
    return 0;
  }
}
