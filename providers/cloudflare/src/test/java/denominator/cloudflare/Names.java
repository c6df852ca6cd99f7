package denominator.cloudflare;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Domain names as the simulated Cloudflare takes them: no trailing dot on the wire (one is
 * stripped), compared lower-case, at most 253 characters with labels of 1 to 63.
 */
final class Names {
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9_*]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");

  private Names() {}

  /** {@code name} without one trailing dot; {@code "."} stays the root. */
  static String withoutDot(String name) {
    return name.length() > 1 && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  /** Whether {@code name}, without a trailing dot, is a domain name of valid lengths. */
  static boolean isDomain(String name) {
    if (name.isEmpty() || name.length() > 253) {
      return false;
    }
    for (String label : name.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The record name a write means, as Cloudflare reads it: {@code @} is the apex (so is an empty
   * name, which Libcloud sends: ASSUMPTION), a name with a trailing dot must be in the zone, a name
   * not ending in the zone is relative to it.
   */
  static String recordName(String sent, String zone) {
    String name;
    if (sent.equals("@") || sent.isEmpty()) {
      name = zone;
    } else if (sent.endsWith(".")) {
      name = withoutDot(sent).toLowerCase(Locale.ROOT);
      if (!inZone(name, zone)) {
        throw CloudflareRefusal.invalid("name \"" + sent + "\" is not in zone " + zone);
      }
    } else {
      String lower = sent.toLowerCase(Locale.ROOT);
      name = inZone(lower, zone) ? lower : lower + "." + zone;
    }
    if (!isDomain(name)) {
      throw CloudflareRefusal.invalid(
          "name \"" + sent + "\" is not a domain name (expected labels of 1 to 63, at most 253)");
    }
    return name;
  }

  /** Whether {@code name} is {@code zone} or below it. */
  static boolean inZone(String name, String zone) {
    return name.equals(zone) || name.endsWith("." + zone);
  }
}
