package denominator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code denominator zone ...}: zones of the provider. */
final class ZoneCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "zone", "List, add, delete, export and import zones.");

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand of zone");
  }
}
