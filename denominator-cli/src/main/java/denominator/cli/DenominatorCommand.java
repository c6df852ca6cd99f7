package denominator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** The root {@code denominator} command: global options and the command groups. */
final class DenominatorCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(
          this,
          "denominator",
          "Manage DNS zones, record sets, geo and weighted sets at many providers.");

  /** The global options' values, wherever on the command line they were given. */
  final GlobalOptions global = new GlobalOptions();

  DenominatorCommand() {
    spec.versionProvider(new VersionProvider());
    Options.add(
        spec,
        OptionSpec.builder("--version")
            .type(boolean.class)
            .versionHelp(true)
            .description("print the version"));
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
