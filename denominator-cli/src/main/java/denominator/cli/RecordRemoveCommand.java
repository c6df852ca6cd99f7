package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator record -z ZONE remove -n NAME -t TYPE -d DATA...}. */
@Command(name = "remove", description = "Remove values from a record set; removing the last deletes it.")
final class RecordRemoveCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Option(names = {"-n", "--name"}, required = true, paramLabel = "NAME",
      description = "owner name, e.g. www.example.com.")
  String name;

  @Option(names = {"-t", "--type"}, required = true, paramLabel = "TYPE",
      description = "record type, e.g. A, MX, TXT")
  String type;

  @Option(names = {"-d", "--data"}, required = true, paramLabel = "DATA",
      description = "a value in zone-file form, e.g. 192.0.2.1 or \"10 mail.example.com.\" (repeatable)")
  List<String> data;

  @Option(names = "--dry-run", description = "print what would change, send nothing")
  boolean dryRun;

  @Override
  public Integer call() {
    Names.absolute(name); // validate before any request
    RecordSets.data(denominator.model.RecordTypes.normalize(type), data);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
      String absolute = sets.name(name);
      String canonical = sets.type(type);
      List<RData> values = RecordSets.data(canonical, data);
      ResourceRecordSet before = sets.api().get(absolute, canonical).orElse(null);
      ChangeSet changes = ChangeSet.empty();
      if (before != null) {
        List<RData> kept = new ArrayList<>(before.records());
        kept.removeAll(values);
        if (kept.isEmpty()) {
          changes = ChangeSet.builder().delete(before.key()).build();
        } else if (kept.size() < before.records().size()) {
          changes = ChangeSet.builder().put(before.toBuilder().records(kept).build()).build();
        }
      }
      ChangeRunner.run(session, sets.zone(), changes, dryRun);
    }
    return 0;
  }
}
