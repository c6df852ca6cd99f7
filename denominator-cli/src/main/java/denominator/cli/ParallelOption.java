package denominator.cli;

import denominator.AcrossZones;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --parallel N} of the commands that work over many zones: how many zones are read and
 * changed at once. Every request still waits its turn in the account's request budget, so more
 * zones at once never means more requests a second than the vendor allows.
 */
final class ParallelOption {
  private final CommandSpec spec;
  private int zones;

  ParallelOption(CommandSpec spec) {
    this.spec = spec;
    Options.add(
        spec,
        Options.value(
                int.class,
                "--parallel",
                "N",
                "zones worked on at once (default: ${DEFAULT-VALUE})",
                v -> zones = v)
            .defaultValue("8"));
  }

  /** {@code N} zones at once, telling {@code progress}; a usage error when N is under 1. */
  AcrossZones across(AcrossZones.Progress progress) {
    if (zones < 1) {
      throw new ParameterException(
          spec.commandLine(), "bad --parallel: " + zones + " (expected at least 1 zone at once)");
    }
    return AcrossZones.inParallel(zones).withProgress(progress);
  }
}
