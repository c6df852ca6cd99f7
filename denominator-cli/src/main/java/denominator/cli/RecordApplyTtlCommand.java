package denominator.cli;

import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import denominator.model.Ttl;
import java.util.List;
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
  @Mixin NameTypeOptions key;
  @Mixin DryRunOption dryRun;

  @Option(names = "--ttl", required = true, paramLabel = "TTL", description = "TTL in seconds")
  String ttl;

  @Override
  public Integer call() {
    key.absoluteName(); // validate before any request
    int newTtl = Ttl.parse(ttl);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, RecordProfile.ROUND_ROBIN);
      String canonical = sets.type(key.type); // the provider's metadata: no request
      String absolute = sets.name(key.name);
      ResourceRecordSet before =
          sets.api()
              .get(absolute, canonical)
              .orElseThrow(() -> RecordSets.notFound(absolute + " " + canonical));
      ChangeRunner.run(
          session,
          sets.zone(),
          RecordSets.put(before, before.toBuilder(), newTtl),
          dryRun.enabled,
          List.of(before));
    }
    return 0;
  }
}
