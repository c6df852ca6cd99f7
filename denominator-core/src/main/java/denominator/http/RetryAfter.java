package denominator.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the value of a {@code Retry-After} header into how long to wait from now.
 *
 * <p>Accepts delta-seconds ({@code 120}) and the three HTTP-date forms that RFC 9110 requires
 * recipients to accept: IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), RFC 850 ({@code
 * Sunday, 06-Nov-94 08:49:37 GMT}) and asctime ({@code Sun Nov 6 08:49:37 1994}). The day name is
 * ignored, as OkHttp's {@code HttpDate} ignores it, so a wrong one does not discard the date. A
 * two-digit RFC 850 year is taken as the one within 50 years of now. Negative seconds and dates in
 * the past mean "now": {@link Duration#ZERO}. Anything else is empty.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110 §10.2.3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7">RFC 9110 §5.6.7</a>
 */
public final class RetryAfter {
  private static final Pattern SECONDS = Pattern.compile("-?\\d+");
  private static final Pattern DAY_NAME = Pattern.compile("^[A-Za-z]+,?\\s+");
  private static final DateTimeFormatter IMF_FIXDATE = pattern("d MMM uuuu HH:mm:ss 'GMT'");
  private static final DateTimeFormatter ASCTIME = pattern("MMM d HH:mm:ss uuuu");

  /** Returns how long {@code headerValue} asks to wait, measured from {@code clock}'s now. */
  public static Optional<Duration> parse(String headerValue, Clock clock) {
    if (headerValue == null) {
      return Optional.empty();
    }
    String value = headerValue.strip();
    if (SECONDS.matcher(value).matches()) {
      return Optional.of(seconds(value));
    }
    return date(value, clock).map(date -> atLeastZero(Duration.between(clock.instant(), date)));
  }

  private static Duration seconds(String digits) {
    if (digits.startsWith("-")) {
      return Duration.ZERO;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(digits));
    } catch (NumberFormatException tooLarge) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
  }

  private static Optional<Instant> date(String value, Clock clock) {
    String withoutDayName = DAY_NAME.matcher(value).replaceFirst("").replaceAll("\\s+", " ");
    for (DateTimeFormatter format : List.of(IMF_FIXDATE, rfc850(clock), ASCTIME)) {
      try {
        return Optional.of(LocalDateTime.parse(withoutDayName, format).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** RFC 850 years have two digits: RFC 9110 says to read them as within 50 years of now. */
  private static DateTimeFormatter rfc850(Clock clock) {
    int baseYear = LocalDateTime.now(clock).getYear() - 49;
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern("d-MMM-")
        .appendValueReduced(ChronoField.YEAR, 2, 2, baseYear)
        .appendPattern(" HH:mm:ss 'GMT'")
        .toFormatter(Locale.US);
  }

  private static DateTimeFormatter pattern(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.US);
  }

  private static Duration atLeastZero(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  private RetryAfter() {}
}
