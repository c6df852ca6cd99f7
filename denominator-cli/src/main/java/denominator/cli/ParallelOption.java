package denominator.cli;

import denominator.AcrossZones;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --parallel N} of the commands that work over many zones, as a picocli mixin: how many
 * zones are read and changed at once. Every request still waits its turn in the account's request
 * budget, so more zones at once never means more requests a second than the vendor allows.
 */
final class ParallelOption {
  @Option(
      names = "--parallel",
      defaultValue = "8",
      paramLabel = "N",
      description = "zones worked on at once (default: ${DEFAULT-VALUE})")
  int zones;

  /** {@code N} zones at once, telling {@code progress}; a usage error when N is under 1. */
  AcrossZones across(CommandSpec spec, AcrossZones.Progress progress) {
    if (zones < 1) {
      throw new ParameterException(
          spec.commandLine(), "bad --parallel: " + zones + " (expected at least 1 zone at once)");
    }
    return AcrossZones.inParallel(zones).withProgress(progress);
  }
}
