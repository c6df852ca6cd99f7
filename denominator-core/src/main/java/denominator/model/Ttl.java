package denominator.model;

import denominator.ValidationException;

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

  /** Parses a TTL in seconds, as a user wrote it. */
  public static int parse(String text) {
    try {
      return check(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw new ValidationException("bad TTL", text, "0..2147483647 seconds");
    }
  }

  private Ttl() {}
}
