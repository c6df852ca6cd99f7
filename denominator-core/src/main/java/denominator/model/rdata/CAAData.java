package denominator.model.rdata;

import denominator.ValidationException;
import java.util.Locale;
import java.util.Objects;
import org.xbill.DNS.CAARecord;
import org.xbill.DNS.Type;

/**
 * A certification authority authorization: which CAs may issue certificates for the owner.
 *
 * @param flags 0..255; 128 is the issuer-critical flag
 * @param tag property tag of 1-15 ASCII letters and digits, normalized to lower-case, e.g. {@code
 *     issue}, {@code issuewild}, {@code iodef}
 * @param value property value, bytes held as {@link TXTData} holds its strings (UTF-8 text, any
 *     other byte kept); printed quoted with the same escaping
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8659#section-4.1">RFC 8659 §4.1</a>
 */
public record CAAData(int flags, String tag, String value) implements RData {
  private static final String EXPECTED =
      "flags, tag and quoted value, e.g. 0 issue \"letsencrypt.org\"";

  public CAAData {
    Ranges.u8("CAA flags", flags, EXPECTED);
    if (tag == null || !tag.matches("[A-Za-z0-9]{1,15}")) {
      throw new ValidationException("bad CAA tag", String.valueOf(tag), EXPECTED);
    }
    tag = tag.toLowerCase(Locale.ROOT);
    byte[] bytes = CharacterStrings.utf8("CAA value", value, EXPECTED);
    if (bytes.length > 65535 - 2 - tag.length()) {
      throw new ValidationException("CAA value too long", value, EXPECTED);
    }
  }

  /** Parses presentation text such as {@code 0 issue "letsencrypt.org"}. */
  public static CAAData parse(String text) {
    return Text.parse(
        Type.CAA,
        "CAA",
        text,
        EXPECTED,
        CAARecord.class,
        r ->
            new CAAData(
                r.getFlags(), r.getTag(), CharacterStrings.decode(r.getValueAsByteArray())));
  }

  @Override
  public String type() {
    return "CAA";
  }

  @Override
  public String toString() {
    return flags + " " + tag + " " + CharacterStrings.quote(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CAAData o
        && flags == o.flags
        && tag.equals(o.tag)
        && value.equals(o.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flags, tag, value);
  }
}
