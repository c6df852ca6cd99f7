package denominator.cli;

import denominator.RecordProfile;
import picocli.CommandLine.Command;

/** {@code denominator weighted -z ZONE list ...}. */
@Command(name = "list", description = "List weighted record sets.")
final class WeightedListCommand extends RecordSetListCommand {
  @Override
  RecordProfile profile() {
    return RecordProfile.WEIGHTED;
  }
}
