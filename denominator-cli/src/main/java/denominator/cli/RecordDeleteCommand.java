package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import denominator.model.Names;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator record -z ZONE delete -n NAME -t TYPE}. */
@Command(name = "delete", description = "Delete a whole record set.")
final class RecordDeleteCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Option(names = {"-n", "--name"}, required = true, paramLabel = "NAME",
      description = "owner name, e.g. www.example.com.")
  String name;

  @Option(names = {"-t", "--type"}, required = true, paramLabel = "TYPE",
      description = "record type, e.g. A, MX, TXT")
  String type;

  @Option(names = "--dry-run", description = "print what would change, send nothing")
  boolean dryRun;

  @Override
  public Integer call() {
    Names.absolute(name); // validate before any request
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
      String absolute = sets.name(name);
      String canonical = sets.type(type);
      ChangeSet changes = sets.api().get(absolute, canonical)
          .map(set -> ChangeSet.builder().delete(set.key()).build())
          .orElse(ChangeSet.empty());
      ChangeRunner.run(session, sets.zone(), changes, dryRun);
    }
    return 0;
  }
}
