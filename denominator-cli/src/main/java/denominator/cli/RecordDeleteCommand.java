package denominator.cli;

import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator record -z ZONE delete -n NAME -t TYPE [-q QUALIFIER]}. */
final class RecordDeleteCommand implements Callable<Integer> {
  final CommandSpec spec = Options.command(this, "delete", "Delete a whole record set.");
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private final DryRunOption dryRun = new DryRunOption(spec);
  private String qualifier;

  RecordDeleteCommand() {
    Options.add(
        spec,
        Options.string(
            "-q, --qualifier",
            "QUALIFIER",
            "a set routed by the provider's own policy (latency, failover, ...), as listed",
            v -> qualifier = v));
  }

  @Override
  public Integer call() {
    key.absoluteName(); // validate before any request
    if (qualifier != null) {
      key.qualified(qualifier);
    }
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), RecordProfile.ROUND_ROBIN);
      String canonical = sets.type(key.type); // the provider's metadata: no request
      String absolute = sets.name(key.name);
      Optional<ResourceRecordSet> set =
          qualifier == null
              ? sets.api().get(absolute, canonical)
              : sets.get(absolute, canonical, qualifier);
      if (set.isEmpty() && qualifier == null) {
        refuseIfOnlyQualifiedSets(sets, absolute, canonical);
      }
      ChangeSet changes =
          set.map(s -> ChangeSet.builder().delete(s.key()).build()).orElse(ChangeSet.empty());
      ChangeRunner.run(session, sets.zone(), changes, dryRun.enabled, set.stream().toList());
    }
    return 0;
  }

  /**
   * Without a plain set, sets the provider routes need {@code -q}: saying nothing would hide them.
   */
  private static void refuseIfOnlyQualifiedSets(RecordSets sets, String name, String type) {
    List<String> qualifiers = new ArrayList<>();
    sets.list(name, type).forEachRemaining(s -> s.qualifier().ifPresent(qualifiers::add));
    if (!qualifiers.isEmpty()) {
      throw new ValidationException(
          "no plain "
              + type
              + " set at "
              + name
              + "; the provider routes the sets there by its own policy",
          String.join(", ", qualifiers),
          "-q QUALIFIER naming one of them");
    }
  }
}
