package denominator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  /** A Sunday, so the RFC's own example dates line up. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("1994-11-06T08:49:30Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0                              | PT0S",
        "3                              | PT3S",
        "' 120 '                        | PT2M",
        "-5                             | PT0S",
        "Sun, 06 Nov 1994 08:49:37 GMT  | PT7S",
        "Sunday, 06-Nov-94 08:49:37 GMT | PT7S",
        "Sun Nov  6 08:49:37 1994       | PT7S",
        "Sun Nov 6 08:50:30 1994        | PT1M",
        "Mon, 06 Nov 1994 08:49:37 GMT  | PT7S",
        "sun, 06 nov 1994 08:49:37 gmt  | PT7S",
        "Sun, 06 Nov 1994 08:00:00 GMT  | PT0S",
        "Thu, 01 Jan 1970 00:00:00 GMT  | PT0S",
      })
  void parsesSecondsAndEveryHttpDateForm(String header, Duration expected) {
    assertThat(RetryAfter.parse(header, CLOCK)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is not a Retry-After")
  @ValueSource(
      strings = {
        "",
        "soon",
        "1.5",
        "3s",
        "Sun, 32 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37 PST",
        "2024-03-01T12:00:00Z",
      })
  void garbageIsEmpty(String header) {
    assertThat(RetryAfter.parse(header, CLOCK)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void missingHeaderIsEmpty() {
    assertThat(RetryAfter.parse(null, CLOCK)).isEqualTo(Optional.empty());
  }

  @org.junit.jupiter.api.Test
  void twoDigitYearsAreReadAsWithinFiftyYearsOfNow() {
    Clock in2030 = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(RetryAfter.parse("Tuesday, 01-Jan-30 00:00:10 GMT", in2030))
        .contains(Duration.ofSeconds(10));
  }

  @org.junit.jupiter.api.Test
  void hugeSecondsSaturateRatherThanFail() {
    assertThat(RetryAfter.parse("99999999999999999999", CLOCK))
        .contains(Duration.ofSeconds(Long.MAX_VALUE));
  }
}
