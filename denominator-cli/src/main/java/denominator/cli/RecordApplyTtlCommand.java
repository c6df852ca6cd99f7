package denominator.cli;

import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import denominator.model.Ttl;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator record -z ZONE applyttl -n NAME -t TYPE --ttl TTL}. */
final class RecordApplyTtlCommand implements Callable<Integer> {
  final CommandSpec spec = Options.command(this, "applyttl", "Change the TTL of a record set.");
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private final DryRunOption dryRun = new DryRunOption(spec);
  private String ttl;

  RecordApplyTtlCommand() {
    Options.add(
        spec, Options.string("--ttl", "TTL", "TTL in seconds", v -> ttl = v).required(true));
  }

  @Override
  public Integer call() {
    key.absoluteName(); // validate before any request
    int newTtl = Ttl.parse(ttl);
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), RecordProfile.ROUND_ROBIN);
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
