package denominator.cli;

import denominator.RecordProfile;
import denominator.change.ChangeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code delete -n NAME -t TYPE -q QUALIFIER} of a geo or weighted set. */
abstract class QualifiedDeleteCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;
  @Mixin NameTypeOptions key;
  @Mixin QualifierOption qualifier;
  @Mixin DryRunOption dryRun;

  abstract RecordProfile profile();

  @Override
  public Integer call() {
    String absolute = key.qualified(qualifier.qualifier).name(); // validate before any request
    String canonical = key.canonicalType();
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, parent, profile());
      sets.type(key.type);
      var found = sets.get(absolute, canonical, qualifier.qualifier);
      ChangeSet changes =
          found.map(set -> ChangeSet.builder().delete(set.key()).build()).orElse(ChangeSet.empty());
      ChangeRunner.run(session, sets.zone(), changes, dryRun.enabled, found.stream().toList());
    }
    return 0;
  }
}
