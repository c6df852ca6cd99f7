package denominator.cli;

import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator record -z ZONE get -n NAME -t TYPE [-q QUALIFIER]}. */
@Command(name = "get", description = "Show one record set.")
final class RecordGetCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;
  @Mixin NameTypeOptions key;

  @Option(
      names = {"-q", "--qualifier"},
      paramLabel = "QUALIFIER",
      description = "qualifier of a geo or weighted set")
  String qualifier;

  @Override
  public Integer call() {
    try (Session session = Session.of(spec)) {
      String absolute = key.absoluteName(); // validate before any request
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
      sets.type(key.type);
      ResourceRecordSet set =
          (qualifier == null
                  ? sets.api().get(absolute, key.type)
                  : sets.api().get(absolute, key.type, qualifier))
              .orElseThrow(
                  () ->
                      RecordSets.notFound(
                          absolute + " " + key.type + (qualifier == null ? "" : " " + qualifier)));
      RecordProfile shown =
          set.geo().isPresent()
              ? RecordProfile.GEO
              : set.weighted().isPresent() ? RecordProfile.WEIGHTED : RecordProfile.ROUND_ROBIN;
      new Printer(session).recordSet(set, shown);
    }
    return 0;
  }
}
