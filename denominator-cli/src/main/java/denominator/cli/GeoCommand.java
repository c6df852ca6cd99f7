package denominator.cli;

import picocli.CommandLine.Command;

/** {@code denominator geo -z ZONE ...}. */
@Command(name = "geo", description = "Geo record sets: answers chosen by the client's region.")
final class GeoCommand extends ZoneScope {}
