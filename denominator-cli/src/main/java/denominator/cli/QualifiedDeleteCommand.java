package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordTypes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code delete -n NAME -t TYPE -q QUALIFIER} of a geo or weighted set. */
abstract class QualifiedDeleteCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Option(names = {"-n", "--name"}, required = true, paramLabel = "NAME", description = "owner name")
  String name;

  @Option(names = {"-t", "--type"}, required = true, paramLabel = "TYPE", description = "record type")
  String type;

  @Option(names = {"-q", "--qualifier"}, required = true, paramLabel = "QUALIFIER",
      description = "which set of the name and type, e.g. europe")
  String qualifier;

  @Option(names = "--dry-run", description = "print what would change, send nothing")
  boolean dryRun;

  abstract RecordProfile profile();

  @Override
  public Integer call() {
    String absolute = Names.absolute(name);
    String canonical = RecordTypes.normalize(type);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, profile());
      ChangeSet changes = sets.api().get(absolute, canonical, qualifier)
          .filter(sets::inProfile)
          .map(set -> ChangeSet.builder().delete(set.key()).build())
          .orElse(ChangeSet.empty());
      ChangeRunner.run(session, sets.zone(), changes, dryRun);
    }
    return 0;
  }
}
