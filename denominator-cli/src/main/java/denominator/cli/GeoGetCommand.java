package denominator.cli;

import denominator.RecordProfile;
import picocli.CommandLine.Command;

/** {@code denominator geo -z ZONE get ...}. */
@Command(name = "get", description = "Show one geo record set.")
final class GeoGetCommand extends QualifiedGetCommand {
  @Override
  RecordProfile profile() {
    return RecordProfile.GEO;
  }
}
