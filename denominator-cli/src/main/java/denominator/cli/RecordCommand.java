package denominator.cli;

import picocli.CommandLine.Command;

/** {@code denominator record -z ZONE ...}. */
@Command(name = "record", description = "Plain (round-robin) record sets of a zone.")
final class RecordCommand extends ZoneScope {}
