package denominator.googledns;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Domain names as the simulated Cloud DNS takes them: absolute, with the trailing dot, at most 253
 * characters without it and labels of 1 to 63 characters; compared lower-case.
 */
final class DnsNames {
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9_*]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");

  private DnsNames() {}

  /** Whether {@code name} is an absolute domain name of valid lengths; {@code "."} is not. */
  static boolean isAbsolute(String name) {
    if (!name.endsWith(".") || name.length() < 2 || name.length() > 254) {
      return false;
    }
    for (String label : name.substring(0, name.length() - 1).split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} is {@code zone} or below it, both absolute. */
  static boolean inZone(String name, String zone) {
    String lower = name.toLowerCase(Locale.ROOT);
    String apex = zone.toLowerCase(Locale.ROOT);
    return lower.equals(apex) || lower.endsWith("." + apex);
  }
}
