package denominator.model.rdata;

import denominator.ValidationException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * The bridge to dnsjava's presentation-format parser: parses the rdata of one type and turns every
 * failure into a {@link ValidationException} that names the type, the text and an example.
 */
final class Text {
  /**
   * Parses {@code text} as rdata of dnsjava type {@code code} and maps the dnsjava record with
   * {@code fields}; validation failures of the mapped record are reported against {@code text}.
   */
  static <R extends Record, D> D parse(
      int code,
      String mnemonic,
      String text,
      String expected,
      Class<R> kind,
      Function<R, D> fields) {
    if (text == null) {
      throw new ValidationException("bad " + mnemonic + " data", "null", expected);
    }
    try {
      Record record =
          Record.fromString(Name.root, code, DClass.IN, 0, escapeNonAscii(text), Name.root);
      return fields.apply(kind.cast(record));
    } catch (IOException | RuntimeException e) {
      throw new ValidationException(
          "bad " + mnemonic + " data (" + detail(e) + ")", text, expected);
    }
  }

  /**
   * As {@link #parse(int, String, String, String, Class, Function)}, but reads plain text ({@link
   * PlainText}) without dnsjava first: {@code plain} maps its words (for TXT and SPF, quoted
   * strings among them), or returns null when they do not fit. Text that is not plain, or whose
   * words {@code plain} declines or finds wrong, goes to dnsjava, which reads it or names what is
   * wrong.
   */
  static <R extends Record, D> D parse(
      int code,
      String mnemonic,
      String text,
      String expected,
      Class<R> kind,
      Function<R, D> fields,
      Function<List<String>, D> plain) {
    List<String> words =
        text == null ? null : PlainText.words(text, code == Type.TXT || code == Type.SPF);
    if (words != null) {
      try {
        D data = plain.apply(words);
        if (data != null) {
          return data;
        }
      } catch (RuntimeException wrong) {
        // a number out of range, a bad name: dnsjava reads the text again and says what is wrong
      }
    }
    return parse(code, mnemonic, text, expected, kind, fields);
  }

  private static String detail(Exception e) {
    if (e instanceof ValidationException v) {
      return v.getMessage();
    }
    String message = String.valueOf(e.getMessage());
    // dnsjava prefixes "<file>:<line>: ", meaningless for a single string
    return message.startsWith("<none>:1: ") ? message.substring("<none>:1: ".length()) : message;
  }

  /**
   * Rewrites characters outside ASCII as {@code \DDD} escapes of the bytes they stand for (see
   * {@link CharacterStrings#utf8}). dnsjava's tokenizer would otherwise re-encode them; an escaped
   * non-ASCII character ({@code \é}) stands for itself, so its backslash is dropped.
   */
  static String escapeNonAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == '\\' && next < text.length() && text.charAt(next) < 0x80) {
        out.append('\\').append(text.charAt(next));
        next++;
      } else if (c >= 0x80) {
        byte[] bytes = CharacterStrings.utf8("text", new String(Character.toChars(c)), "text");
        CharacterStrings.escapeBytes(bytes, out);
      } else if (c != '\\' || next == text.length()) {
        out.append((char) c); // a trailing backslash stays, for dnsjava to report
      }
      i = next;
    }
    return out.toString();
  }

  private Text() {}
}
