package denominator.cli;

import denominator.RecordProfile;
import picocli.CommandLine.Command;

/** {@code denominator geo -z ZONE delete ...}. */
@Command(name = "delete", description = "Delete one geo record set.")
final class GeoDeleteCommand extends QualifiedDeleteCommand {
  @Override
  RecordProfile profile() {
    return RecordProfile.GEO;
  }
}
