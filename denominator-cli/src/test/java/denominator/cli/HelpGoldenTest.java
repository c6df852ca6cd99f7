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
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The help of the root and of every command and subcommand, and the bash completion script, read
 * exactly as recorded in {@code help-golden.txt}: wording, option order and layout.
 *
 * <p>The completion script lists each command's options in the order picocli holds them, and
 * picocli holds options declared on methods (the global options) in the JVM's order of the class's
 * methods, which changes from one run to the next. So the script is recorded with its lists of
 * options, their completion candidates and the arms of its {@code case} on the option name in
 * sorted order; every help text is recorded as printed.
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
      String printed =
          args.get(0).equals("completion") ? inOptionOrder(out.toString()) : out.toString();
      transcript
          .append("=== denominator ")
          .append(String.join(" ", args))
          .append("\n--- exit ")
          .append(code)
          .append("\n--- stdout\n")
          .append(printed)
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

  private static final Pattern OPTION_LIST =
      Pattern.compile("(?m)^( *local (?:flag|arg)_opts=\")(.*)(\")$");
  private static final Pattern CANDIDATES =
      Pattern.compile("(?m)(?:^ *local \\w+_option_args=.*\\n)+");
  private static final Pattern CASE_ARMS =
      Pattern.compile("(?s)(case \\$\\{prev_word} in\\n)(.*?)(  esac\\n)");
  private static final Pattern CASE_ARM = Pattern.compile("(?s) {4}'.*?;;\\n");

  /** The completion script with its lists of options, candidates and case arms sorted. */
  static String inOptionOrder(String script) {
    script = replaceEach(OPTION_LIST, script, m -> m.group(1) + sorted(m.group(2)) + m.group(3));
    script = replaceEach(CANDIDATES, script, m -> String.join("", sortedLines(m.group())));
    return replaceEach(
        CASE_ARMS,
        script,
        m -> {
          List<String> arms = new ArrayList<>();
          CASE_ARM.matcher(m.group(2)).results().forEach(arm -> arms.add(arm.group()));
          arms.sort(null);
          return m.group(1) + String.join("", arms) + m.group(3);
        });
  }

  private static String sorted(String words) {
    String[] each = words.split(" ");
    Arrays.sort(each);
    return String.join(" ", each);
  }

  private static List<String> sortedLines(String lines) {
    List<String> each = new ArrayList<>();
    lines.lines().forEach(line -> each.add(line + "\n"));
    each.sort(null);
    return each;
  }

  private static String replaceEach(
      Pattern pattern, String text, Function<MatchResult, String> replacement) {
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
  }

  private static String recorded() throws IOException {
    try (InputStream in = HelpGoldenTest.class.getResourceAsStream("/" + FILE)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
