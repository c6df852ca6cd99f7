package denominator.route53;

import denominator.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

  /** One Route53 value holding these character-strings, each quoted and escaped. */
  static String quote(List<String> strings) {
    StringBuilder out = new StringBuilder();
    for (String string : strings) {
      out.append(out.length() == 0 ? "\"" : " \"");
      for (byte b : string.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xFF;
        if (c == '"' || c == '\\') {
          out.append('\\').append((char) c);
        } else if (c >= 0x20 && c < 0x7F) {
          out.append((char) c);
        } else {
          out.append('\\').append(String.format("%03o", c));
        }
      }
      out.append('"');
    }
    return out.toString();
  }

  /**
   * The character-strings of a Route53 value: quoted strings or bare words, with escapes undone.
   * A string longer than 255 bytes (Route53 reads an unquoted long value as one) is split into
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
        } else {
          bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
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

  /** Splits UTF-8 bytes into strings of at most 255 bytes, at character boundaries. */
  static List<String> split(byte[] utf8) {
    List<String> strings = new ArrayList<>();
    int start = 0;
    do {
      int end = Math.min(utf8.length, start + MAX_STRING_BYTES);
      while (end < utf8.length && end > start && (utf8[end] & 0xC0) == 0x80) {
        end--; // never cut before a continuation byte
      }
      strings.add(new String(utf8, start, end - start, StandardCharsets.UTF_8));
      start = end;
    } while (start < utf8.length);
    return strings;
  }

  private Route53Text() {}
}
