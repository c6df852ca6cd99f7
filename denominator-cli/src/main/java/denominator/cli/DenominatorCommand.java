package denominator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root {@code denominator} command: global options and the command groups. */
@Command(
    name = "denominator",
    versionProvider = VersionProvider.class,
    description = "Manage DNS zones, record sets, geo and weighted sets at many providers.")
final class DenominatorCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Option(names = "--version", versionHelp = true, description = "print the version")
  boolean version;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
