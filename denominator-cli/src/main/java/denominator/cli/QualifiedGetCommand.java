package denominator.cli;

import denominator.RecordProfile;
import denominator.model.Names;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code get -n NAME -t TYPE -q QUALIFIER} of a geo or weighted set. */
abstract class QualifiedGetCommand implements Callable<Integer> {
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

  abstract RecordProfile profile();

  @Override
  public Integer call() {
    String absolute = Names.absolute(name);
    String canonical = RecordTypes.normalize(type);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, profile());
      ResourceRecordSet set = sets.api().get(absolute, canonical, qualifier)
          .filter(sets::inProfile)
          .orElseThrow(() -> RecordSets.notFound(absolute + " " + canonical + " " + qualifier));
      new Printer(session).recordSet(set, profile());
    }
    return 0;
  }
}
