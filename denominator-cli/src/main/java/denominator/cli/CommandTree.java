package denominator.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands of {@code denominator}, built only along the path the arguments name.
 *
 * <p>Each command's model is built in code ({@link Options}); still, building one loads its class
 * and has picocli check each of its options, and the whole tree costs several times what one path
 * does. {@code zone list} builds the root, {@code zone} and {@code zone list}; arguments that name
 * no full path (help of the root, a mistyped command, {@code completion}) build every command
 * beneath the last word that matched, so picocli's usage, suggestions and completion script see
 * what they always did.
 */
final class CommandTree {
  private CommandTree() {}

  /** Each command under the root, with its subcommands in the order help lists them. */
  static final Map<String, List<String>> COMMANDS = commands();

  /**
   * The options before a command's name that take a value in the next argument: the global options
   * and {@code -z}. A test holds this to the options the commands declare.
   */
  static final Set<String> OPTIONS_WITH_VALUES =
      Set.of(
          "-p",
          "--provider",
          "-u",
          "--url",
          "-c",
          GlobalOptions.CREDENTIAL,
          "-C",
          "--config",
          "--profile",
          "-o",
          "--output",
          "--request-limit",
          "-z",
          "--zone");

  private static Map<String, List<String>> commands() {
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("providers", List.of());
    commands.put("zone", List.of("list", "add", "delete", "export", "import"));
    commands.put(
        "record", List.of("list", "get", "add", "replace", "remove", "delete", "applyttl"));
    commands.put("geo", List.of("regions", "list", "get", "put", "delete", "evacuate", "restore"));
    commands.put("weighted", List.of("list", "get", "put", "delete", "shift"));
    commands.put("plan", List.of());
    commands.put("apply", List.of());
    commands.put("verify", List.of());
    commands.put("completion", List.of());
    return commands;
  }

  /** A new instance of the command at this path ("zone", "zone list"). */
  static CommandSpec create(String path) {
    return switch (path) {
      case "providers" -> new ProvidersCommand().spec;
      case "zone" -> new ZoneCommand().spec;
      case "zone list" -> new ZoneListCommand().spec;
      case "zone add" -> new ZoneAddCommand().spec;
      case "zone delete" -> new ZoneDeleteCommand().spec;
      case "zone export" -> new ZoneExportCommand().spec;
      case "zone import" -> new ZoneImportCommand().spec;
      case "record" -> ZoneScope.record().spec;
      case "record list" -> RecordSetListCommand.plain().spec;
      case "record get" -> new RecordGetCommand().spec;
      case "record add" -> new RecordAddCommand().spec;
      case "record replace" -> new RecordReplaceCommand().spec;
      case "record remove" -> new RecordRemoveCommand().spec;
      case "record delete" -> new RecordDeleteCommand().spec;
      case "record applyttl" -> new RecordApplyTtlCommand().spec;
      case "geo" -> ZoneScope.geo().spec;
      case "geo regions" -> new GeoRegionsCommand().spec;
      case "geo list" -> RecordSetListCommand.geo().spec;
      case "geo get" -> QualifiedGetCommand.geo().spec;
      case "geo put" -> new GeoPutCommand().spec;
      case "geo delete" -> QualifiedDeleteCommand.geo().spec;
      case "geo evacuate" -> new GeoEvacuateCommand().spec;
      case "geo restore" -> new GeoRestoreCommand().spec;
      case "weighted" -> ZoneScope.weighted().spec;
      case "weighted list" -> RecordSetListCommand.weighted().spec;
      case "weighted get" -> QualifiedGetCommand.weighted().spec;
      case "weighted put" -> new WeightedPutCommand().spec;
      case "weighted delete" -> QualifiedDeleteCommand.weighted().spec;
      case "weighted shift" -> new WeightedShiftCommand().spec;
      case "plan" -> new PlanCommand().spec;
      case "apply" -> new ApplyCommand().spec;
      case "verify" -> new VerifyCommand().spec;
      case "completion" -> new CompletionCommand().spec;
      default -> throw new IllegalArgumentException("no command " + path);
    };
  }

  /**
   * The root command with the commands these arguments name: only the path when they name one, else
   * everything beneath the last name that matched.
   */
  static CommandLine forArguments(String... args) {
    CommandLine root = new CommandLine(new DenominatorCommand().spec, Options.FACTORY);
    int at = afterOptions(args, 0);
    String name = at < args.length ? args[at] : null;
    if (name == null || !COMMANDS.containsKey(name) || name.equals("completion")) {
      COMMANDS.keySet().forEach(command -> root.addSubcommand(withSubcommands(command)));
      return root;
    }
    List<String> subcommands = COMMANDS.get(name);
    int next = afterOptions(args, at + 1);
    String subcommand = next < args.length ? args[next] : null;
    if (subcommand == null || !subcommands.contains(subcommand)) {
      root.addSubcommand(withSubcommands(name));
    } else {
      CommandLine group = new CommandLine(create(name), Options.FACTORY);
      group.addSubcommand(create(name + " " + subcommand));
      root.addSubcommand(group);
    }
    return root;
  }

  private static CommandLine withSubcommands(String name) {
    CommandLine command = new CommandLine(create(name), Options.FACTORY);
    for (String subcommand : COMMANDS.get(name)) {
      command.addSubcommand(create(name + " " + subcommand));
    }
    return command;
  }

  /** The index of the first argument from {@code at} that is not an option or an option's value. */
  private static int afterOptions(String[] args, int at) {
    while (at < args.length && args[at].startsWith("-") && !args[at].equals("--")) {
      at += OPTIONS_WITH_VALUES.contains(args[at]) ? 2 : 1;
    }
    return at;
  }
}
