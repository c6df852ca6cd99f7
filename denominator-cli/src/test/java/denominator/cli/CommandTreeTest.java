package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The tree built along the arguments' path says and accepts what the whole tree does. */
class CommandTreeTest {
  private final CommandLine whole = CommandTree.forArguments();

  @Test
  void withoutACommandTheWholeTreeIsBuilt() {
    assertThat(whole.getSubcommands().keySet())
        .containsExactlyElementsOf(CommandTree.COMMANDS.keySet());
    CommandTree.COMMANDS.forEach(
        (name, subcommands) ->
            assertThat(whole.getSubcommands().get(name).getSubcommands().keySet())
                .as(name)
                .containsExactlyElementsOf(subcommands));
  }

  @Test
  void eachPathNamesTheCommandItCreates() {
    for (String path : paths()) {
      String last = path.substring(path.lastIndexOf(' ') + 1);
      assertThat(new CommandLine(CommandTree.create(path)).getCommandName())
          .as(path)
          .isEqualTo(last);
    }
  }

  @Test
  void aPathBuildsOnlyItsCommandsWithTheUsageOfTheWholeTree() {
    for (String path : paths()) {
      String[] words = path.split(" ");
      CommandLine built = CommandTree.forArguments(words);
      CommandLine expected = whole;
      for (String word : words) {
        expected = expected.getSubcommands().get(word);
        built = built.getSubcommands().get(word);
        if (!path.equals("completion")) { // which writes the script of the whole tree
          assertThat(built.getParent().getSubcommands()).as(path).hasSize(1);
        }
      }
      assertThat(built.getUsageMessage()).as(path).isEqualTo(expected.getUsageMessage());
    }
  }

  @Test
  void optionsAndTheirValuesBeforeTheNamesAreSkipped() {
    CommandLine built =
        CommandTree.forArguments(
            "-p",
            "zone",
            "--url=mem:",
            "-o",
            "json",
            "record",
            "-z",
            "list",
            "--quiet",
            "get",
            "-n");

    assertThat(built.getSubcommands().keySet()).containsExactly("record");
    assertThat(built.getSubcommands().get("record").getSubcommands().keySet())
        .containsExactly("get");
  }

  @Test
  void aNameThatMatchesNothingBuildsEverythingBeneathTheLastMatch() {
    assertThat(
            CommandTree.forArguments("zone", "lst").getSubcommands().get("zone").getSubcommands())
        .hasSize(CommandTree.COMMANDS.get("zone").size());
    assertThat(CommandTree.forArguments("zones", "list").getSubcommands())
        .hasSize(CommandTree.COMMANDS.size());
    assertThat(CommandTree.forArguments("completion", "bash").getSubcommands())
        .hasSize(CommandTree.COMMANDS.size());
  }

  @Test
  void theOptionsSkippedWithAValueAreThoseThatTakeOne() {
    Set<String> withValues = new TreeSet<>();
    Set<String> withoutValues = new TreeSet<>();
    List<CommandLine> withSubcommands = new ArrayList<>(List.of(whole));
    whole.getSubcommands().values().stream()
        .filter(group -> !group.getSubcommands().isEmpty())
        .forEach(withSubcommands::add);
    for (CommandLine command : withSubcommands) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        (option.arity().max() > 0 ? withValues : withoutValues).addAll(List.of(option.names()));
      }
    }

    assertThat(withValues).isEqualTo(new TreeSet<>(CommandTree.OPTIONS_WITH_VALUES));
    assertThat(withoutValues).doesNotContainAnyElementsOf(CommandTree.OPTIONS_WITH_VALUES);
  }

  private static List<String> paths() {
    List<String> paths = new ArrayList<>();
    CommandTree.COMMANDS.forEach(
        (name, subcommands) -> {
          paths.add(name);
          subcommands.forEach(subcommand -> paths.add(name + " " + subcommand));
        });
    return paths;
  }
}
