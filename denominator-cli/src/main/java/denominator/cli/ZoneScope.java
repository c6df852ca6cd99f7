package denominator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * A command group whose subcommands work inside one zone, given as {@code -z ZONE}: {@code record},
 * {@code geo} and {@code weighted}.
 */
final class ZoneScope implements Callable<Integer> {
  static ZoneScope record() {
    return new ZoneScope("record", "Plain (round-robin) record sets of a zone.");
  }

  static ZoneScope geo() {
    return new ZoneScope("geo", "Geo record sets: answers chosen by the client's region.");
  }

  static ZoneScope weighted() {
    return new ZoneScope(
        "weighted", "Weighted record sets: answers chosen in proportion to weights.");
  }

  final CommandSpec spec;
  String zone;

  private ZoneScope(String name, String description) {
    spec = Options.command(this, name, description);
    // inherited, so that -z also works after the subcommand: record list -z example.com
    Options.add(
        spec,
        Options.string("-z, --zone", "ZONE", "zone name or id", v -> zone = v)
            .scopeType(ScopeType.INHERIT)
            .completionCandidates(Candidates.ZONE_NAMES));
  }

  /** The group of {@code subcommand}, once picocli has added the subcommand to it. */
  static ZoneScope of(CommandSpec subcommand) {
    return (ZoneScope) subcommand.parent().userObject();
  }

  /** The -z value; a usage error when missing. */
  String zone() {
    if (zone == null) {
      throw new ParameterException(
          spec.commandLine(),
          "missing required option: '-z=ZONE' (e.g. "
              + spec.qualifiedName()
              + " -z example.com. list)");
    }
    return zone;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand of " + spec.name());
  }
}
