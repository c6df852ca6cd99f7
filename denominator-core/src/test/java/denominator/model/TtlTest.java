package denominator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TtlTest {
  @ParameterizedTest
  @CsvSource({
    "300, 300",
    "' 300 ', 300",
    "0, 0",
    "00060, 60",
    "2147483647, 2147483647",
    "30s, 30",
    "5m, 300",
    "1h30m, 5400",
    "2d, 172800",
    "1W, 604800"
  })
  void secondsAndDurationsAreRead(String text, int seconds) {
    assertThat(Ttl.parse(text)).isEqualTo(seconds);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "-1", "+1", "2147483648", "99999999999999999999999", "1x", "h", "1.5h"})
  void anythingElseIsRefusedNamingTheText(String text) {
    assertThatThrownBy(() -> Ttl.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("bad TTL")
        .hasMessageContaining(text.strip().isEmpty() ? "0..2147483647" : text);
  }
}
