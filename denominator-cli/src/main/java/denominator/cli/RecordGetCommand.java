package denominator.cli;

import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator record -z ZONE get -n NAME -t TYPE [-q QUALIFIER]}. */
final class RecordGetCommand implements Callable<Integer> {
  final CommandSpec spec = Options.command(this, "get", "Show one record set.");
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private String qualifier;

  RecordGetCommand() {
    Options.add(
        spec,
        Options.string(
            "-q, --qualifier",
            "QUALIFIER",
            "qualifier of a geo or weighted set",
            v -> qualifier = v));
  }

  @Override
  public Integer call() {
    try (Session session = Session.of(spec)) {
      String absolute = key.absoluteName(); // validate before any request
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), RecordProfile.ROUND_ROBIN);
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
