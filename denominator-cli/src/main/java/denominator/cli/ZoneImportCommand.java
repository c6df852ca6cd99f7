package denominator.cli;

import denominator.change.Plan;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code denominator zone import ZONE --file FILE [--dry-run]}: puts the record sets of a BIND zone
 * file as one atomic change set: the plan from the zone's current sets of those names and types to
 * the file's. Sets already equal are left alone; the SOA stays the provider's.
 */
final class ZoneImportCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "import", "Apply the record sets of a BIND zone file, atomically.");
  private final DryRunOption dryRun = new DryRunOption(spec);
  private String zone;
  private Path file;

  ZoneImportCommand() {
    spec.addPositional(Options.parameter(String.class, "ZONE", "zone name or id", v -> zone = v));
    Options.add(
        spec,
        Options.value(Path.class, "--file", "FILE", "BIND zone file", v -> file = v)
            .required(true));
  }

  @Override
  public Integer call() {
    // the file is read and checked before any request
    Function<Zone, List<ResourceRecordSet>> sets = DesiredState.zoneFile(file);
    try (Session session = Session.of(spec)) {
      Zone found = session.zoneWithSoa(zone);
      List<ResourceRecordSet> desired = sets.apply(found);
      Set<RecordSetKey> keys = new HashSet<>();
      desired.forEach(set -> keys.add(set.key()));
      List<ResourceRecordSet> current = new ArrayList<>();
      session
          .api()
          .recordSets(found.id())
          .forEach(
              set -> {
                if (keys.contains(set.key())) {
                  current.add(set);
                }
              });
      Plan plan = Plan.between(found.name(), current, desired);
      ChangeRunner.run(session, found, plan.changeSet(), dryRun.enabled, current);
    }
    return 0;
  }
}
