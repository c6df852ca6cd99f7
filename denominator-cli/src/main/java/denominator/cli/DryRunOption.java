package denominator.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code --dry-run} of the commands that change record sets or zones. */
final class DryRunOption {
  boolean enabled;

  DryRunOption(CommandSpec spec) {
    Options.add(
        spec, Options.flag("--dry-run", "print what would change, send nothing", v -> enabled = v));
  }
}
