package denominator.ns1;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Domain names as the simulated NS1 takes them in paths and bodies: no trailing dot on the wire
 * (one is stripped), lower-case for comparing, at most 253 characters and labels of 1 to 63.
 */
final class Names {
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9_*]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");

  private Names() {}

  /** The name as stored: one trailing dot stripped, lower-case; 400 when it is not a name. */
  static String canonical(String name) {
    String stripped = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (!isDomain(stripped)) {
      throw Ns1Refusal.invalid(
          "\""
              + name
              + "\" is not a domain name (expected at most 253 characters, labels of 1 to 63)");
    }
    return stripped.toLowerCase(Locale.ROOT);
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

  /** Whether {@code domain} is {@code zone} or below it. */
  static boolean inZone(String domain, String zone) {
    return domain.equals(zone) || domain.endsWith("." + zone);
  }
}
