package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.Ttl;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code denominator record -z ZONE applyttl -n NAME -t TYPE --ttl TTL}. */
@Command(name = "applyttl", description = "Change the TTL of a record set.")
final class RecordApplyTtlCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Option(names = {"-n", "--name"}, required = true, paramLabel = "NAME",
      description = "owner name, e.g. www.example.com.")
  String name;

  @Option(names = {"-t", "--type"}, required = true, paramLabel = "TYPE",
      description = "record type, e.g. A, MX, TXT")
  String type;

  @Option(names = "--ttl", required = true, paramLabel = "TTL", description = "TTL in seconds")
  String ttl;

  @Option(names = "--dry-run", description = "print what would change, send nothing")
  boolean dryRun;

  @Override
  public Integer call() {
    Names.absolute(name); // validate before any request
    int newTtl = Ttl.parse(ttl);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
      String absolute = sets.name(name);
      String canonical = sets.type(type);
      ResourceRecordSet before = sets.api().get(absolute, canonical)
          .orElseThrow(() -> RecordSets.notFound(absolute + " " + canonical));
      ResourceRecordSet after = before.toBuilder().ttl(newTtl).build();
      ChangeSet changes = after.equals(before) ? ChangeSet.empty()
          : ChangeSet.builder().put(after).build();
      ChangeRunner.run(session, sets.zone(), changes, dryRun);
    }
    return 0;
  }
}
