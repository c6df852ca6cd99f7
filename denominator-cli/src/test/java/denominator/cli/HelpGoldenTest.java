package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The help of the root and of every command and subcommand, and the bash completion script, read
 * exactly as recorded in {@code help-golden.txt}: wording, option order and layout.
 *
 * <p>A deliberate change of a help text is recorded again with {@code -Dgolden.update=true}, which
 * rewrites the file under {@code src/test/resources} from the current output.
 *
 * <p>Runs no command while another test replaces System.out or System.err: picocli prints to a
 * stream of its own, not to the writers given, when they changed since the command line was built.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ)
class HelpGoldenTest {
  private static final String FILE = "help-golden.txt";

  @Test
  void everyHelpAndTheCompletionScriptReadAsRecorded() throws IOException {
    String actual = transcript();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources", FILE), actual, StandardCharsets.UTF_8);
    }

    assertThat(actual).isEqualTo(recorded());
  }

  /** Each command line, then its exit code, stdout and stderr. */
  static String transcript() {
    StringBuilder transcript = new StringBuilder();
    for (List<String> args : commandLines()) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      String[] words = args.toArray(String[]::new);
      int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err), words).execute(words);
      transcript
          .append("=== denominator ")
          .append(String.join(" ", args))
          .append("\n--- exit ")
          .append(code)
          .append("\n--- stdout\n")
          .append(out)
          .append("--- stderr\n")
          .append(err);
    }
    return transcript.toString();
  }

  private static List<List<String>> commandLines() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("--help"));
    lines.add(List.of("-h"));
    CommandTree.COMMANDS.forEach(
        (name, subcommands) -> {
          lines.add(List.of(name, "--help"));
          subcommands.forEach(subcommand -> lines.add(List.of(name, subcommand, "--help")));
        });
    lines.add(List.of("completion", "bash"));
    return lines;
  }

  private static String recorded() throws IOException {
    try (InputStream in = HelpGoldenTest.class.getResourceAsStream("/" + FILE)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
