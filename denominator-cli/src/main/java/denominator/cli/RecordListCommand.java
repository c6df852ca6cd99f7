package denominator.cli;

import denominator.RecordProfile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator record -z ZONE list [-n NAME] [-t TYPE]}. */
@Command(name = "list", description = "List plain record sets.")
final class RecordListCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "only this owner name")
  String name;

  @Option(names = {"-t", "--type"}, paramLabel = "TYPE", description = "only this record type")
  String type;

  @Override
  public Integer call() {
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
      new Printer(session).recordSets(sets.list(name, type), RecordProfile.ROUND_ROBIN);
    }
    return 0;
  }
}
