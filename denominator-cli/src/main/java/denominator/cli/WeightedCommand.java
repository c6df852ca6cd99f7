package denominator.cli;

import picocli.CommandLine.Command;

/** {@code denominator weighted -z ZONE ...}. */
@Command(
    name = "weighted",
    description = "Weighted record sets: answers chosen in proportion to weights.",
    subcommands = {
      WeightedListCommand.class,
      WeightedGetCommand.class,
      WeightedPutCommand.class,
      WeightedDeleteCommand.class,
      WeightedShiftCommand.class
    })
final class WeightedCommand extends ZoneScope {}
