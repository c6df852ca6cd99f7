package denominator.model.rdata;

import denominator.ValidationException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 1035 character-strings held as Java strings: UTF-8 on the wire, at most 255 bytes each,
 * printed in double quotes with {@code \"}, {@code \\} and {@code \DDD} escapes for every byte
 * outside printable ASCII.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-5.1">RFC 1035 §5.1</a>
 */
final class CharacterStrings {
  static final int MAX_BYTES = 255;

  /** Validates a list of character-strings (at least one) and returns an unmodifiable copy. */
  static List<String> check(String mnemonic, List<String> strings, String expected) {
    if (strings == null || strings.isEmpty()) {
      throw new ValidationException(
          "no " + mnemonic + " strings", String.valueOf(strings), expected);
    }
    int rdataBytes = 0;
    for (String string : strings) {
      rdataBytes += 1 + check(mnemonic + " string", string, expected).length;
    }
    if (rdataBytes > 65535) {
      throw new ValidationException(mnemonic + " data longer than 65535 bytes",
          Integer.toString(rdataBytes), expected);
    }
    return List.copyOf(strings);
  }

  /** Returns the UTF-8 bytes of one character-string, or throws if it has more than 255. */
  static byte[] check(String what, String string, String expected) {
    byte[] bytes = utf8(what, string, expected);
    if (bytes.length > MAX_BYTES) {
      throw new ValidationException(what + " longer than 255 bytes in UTF-8", string, expected);
    }
    return bytes;
  }

  /** Encodes {@code string} as UTF-8, refusing null and unpaired surrogates. */
  static byte[] utf8(String what, String string, String expected) {
    if (string == null) {
      throw new ValidationException("null " + what, "null", expected);
    }
    try {
      ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(string));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new ValidationException(what + " is not valid Unicode", string, expected);
    }
  }

  /** Decodes wire bytes as UTF-8, refusing byte sequences that are not UTF-8. */
  static String decode(String what, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      StringBuilder escaped = new StringBuilder();
      escapeBytes(bytes, escaped);
      throw new ValidationException(what + " is not UTF-8", escaped.toString(),
          "text whose \\DDD escapes form UTF-8");
    }
  }

  /** Decodes each of {@code strings} with {@link #decode}. */
  static List<String> decode(String what, List<byte[]> strings) {
    List<String> result = new ArrayList<>(strings.size());
    for (byte[] string : strings) {
      result.add(decode(what, string));
    }
    return result;
  }

  /** The strings, each quoted, separated by single spaces. */
  static String print(List<String> strings) {
    StringBuilder out = new StringBuilder();
    for (String string : strings) {
      if (out.length() > 0) {
        out.append(' ');
      }
      quote(string.getBytes(StandardCharsets.UTF_8), out);
    }
    return out.toString();
  }

  /** {@code string} in double quotes, escaped. */
  static String quote(String string) {
    StringBuilder out = new StringBuilder();
    quote(string.getBytes(StandardCharsets.UTF_8), out);
    return out.toString();
  }

  static void quote(byte[] bytes, StringBuilder out) {
    out.append('"');
    escapeBytes(bytes, out);
    out.append('"');
  }

  /** Appends {@code bytes} with quote and backslash escaped and other bytes as {@code \DDD}. */
  static void escapeBytes(byte[] bytes, StringBuilder out) {
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c == '"' || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c >= 0x20 && c <= 0x7E) {
        out.append((char) c);
      } else {
        out.append('\\');
        if (c < 100) {
          out.append('0');
        }
        if (c < 10) {
          out.append('0');
        }
        out.append(c);
      }
    }
  }

  private CharacterStrings() {}
}
