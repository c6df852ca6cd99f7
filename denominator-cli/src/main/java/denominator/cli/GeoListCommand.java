package denominator.cli;

import denominator.RecordProfile;
import picocli.CommandLine.Command;

/** {@code denominator geo -z ZONE list ...}. */
@Command(name = "list", description = "List geo record sets.")
final class GeoListCommand extends RecordSetListCommand {
  @Override
  RecordProfile profile() {
    return RecordProfile.GEO;
  }
}
