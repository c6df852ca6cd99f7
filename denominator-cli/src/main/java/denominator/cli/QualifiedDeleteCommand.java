package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code delete -n NAME -t TYPE -q QUALIFIER} of a geo or weighted set. */
final class QualifiedDeleteCommand implements Callable<Integer> {
  /** {@code denominator geo -z ZONE delete ...}. */
  static QualifiedDeleteCommand geo() {
    return new QualifiedDeleteCommand(RecordProfile.GEO, "Delete one geo record set.");
  }

  /** {@code denominator weighted -z ZONE delete ...}. */
  static QualifiedDeleteCommand weighted() {
    return new QualifiedDeleteCommand(RecordProfile.WEIGHTED, "Delete one weighted record set.");
  }

  final CommandSpec spec;
  private final RecordProfile profile;
  private final NameTypeOptions key;
  private final QualifierOption qualifier;
  private final DryRunOption dryRun;

  private QualifiedDeleteCommand(RecordProfile profile, String description) {
    this.profile = profile;
    spec = Options.command(this, "delete", description);
    key = new NameTypeOptions(spec);
    qualifier = new QualifierOption(spec);
    dryRun = new DryRunOption(spec);
  }

  @Override
  public Integer call() {
    String absolute = key.qualified(qualifier.qualifier).name(); // validate before any request
    String canonical = key.canonicalType();
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), profile);
      sets.type(key.type);
      var found = sets.get(absolute, canonical, qualifier.qualifier);
      ChangeSet changes =
          found.map(set -> ChangeSet.builder().delete(set.key()).build()).orElse(ChangeSet.empty());
      ChangeRunner.run(session, sets.zone(), changes, dryRun.enabled, found.stream().toList());
    }
    return 0;
  }
}
