package denominator.cli;

import picocli.CommandLine.Command;

/** {@code denominator geo -z ZONE ...}. */
@Command(
    name = "geo",
    description = "Geo record sets: answers chosen by the client's region.",
    subcommands = {
      GeoRegionsCommand.class,
      GeoListCommand.class,
      GeoGetCommand.class,
      GeoPutCommand.class,
      GeoDeleteCommand.class,
      GeoEvacuateCommand.class,
      GeoRestoreCommand.class
    })
final class GeoCommand extends ZoneScope {}
