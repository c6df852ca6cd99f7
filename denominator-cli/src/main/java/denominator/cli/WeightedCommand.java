package denominator.cli;

import picocli.CommandLine.Command;

/** {@code denominator weighted -z ZONE ...}. */
@Command(
    name = "weighted",
    description = "Weighted record sets: answers chosen in proportion to weights.")
final class WeightedCommand extends ZoneScope {}
