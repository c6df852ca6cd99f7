package denominator.cli;

import denominator.RecordProfile;
import picocli.CommandLine.Command;

/** {@code denominator record -z ZONE list [-n NAME] [-t TYPE]}. */
@Command(name = "list", description = "List plain record sets.")
final class RecordListCommand extends RecordSetListCommand {
  @Override
  RecordProfile profile() {
    return RecordProfile.ROUND_ROBIN;
  }
}
