package denominator.model.rdata;

import denominator.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 1035 character-strings held as Java strings: any bytes on the wire, at most 255 each, held as
 * the text their UTF-8 decodes to with every byte outside UTF-8 kept as a lone surrogate
 * (U+DC80..U+DCFF), so that bytes read are the bytes written; printed in double quotes with {@code
 * \"}, {@code \\} and {@code \DDD} escapes for every byte outside printable ASCII.
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
      throw new ValidationException(
          mnemonic + " data longer than 65535 bytes", Integer.toString(rdataBytes), expected);
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

  /**
   * The bytes {@code string} stands for: UTF-8, except that a lone surrogate U+DC80..U+DCFF stands
   * for the one byte 0x80..0xFF that {@link #decode} found outside UTF-8. Refuses null and other
   * lone surrogates.
   */
  static byte[] utf8(String what, String string, String expected) {
    if (string == null) {
      throw new ValidationException("null " + what, "null", expected);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(string.length());
    for (int i = 0; i < string.length(); ) {
      int c = string.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0xDC80 && c <= 0xDCFF) {
        out.write(c - 0xDC00);
      } else if (Character.getType(c) == Character.SURROGATE) {
        throw new ValidationException(what + " is not valid Unicode", string, expected);
      } else if (c < 0x80) {
        out.write(c);
      } else {
        out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /**
   * Decodes wire bytes as UTF-8 without losing any: each byte that is not part of a UTF-8 sequence
   * becomes the lone surrogate U+DC00 plus the byte (the "surrogateescape" of PEP 383), which
   * {@link #utf8} turns back into the same byte.
   */
  static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      for (int i = 0; i < result.length(); i++) {
        out.put((char) (0xDC00 + (in.get() & 0xFF)));
      }
    }
    return out.flip().toString();
  }

  /** Decodes each of {@code strings} with {@link #decode(byte[])}. */
  static List<String> decode(List<byte[]> strings) {
    List<String> result = new ArrayList<>(strings.size());
    for (byte[] string : strings) {
      result.add(decode(string));
    }
    return result;
  }

  /**
   * {@code text} cut into character-strings of at most 255 bytes, each cut between characters
   * (never inside the UTF-8 bytes of one), in order; at least one, possibly empty.
   */
  static List<String> split(String what, String text, String expected) {
    utf8(what, text, expected); // refuses what stands for no bytes
    List<String> strings = new ArrayList<>();
    int start = 0;
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int size = utf8(what, new String(Character.toChars(c)), expected).length;
      if (bytes + size > MAX_BYTES) {
        strings.add(text.substring(start, i));
        start = i;
        bytes = 0;
      }
      bytes += size;
      i += Character.charCount(c);
    }
    strings.add(text.substring(start));
    return strings;
  }

  /** The strings, each quoted, separated by single spaces. */
  static String print(List<String> strings) {
    StringBuilder out = new StringBuilder();
    for (String string : strings) {
      if (out.length() > 0) {
        out.append(' ');
      }
      quote(utf8("character-string", string, "text"), out);
    }
    return out.toString();
  }

  /** {@code string} in double quotes, escaped. */
  static String quote(String string) {
    StringBuilder out = new StringBuilder();
    quote(utf8("character-string", string, "text"), out);
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
