package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.Ttl;
import denominator.model.rdata.RData;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator record -z ZONE replace -n NAME -t TYPE [--ttl TTL] -d DATA...}. */
@Command(name = "replace", description = "Make a record set exactly these values.")
final class RecordReplaceCommand implements Callable<Integer> {
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

  @Option(names = "--ttl", paramLabel = "TTL", description = "TTL in seconds")
  String ttl;

  @Option(names = "--dry-run", description = "print what would change, send nothing")
  boolean dryRun;

  @Override
  public Integer call() {
    Names.absolute(name); // validate before any request
    Integer newTtl = ttl == null ? null : Ttl.parse(ttl);
    RecordSets.data(denominator.model.RecordTypes.normalize(type), data);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
      String absolute = sets.name(name);
      String canonical = sets.type(type);
      List<RData> values = RecordSets.data(canonical, data);
      ResourceRecordSet before = sets.api().get(absolute, canonical).orElse(null);
      ResourceRecordSet.Builder builder = ResourceRecordSet.builder().name(absolute)
          .type(canonical).records(values);
      if (newTtl != null) {
        builder.ttl(newTtl);
      } else if (before != null && before.ttl().isPresent()) {
        builder.ttl(before.ttl().getAsInt());
      }
      ResourceRecordSet after = builder.build();
      ChangeSet changes = after.equals(before) ? ChangeSet.empty()
          : ChangeSet.builder().put(after).build();
      ChangeRunner.run(session, sets.zone(), changes, dryRun);
    }
    return 0;
  }
}
