package denominator.cli;

import denominator.RecordProfile;
import picocli.CommandLine.Command;

/** {@code denominator weighted -z ZONE get ...}. */
@Command(name = "get", description = "Show one weighted record set.")
final class WeightedGetCommand extends QualifiedGetCommand {
  @Override
  RecordProfile profile() {
    return RecordProfile.WEIGHTED;
  }
}
