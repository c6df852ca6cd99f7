package denominator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * A command group whose subcommands work inside one zone, given as {@code -z ZONE}. Subclasses only
 * name the group and its subcommands: picocli inherits the options declared here.
 */
abstract class ZoneScope implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  // inherited, so that -z also works after the subcommand: record list -z example.com
  @Option(
      names = {"-z", "--zone"},
      paramLabel = "ZONE",
      description = "zone name or id",
      scope = ScopeType.INHERIT,
      completionCandidates = Candidates.ZoneNames.class)
  String zone;

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
