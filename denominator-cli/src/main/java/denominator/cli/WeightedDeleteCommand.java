package denominator.cli;

import denominator.RecordProfile;
import picocli.CommandLine.Command;

/** {@code denominator weighted -z ZONE delete ...}. */
@Command(name = "delete", description = "Delete one weighted record set.")
final class WeightedDeleteCommand extends QualifiedDeleteCommand {
  @Override
  RecordProfile profile() {
    return RecordProfile.WEIGHTED;
  }
}
