package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Test
  void eachUnitAndSecondsWithoutOne() {
    assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(DurationText.parse(" 30s ")).isEqualTo(Duration.ofSeconds(30));
    assertThat(DurationText.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationText.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationText.parse("45")).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void aBadDurationNamesTheValueAndAnExample() {
    assertThatThrownBy(() -> DurationText.parse("soon"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("soon")
        .hasMessageContaining("e.g. 30s");
  }
}
