package denominator.cli;

import picocli.CommandLine.Option;

/** {@code --dry-run} of the commands that change record sets or zones, as a picocli mixin. */
final class DryRunOption {
  @Option(names = "--dry-run", description = "print what would change, send nothing")
  boolean enabled;
}
