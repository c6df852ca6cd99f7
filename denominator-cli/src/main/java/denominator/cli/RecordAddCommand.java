package denominator.cli;

import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator record -z ZONE add -n NAME -t TYPE [--ttl TTL] -d DATA...}. */
final class RecordAddCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "add", "Add values to a record set, creating it if needed.");
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
      List<RData> added = values.rdata(canonical, session);
      ChangeRunner.update(
          session,
          sets.zone(),
          () -> sets.api().get(absolute, canonical),
          before -> {
            List<RData> merged = new ArrayList<>(before == null ? List.of() : before.records());
            added.stream().filter(v -> !merged.contains(v)).forEach(merged::add);
            ResourceRecordSet.Builder after =
                before != null
                    ? before.toBuilder()
                    : ResourceRecordSet.builder().name(absolute).type(canonical);
            return RecordSets.put(before, after.records(merged), ttl);
          },
          dryRun.enabled);
    }
    return 0;
  }
}
