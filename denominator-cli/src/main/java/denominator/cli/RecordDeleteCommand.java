package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator record -z ZONE delete -n NAME -t TYPE}. */
@Command(name = "delete", description = "Delete a whole record set.")
final class RecordDeleteCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;
  @Mixin NameTypeOptions key;
  @Mixin DryRunOption dryRun;

  @Override
  public Integer call() {
    key.absoluteName(); // validate before any request
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
      String canonical = sets.type(key.type); // the provider's metadata: no request
      String absolute = sets.name(key.name);
      ChangeSet changes = sets.api().get(absolute, canonical)
          .map(set -> ChangeSet.builder().delete(set.key()).build())
          .orElse(ChangeSet.empty());
      ChangeRunner.run(session, sets.zone(), changes, dryRun.enabled);
    }
    return 0;
  }
}
