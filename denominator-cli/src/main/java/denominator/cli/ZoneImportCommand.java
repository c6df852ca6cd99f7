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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code denominator zone import ZONE --file FILE [--dry-run]}: puts the record sets of a BIND zone
 * file as one atomic change set: the plan from the zone's current sets of those names and types to
 * the file's. Sets already equal are left alone; the SOA stays the provider's.
 */
@Command(name = "import", description = "Apply the record sets of a BIND zone file, atomically.")
final class ZoneImportCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @Mixin DryRunOption dryRun;

  @Parameters(paramLabel = "ZONE", description = "zone name or id")
  String zone;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "BIND zone file")
  Path file;

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
