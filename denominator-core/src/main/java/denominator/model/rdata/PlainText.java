package denominator.model.rdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain presentation form of common data without dnsjava: words of printable ASCII
 * separated by spaces, and for character-strings (TXT, SPF) also double-quoted strings, with none
 * of the characters that are syntax in a zone file ({@code \ " ( ) ; @}). Whatever else a text
 * holds (escapes, comments, parentheses, {@code @} for the origin, tabs, TTL units, the RFC 3597
 * {@code \#} form) is left to dnsjava, which {@link Text} then asks.
 *
 * <p>dnsjava's parser costs some 12 ms to set up on first use (its type table of about 90 types,
 * and the number formats of its {@code Record} class), paid by every CLI command that reads a zone,
 * while most data in a zone is addresses, names, numbers and plain text. On the texts this reads,
 * it gives what dnsjava gives ({@code PlainTextTest} holds the two to each other).
 */
final class PlainText {
  private PlainText() {}

  /**
   * The words of {@code text}; with {@code quotes}, a double-quoted string is one word, without its
   * quotes. Null when the text holds anything but plain words (and quoted strings), or nothing.
   */
  static List<String> words(String text, boolean quotes) {
    List<String> words = new ArrayList<>(4);
    int length = text.length();
    int at = 0;
    while (true) {
      while (at < length && text.charAt(at) == ' ') {
        at++;
      }
      if (at == length) {
        return words.isEmpty() ? null : words;
      }
      int end = at;
      if (quotes && text.charAt(at) == '"') {
        end = at + 1;
        while (end < length && text.charAt(end) != '"') {
          char c = text.charAt(end);
          if (c < ' ' || c > '~' || c == '\\') {
            return null;
          }
          end++;
        }
        if (end == length || (end + 1 < length && text.charAt(end + 1) != ' ')) {
          return null; // unterminated, or a word glued to the closing quote
        }
        words.add(text.substring(at + 1, end));
        at = end + 1;
      } else {
        while (end < length && text.charAt(end) != ' ') {
          if (!plain(text.charAt(end))) {
            return null;
          }
          end++;
        }
        words.add(text.substring(at, end));
        at = end;
      }
    }
  }

  /**
   * The value of a word of one to ten ASCII digits, as dnsjava reads an unsigned number (leading
   * zeros are decimal); else a {@link NumberFormatException}.
   */
  static long number(String word) {
    if (word.isEmpty() || word.length() > 10) {
      throw new NumberFormatException(word);
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        throw new NumberFormatException(word);
      }
    }
    return Long.parseLong(word);
  }

  /** {@link #number} of a field held as an {@code int}; an {@link ArithmeticException} above. */
  static int integer(String word) {
    return Math.toIntExact(number(word));
  }

  private static boolean plain(char c) {
    return c > ' ' && c <= '~' && c != '\\' && c != '"' && c != '(' && c != ')' && c != ';'
        && c != '@';
  }
}
