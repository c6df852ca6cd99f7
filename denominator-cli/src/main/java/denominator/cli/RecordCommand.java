package denominator.cli;

import picocli.CommandLine.Command;

/** {@code denominator record -z ZONE ...}. */
@Command(
    name = "record",
    description = "Plain (round-robin) record sets of a zone.",
    subcommands = {
      RecordListCommand.class,
      RecordGetCommand.class,
      RecordAddCommand.class,
      RecordReplaceCommand.class,
      RecordRemoveCommand.class,
      RecordDeleteCommand.class,
      RecordApplyTtlCommand.class
    })
final class RecordCommand extends ZoneScope {}
