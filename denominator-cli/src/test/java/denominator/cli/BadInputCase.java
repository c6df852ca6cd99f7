package denominator.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code bad-inputs.tsv}: {@code surface category name sends error expect input},
 * tab-separated. {@code sends} is {@code none} (no request at all) or {@code reads} (only the
 * provider can tell, so reads are allowed but no write); {@code error} is the exception's simple
 * name for the API or the exit code for the CLI; {@code expect} must appear in the message.
 */
record BadInputCase(
    String surface,
    String category,
    String name,
    String sends,
    String error,
    String expect,
    String input) {

  boolean readsAllowed() {
    return sends.equals("reads");
  }

  @Override
  public String toString() {
    return surface + " " + category + ": " + name;
  }

  static List<BadInputCase> parse(String text) {
    List<BadInputCase> cases = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 7
          || !List.of("api", "cli").contains(f[0])
          || !List.of("none", "reads").contains(f[3])
          || f[5].isEmpty()) {
        throw new IllegalArgumentException("malformed corpus line: " + line);
      }
      cases.add(new BadInputCase(f[0], f[1], f[2], f[3], f[4], unescape(f[5]), f[6]));
    }
    return cases;
  }

  /** Splits at blanks; single quotes group words, and \t, \n and \\ are escapes. */
  static List<String> words(String input) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        word = word == null ? new StringBuilder() : word;
      } else if (c == ' ' && !quoted) {
        if (word != null) {
          words.add(unescape(word.toString()));
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unbalanced quote: " + input);
    }
    if (word != null) {
      words.add(unescape(word.toString()));
    }
    return words;
  }

  private static String unescape(String text) {
    return text.replace("\\t", "\t")
        .replace("\\n", "\n")
        .replace("\\x00", "\0")
        .replace("\\x7f", "\u007f")
        .replace("\\\\", "\\");
  }
}
