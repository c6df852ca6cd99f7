package denominator.cli;

import denominator.RecordProfile;
import denominator.model.ResourceRecordSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code get -n NAME -t TYPE -q QUALIFIER} of a geo or weighted set. */
final class QualifiedGetCommand implements Callable<Integer> {
  /** {@code denominator geo -z ZONE get ...}. */
  static QualifiedGetCommand geo() {
    return new QualifiedGetCommand(RecordProfile.GEO, "Show one geo record set.");
  }

  /** {@code denominator weighted -z ZONE get ...}. */
  static QualifiedGetCommand weighted() {
    return new QualifiedGetCommand(RecordProfile.WEIGHTED, "Show one weighted record set.");
  }

  final CommandSpec spec;
  private final RecordProfile profile;
  private final NameTypeOptions key;
  private final QualifierOption qualifier;

  private QualifiedGetCommand(RecordProfile profile, String description) {
    this.profile = profile;
    spec = Options.command(this, "get", description);
    key = new NameTypeOptions(spec);
    qualifier = new QualifierOption(spec);
  }

  @Override
  public Integer call() {
    String absolute = key.qualified(qualifier.qualifier).name(); // validate before any request
    String canonical = key.canonicalType();
    String q = qualifier.qualifier;
    try (Session session = Session.of(spec)) {
      ResourceRecordSet set =
          RecordSets.of(session, ZoneScope.of(spec), profile)
              .get(absolute, canonical, q)
              .orElseThrow(() -> RecordSets.notFound(absolute + " " + canonical + " " + q));
      new Printer(session).recordSet(set, profile);
    }
    return 0;
  }
}
