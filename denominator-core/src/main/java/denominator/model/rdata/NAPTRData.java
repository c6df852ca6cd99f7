package denominator.model.rdata;

import denominator.ValidationException;
import denominator.model.Names;
import java.util.Locale;
import java.util.Objects;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Type;

/**
 * A naming authority pointer: one rewrite rule of a Dynamic Delegation Discovery System.
 *
 * @param order 0..65535; rules are applied in increasing order
 * @param preference 0..65535; among rules of equal order, lower is preferred
 * @param flags letters and digits only, normalized to upper-case (flags are case-insensitive), e.g.
 *     {@code U}; may be empty
 * @param services service parameters, a character-string, e.g. {@code E2U+sip}; may be empty
 * @param regexp substitution expression, a character-string; may be empty
 * @param replacement absolute, lower-case domain name, or {@code .} when regexp is used
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3403#section-4.1">RFC 3403 §4.1</a>
 */
public record NAPTRData(
    int order, int preference, String flags, String services, String regexp, String replacement)
    implements RData {
  private static final String EXPECTED =
      "order preference \"flags\" \"services\" \"regexp\" "
          + "replacement, e.g. 100 10 \"U\" \"E2U+sip\" \"!^.*$!sip:info@example.com!\" .";

  public NAPTRData {
    Ranges.u16("NAPTR order", order, EXPECTED);
    Ranges.u16("NAPTR preference", preference, EXPECTED);
    if (flags == null || !flags.matches("[A-Za-z0-9]{0,255}")) {
      throw new ValidationException("bad NAPTR flags", String.valueOf(flags), EXPECTED);
    }
    flags = flags.toUpperCase(Locale.ROOT);
    CharacterStrings.check("NAPTR services", services, EXPECTED);
    CharacterStrings.check("NAPTR regexp", regexp, EXPECTED);
    replacement = Names.absolute(replacement);
  }

  /** Parses presentation text such as {@code 100 10 "U" "E2U+sip" "!^.*$!sip:a@example.com!" .}. */
  public static NAPTRData parse(String text) {
    return Text.parse(
        Type.NAPTR,
        "NAPTR",
        text,
        EXPECTED,
        NAPTRRecord.class,
        r ->
            new NAPTRData(
                r.getOrder(),
                r.getPreference(),
                r.getFlags(),
                CharacterStrings.decode(r.getServiceAsByteArray()),
                CharacterStrings.decode(r.getRegexpAsByteArray()),
                r.getReplacement().toString()));
  }

  @Override
  public String type() {
    return "NAPTR";
  }

  @Override
  public String toString() {
    return order
        + " "
        + preference
        + " "
        + CharacterStrings.quote(flags)
        + " "
        + CharacterStrings.quote(services)
        + " "
        + CharacterStrings.quote(regexp)
        + " "
        + replacement;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NAPTRData o
        && order == o.order
        && preference == o.preference
        && flags.equals(o.flags)
        && services.equals(o.services)
        && regexp.equals(o.regexp)
        && replacement.equals(o.replacement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, preference, flags, services, regexp, replacement);
  }
}
