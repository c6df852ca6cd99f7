package denominator.model;

import denominator.ValidationException;
import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * Domain names as the model holds them: absolute (ending with a dot), lower-case, at most 253
 * octets of text before the final dot and 63 per label. {@code *} and {@code _} labels are allowed,
 * so wildcard and SRV owner names pass.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-2.3.4">RFC 1035 §2.3.4</a>
 */
public final class Names {
  private static final String EXPECTED =
      "a domain name such as www.example.com., labels of 1-63 octets, 253 octets in all";

  /** Returns {@code name} made absolute and lower-case, or throws if it is not a domain name. */
  public static String absolute(String name) {
    if (name == null || name.isBlank()) {
      throw new ValidationException("empty domain name", String.valueOf(name), EXPECTED);
    }
    String trimmed = name.strip();
    String text = trimmed.endsWith(".") ? trimmed : trimmed + ".";
    if (text.equals(".")) {
      return ".";
    }
    if (text.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new ValidationException("space or control character in domain name", name, EXPECTED);
    }
    if (text.contains("..") || text.startsWith(".")) {
      throw new ValidationException("empty label in domain name", name, EXPECTED);
    }
    if (text.length() - 1 > 253) {
      throw new ValidationException("domain name longer than 253 octets", name, EXPECTED);
    }
    try {
      return Name.fromString(text).toString().toLowerCase(Locale.ROOT);
    } catch (TextParseException e) {
      throw new ValidationException("bad domain name (" + e.getMessage() + ")", name, EXPECTED);
    }
  }

  /**
   * {@code text} if it is a name as the model holds it (absolute and lower-case), else empty: for a
   * provider whose zone ids are the zones' names, an id that is not one is no zone's.
   */
  public static Optional<String> ifAbsolute(String text) {
    try {
      return absolute(text).equals(text) ? Optional.of(text) : Optional.empty();
    } catch (ValidationException notAName) {
      return Optional.empty();
    }
  }

  /** True when {@code name} equals {@code zone} or lies under it; both must be absolute. */
  public static boolean isWithin(String name, String zone) {
    return zone.equals(".") || name.equals(zone) || name.endsWith("." + zone);
  }

  private Names() {}
}
