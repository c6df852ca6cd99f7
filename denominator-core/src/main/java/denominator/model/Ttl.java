package denominator.model;

import denominator.ValidationException;
import org.xbill.DNS.TTL;

/**
 * Time-to-live values: 0 to 2147483647 seconds.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2181#section-8">RFC 2181 §8</a>
 */
public final class Ttl {
  /** Returns {@code ttl} if it is a valid TTL, or throws. */
  public static int check(long ttl) {
    if (ttl < 0 || ttl > Integer.MAX_VALUE) {
      throw new ValidationException("bad TTL", Long.toString(ttl), "0..2147483647 seconds");
    }
    return (int) ttl;
  }

  /**
   * Parses a TTL as a user wrote it: seconds ({@code 300}) or a duration in BIND's units, weeks,
   * days, hours, minutes and seconds ({@code 30s}, {@code 5m}, {@code 1h}, {@code 1h30m}, {@code
   * 2d}).
   */
  public static int parse(String text) {
    String expected = "0..2147483647 seconds, or a duration such as 30s, 5m, 1h or 1d";
    String trimmed = text == null ? "" : text.strip();
    boolean seconds = isDigits(trimmed); // without a regex or dnsjava, as most TTLs are written
    if (!seconds && !trimmed.matches("([0-9]+[wdhmsWDHMS])+")) {
      throw new ValidationException("bad TTL", String.valueOf(text), expected);
    }
    try {
      return check(seconds ? Long.parseLong(trimmed) : TTL.parse(trimmed, false));
    } catch (NumberFormatException | denominator.ValidationException e) {
      throw new ValidationException("bad TTL", text, expected);
    }
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private Ttl() {}
}
