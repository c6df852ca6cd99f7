package denominator.kit;

import denominator.ValidationException;
import denominator.model.Names;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts between a zone's email ({@code hostmaster@example.com}), as {@link
 * denominator.model.Zone#email()} holds it, and the SOA RNAME that carries it as a domain name
 * ({@code hostmaster.example.com.}). The first label is the local part, so a dot inside it is
 * escaped: {@code john.doe@example.com} is {@code john\.doe.example.com.}. The domain is
 * lower-cased both ways; the local part keeps its case.
 *
 * <pre>{@code
 * String rname = SoaMailbox.toRname(zone.email().orElse("hostmaster@" + zoneName));
 * Optional<String> email = SoaMailbox.toEmail(soa.rname());
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-8">RFC 1035 §8</a>
 */
public final class SoaMailbox {

  /**
   * The RNAME for {@code email}. Text without {@code @} is taken as an RNAME already and only made
   * absolute.
   *
   * @throws ValidationException when the domain part is not a domain name or the local part is
   *     empty
   */
  public static String toRname(String email) {
    int at = email.lastIndexOf('@');
    if (at < 0) {
      return Names.absolute(email);
    }
    if (at == 0) {
      throw new ValidationException("empty local part in email", email, "local@domain");
    }
    String local = email.substring(0, at).replace("\\", "\\\\").replace(".", "\\.");
    String domain = Names.absolute(email.substring(at + 1));
    return local + (domain.equals(".") ? "." : "." + domain);
  }

  /**
   * The email in {@code rname}, or empty for the root name {@code .}, which names no mailbox.
   * Accepts {@code \.}, {@code \X} and the decimal {@code \DDD} escapes of the local label.
   */
  public static Optional<String> toEmail(String rname) {
    String name = rname.strip();
    if (name.isEmpty() || name.equals(".")) {
      return Optional.empty();
    }
    int dot = firstUnescapedDot(name);
    if (dot < 0) {
      return Optional.of(unescape(name));
    }
    String domain = name.substring(dot + 1);
    domain = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    String local = unescape(name.substring(0, dot));
    return Optional.of(domain.isEmpty() ? local : local + "@" + domain.toLowerCase(Locale.ROOT));
  }

  private static int firstUnescapedDot(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\') {
        i++; // the escaped character, or the first of three digits, is part of the label
      } else if (c == '.') {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String label) {
    StringBuilder text = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c != '\\' || i + 1 == label.length()) {
        text.append(c);
      } else if (i + 3 < label.length() && isDigits(label, i + 1)) {
        text.append((char) Integer.parseInt(label.substring(i + 1, i + 4)));
        i += 3;
      } else {
        text.append(label.charAt(++i));
      }
    }
    return text.toString();
  }

  private static boolean isDigits(String text, int start) {
    for (int i = start; i < start + 3; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private SoaMailbox() {}
}
