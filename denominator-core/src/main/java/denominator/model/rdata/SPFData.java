package denominator.model.rdata;

import java.util.Arrays;
import java.util.List;
import org.xbill.DNS.SPFRecord;
import org.xbill.DNS.Type;

/**
 * A Sender Policy Framework policy in the SPF type, which RFC 7208 deprecates in favour of TXT;
 * held exactly as {@link TXTData}.
 *
 * <p>A character-string is bytes, at most 255 of them. Each is held as the Java string its UTF-8
 * decodes to, with any byte that is not part of UTF-8 kept as the lone surrogate U+DC00 plus the
 * byte, so data read from a provider is written back byte for byte. Printing quotes every string
 * and writes {@code \"}, {@code \\} and {@code \DDD} for every byte outside printable ASCII:
 * non-ASCII text prints as the escapes of its UTF-8 bytes, a stray byte {@code 0xFF} as {@code
 * \255}.
 *
 * @param strings one or more character-strings, in order; the list is unmodifiable
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7208#section-3.1">RFC 7208 §3.1</a>
 */
public record SPFData(List<String> strings) implements RData {
  private static final String EXPECTED =
      "one or more strings of at most 255 bytes, e.g. \"v=spf1 -all\"";

  public SPFData {
    strings = CharacterStrings.check("SPF", strings, EXPECTED);
  }

  /** Returns data with the given character-strings. */
  public static SPFData of(String... strings) {
    return new SPFData(Arrays.asList(strings));
  }

  /**
   * Data holding {@code text} as one value: cut into as many character-strings of at most 255 bytes
   * as it needs (a DKIM key of 400 bytes is two), which resolvers and receivers join back. Nothing
   * in {@code text} is syntax: spaces, quotes, backslashes and {@code ;} are data.
   */
  public static SPFData ofText(String text) {
    return new SPFData(CharacterStrings.split("SPF text", text, EXPECTED));
  }

  /**
   * Parses presentation text: quoted strings ({@code "a b" "c"}) and unquoted words ({@code v=spf1
   * -all} is two strings), separated by spaces, with RFC 1035 escapes.
   */
  public static SPFData parse(String text) {
    return Text.parse(
        Type.SPF,
        "SPF",
        text,
        EXPECTED,
        SPFRecord.class,
        r -> new SPFData(CharacterStrings.decode(r.getStringsAsByteArrays())),
        SPFData::new);
  }

  @Override
  public String type() {
    return "SPF";
  }

  @Override
  public String toString() {
    return CharacterStrings.print(strings);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SPFData o && strings.equals(o.strings);
  }

  @Override
  public int hashCode() {
    return strings.hashCode();
  }
}
