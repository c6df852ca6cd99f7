package denominator.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A command group whose subcommands work inside one zone, given as {@code -z ZONE}. */
abstract class ZoneScope {
  abstract String zoneOption();

  abstract CommandSpec spec();

  /** The -z value; a usage error when missing. */
  String zone() {
    if (zoneOption() == null) {
      throw new ParameterException(spec().commandLine(),
          "missing required option: '-z=ZONE' (e.g. " + spec().qualifiedName() + " -z example.com. list)");
    }
    return zoneOption();
  }
}
