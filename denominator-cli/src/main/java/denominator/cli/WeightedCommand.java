package denominator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code denominator weighted -z ZONE ...}. */
@Command(name = "weighted", description = "Weighted record sets: answers chosen in proportion to weights.",
    subcommands = {WeightedListCommand.class, WeightedGetCommand.class, WeightedPutCommand.class,
        WeightedDeleteCommand.class, WeightedShiftCommand.class})
final class WeightedCommand extends ZoneScope implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Option(names = {"-z", "--zone"}, paramLabel = "ZONE", description = "zone name or id")
  String zone;

  @Override
  String zoneOption() {
    return zone;
  }

  @Override
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand of weighted");
  }
}
