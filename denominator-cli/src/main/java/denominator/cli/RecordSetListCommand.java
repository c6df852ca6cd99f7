package denominator.cli;

import denominator.RecordProfile;
import denominator.model.Names;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code list [-n NAME] [-t TYPE]} of the sets of one profile; subclasses name the profile. */
abstract class RecordSetListCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Option(
      names = {"-n", "--name"},
      paramLabel = "NAME",
      description = "only this owner name")
  String name;

  @Option(
      names = {"-t", "--type"},
      paramLabel = "TYPE",
      description = "only this record type")
  String type;

  abstract RecordProfile profile();

  @Override
  public Integer call() {
    if (name != null) {
      Names.absolute(name); // validate before any request
    }
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, profile());
      new Printer(session).recordSets(sets.list(name, type), profile());
    }
    return 0;
  }
}
