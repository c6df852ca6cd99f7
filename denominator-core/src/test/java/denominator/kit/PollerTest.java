package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AwaitTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollerTest {
  /** A clock that only the sleeper moves. */
  static final class FakeTime extends Clock implements Sleeper {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  final FakeTime time = new FakeTime();
  final Poller poller = new Poller(time, time, Duration.ofMillis(50), Duration.ofMillis(300));

  @Test
  void asksAtOnceThenBacksOffToTheMaximum() {
    int[] asks = {0};

    poller.await("ready", Duration.ofSeconds(10), () -> ++asks[0] == 6);

    assertThat(asks[0]).isEqualTo(6);
    assertThat(time.waits)
        .containsExactly(
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(300),
            Duration.ofMillis(300));
  }

  @Test
  void givesUpWithATypedTimeoutWithoutWaitingPastTheDeadline() {
    assertThatThrownBy(() -> poller.await("change C1 INSYNC", Duration.ofMillis(400), () -> false))
        .isInstanceOf(AwaitTimeoutException.class)
        .hasMessage("change C1 INSYNC not done after PT0.4S")
        .extracting(e -> ((AwaitTimeoutException) e).timeout())
        .isEqualTo(Duration.ofMillis(400));
    assertThat(time.waits)
        .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void everyWaitsTheSameInterval() {
    int[] asks = {0};

    poller.every(Duration.ofSeconds(1)).await("ready", Duration.ofSeconds(5), () -> ++asks[0] == 3);

    assertThat(time.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }
}
