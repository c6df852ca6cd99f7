package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator record -z ZONE remove -n NAME -t TYPE -d DATA...}. */
@Command(
    name = "remove",
    description = "Remove values from a record set; removing the last deletes it.")
final class RecordRemoveCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;
  @Mixin NameTypeOptions key;
  @Mixin DataOption values;
  @Mixin DryRunOption dryRun;

  @Override
  public Integer call() {
    key.absoluteName(); // validate before any request
    try (Session session = Session.of(spec)) {
      values.parse(key.canonicalType(), session.provider()); // before any request
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
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
