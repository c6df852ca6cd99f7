package denominator.cli;

import denominator.ValidationException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the durations operators type in options: {@code 30s}, {@code 2m}, {@code 500ms}. */
final class DurationText {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

  private DurationText() {}

  /** A number with {@code ms}, {@code s}, {@code m} or {@code h}; seconds without a unit. */
  static Duration parse(String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new ValidationException("bad duration", text, "a number with ms, s, m or h, e.g. 30s");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
