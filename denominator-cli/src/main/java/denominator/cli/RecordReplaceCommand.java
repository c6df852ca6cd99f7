package denominator.cli;

import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator record -z ZONE replace -n NAME -t TYPE [--ttl TTL] -d DATA...}. */
final class RecordReplaceCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "replace", "Make a record set exactly these values.");
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private final ValueOptions values = new ValueOptions(spec);
  private final DryRunOption dryRun = new DryRunOption(spec);

  @Override
  public Integer call() {
    key.absoluteName(); // validate before any request
    Integer ttl = values.ttl();
    try (Session session = Session.of(spec)) {
      values.checkAsOneSet(key.name, key.type, session.provider()); // before any request
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), RecordProfile.ROUND_ROBIN);
      String canonical = sets.type(key.type); // the provider's metadata: no request
      String absolute = sets.name(key.name);
      ResourceRecordSet before = sets.api().get(absolute, canonical).orElse(null);
      ResourceRecordSet.Builder after =
          ResourceRecordSet.builder()
              .name(absolute)
              .type(canonical)
              .records(values.rdata(canonical, session));
      ChangeRunner.run(
          session,
          sets.zone(),
          RecordSets.put(before, after, ttl),
          dryRun.enabled,
          before == null ? List.of() : List.of(before));
    }
    return 0;
  }
}
