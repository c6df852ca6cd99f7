package denominator.route53;

import denominator.ValidationException;
import denominator.model.rdata.TXTData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Route53's text conventions: TXT and SPF values as quoted character-strings with {@code \"},
 * {@code \\} and three-digit <em>octal</em> escapes (not the decimal {@code \DDD} of zone files),
 * and owner names with octal escapes such as {@code \052} for {@code *}.
 *
 * @see <a href=
 *     "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html">
 *     Supported DNS record types, TXT</a>
 */
final class Route53Text {
  static final int MAX_STRING_BYTES = 255;

  /** An escape of the model's presentation form: decimal {@code \DDD} or an escaped character. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\([0-9]{3}|.)");

  /**
   * One Route53 value holding these character-strings, each quoted and escaped. The model prints
   * them with decimal {@code \DDD} escapes for every byte outside printable ASCII (a byte outside
   * UTF-8 included); Route53 takes the same form with octal escapes.
   */
  static String quote(List<String> strings) {
    return ESCAPE
        .matcher(new TXTData(strings).toString())
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    m.group(1).length() == 3
                        ? String.format("\\%03o", Integer.parseInt(m.group(1)))
                        : m.group()));
  }

  /**
   * The character-strings of a Route53 value: quoted strings or bare words, with escapes undone. A
   * string longer than 255 bytes (Route53 reads an unquoted long value as one) is split into
   * several of at most 255 bytes, never inside a UTF-8 character.
   */
  static List<String> unquote(String value) {
    List<String> strings = new ArrayList<>();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      boolean quoted = c == '"';
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      i = quoted ? i + 1 : i;
      for (; i < value.length(); i++) {
        c = value.charAt(i);
        if (quoted ? c == '"' : c == ' ' || c == '\t') {
          i++;
          break;
        }
        if (c == '\\' && i + 1 < value.length()) {
          i = unescape(value, i + 1, bytes);
        } else { // Route53 escapes what is not ASCII; a raw character is its UTF-8
          int codePoint = value.codePointAt(i);
          bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
          i += Character.charCount(codePoint) - 1;
        }
      }
      strings.addAll(split(bytes.toByteArray()));
    }
    if (strings.isEmpty()) {
      throw new ValidationException("route53: empty text value", value, "\"some text\"");
    }
    return strings;
  }

  /** Undoes octal escapes in an owner name: {@code \052.example.com.} is {@code *.example.com.}. */
  static String name(String route53Name) {
    if (route53Name.indexOf('\\') < 0) {
      return route53Name;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < route53Name.length(); i++) {
      char c = route53Name.charAt(i);
      if (c == '\\' && i + 1 < route53Name.length()) {
        i = unescape(route53Name, i + 1, bytes);
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  // Writes the escaped byte at text[start..] and returns the index of its last character.
  private static int unescape(String text, int start, ByteArrayOutputStream bytes) {
    if (start + 3 <= text.length() && text.substring(start, start + 3).matches("[0-3][0-7]{2}")) {
      bytes.write(Integer.parseInt(text.substring(start, start + 3), 8));
      return start + 2;
    }
    bytes.writeBytes(String.valueOf(text.charAt(start)).getBytes(StandardCharsets.UTF_8));
    return start;
  }

  /**
   * Splits bytes into character-strings of at most 255 bytes, at UTF-8 character boundaries, each
   * decoded as the model holds it (a byte outside UTF-8 as its lone surrogate).
   */
  static List<String> split(byte[] bytes) {
    List<String> strings = new ArrayList<>();
    int start = 0;
    do {
      int end = Math.min(bytes.length, start + MAX_STRING_BYTES);
      while (end < bytes.length && end > start && (bytes[end] & 0xC0) == 0x80) {
        end--; // never cut before a continuation byte
      }
      if (end == start) {
        end = Math.min(bytes.length, start + MAX_STRING_BYTES); // not UTF-8: cut anywhere
      }
      strings.add(decode(bytes, start, end));
      start = end;
    } while (start < bytes.length);
    return strings;
  }

  // The model's string of these bytes, through its presentation form (decimal escapes).
  private static String decode(byte[] bytes, int start, int end) {
    StringBuilder printed = new StringBuilder("\"");
    for (int i = start; i < end; i++) {
      printed.append('\\').append(String.format("%03d", bytes[i] & 0xFF));
    }
    return TXTData.parse(printed.append('"').toString()).strings().get(0);
  }

  private Route53Text() {}
}
