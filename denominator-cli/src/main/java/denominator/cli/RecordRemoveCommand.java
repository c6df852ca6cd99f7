package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator record -z ZONE remove -n NAME -t TYPE -d DATA...}. */
final class RecordRemoveCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(
          this, "remove", "Remove values from a record set; removing the last deletes it.");
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private final DataOption values = new DataOption(spec);
  private final DryRunOption dryRun = new DryRunOption(spec);

  @Override
  public Integer call() {
    key.absoluteName(); // validate before any request
    try (Session session = Session.of(spec)) {
      values.parse(key.canonicalType(), session.provider()); // before any request
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), RecordProfile.ROUND_ROBIN);
      String canonical = sets.type(key.type); // the provider's metadata: no request
      String absolute = sets.name(key.name);
      List<RData> removed = values.rdata(canonical, session);
      ChangeRunner.update(
          session,
          sets.zone(),
          () -> sets.api().get(absolute, canonical),
          before -> {
            if (before == null) {
              return ChangeSet.empty();
            }
            List<RData> kept = new ArrayList<>(before.records());
            kept.removeAll(removed);
            if (kept.isEmpty()) {
              return ChangeSet.builder().delete(before.key()).build();
            }
            return kept.size() < before.records().size()
                ? ChangeSet.builder().put(before.toBuilder().records(kept).build()).build()
                : ChangeSet.empty();
          },
          dryRun.enabled);
    }
    return 0;
  }
}
