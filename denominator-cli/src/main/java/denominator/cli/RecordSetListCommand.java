package denominator.cli;

import denominator.RecordProfile;
import denominator.model.Names;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list [-n NAME] [-t TYPE]} of the sets of one profile, in its group. */
final class RecordSetListCommand implements Callable<Integer> {
  /** {@code denominator record -z ZONE list [-n NAME] [-t TYPE]}. */
  static RecordSetListCommand plain() {
    return new RecordSetListCommand(RecordProfile.ROUND_ROBIN, "List plain record sets.");
  }

  /** {@code denominator geo -z ZONE list ...}. */
  static RecordSetListCommand geo() {
    return new RecordSetListCommand(RecordProfile.GEO, "List geo record sets.");
  }

  /** {@code denominator weighted -z ZONE list ...}. */
  static RecordSetListCommand weighted() {
    return new RecordSetListCommand(RecordProfile.WEIGHTED, "List weighted record sets.");
  }

  final CommandSpec spec;
  private final RecordProfile profile;
  private String name;
  private String type;

  private RecordSetListCommand(RecordProfile profile, String description) {
    this.profile = profile;
    spec = Options.command(this, "list", description);
    Options.add(
        spec,
        Options.string("-n, --name", "NAME", "only this owner name", v -> name = v),
        Options.string("-t, --type", "TYPE", "only this record type", v -> type = v));
  }

  @Override
  public Integer call() {
    if (name != null) {
      Names.absolute(name); // validate before any request
    }
    try (Session session = Session.of(spec)) {
      RecordSets sets = RecordSets.of(session, ZoneScope.of(spec), profile);
      new Printer(session).recordSets(sets.list(name, type), profile);
    }
    return 0;
  }
}
