package denominator.cli;

import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code get -n NAME -t TYPE -q QUALIFIER} of a geo or weighted set. */
abstract class QualifiedGetCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;
  @Mixin NameTypeOptions key;
  @Mixin QualifierOption qualifier;

  abstract RecordProfile profile();

  @Override
  public Integer call() {
    String absolute = key.qualified(qualifier.qualifier).name(); // validate before any request
    String canonical = key.canonicalType();
    String q = qualifier.qualifier;
    try (Session session = Session.of(spec)) {
      ResourceRecordSet set =
          RecordSets.of(session, parent, profile())
              .get(absolute, canonical, q)
              .orElseThrow(() -> RecordSets.notFound(absolute + " " + canonical + " " + q));
      new Printer(session).recordSet(set, profile());
    }
    return 0;
  }
}
