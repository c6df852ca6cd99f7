package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AwaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollerTest {
  final ManualTime time = new ManualTime();
  final Poller poller = new Poller(time, time, Duration.ofMillis(50), Duration.ofMillis(300));

  @Test
  void asksAtOnceThenBacksOffToTheMaximum() {
    int[] asks = {0};

    poller.await("ready", Duration.ofSeconds(10), () -> ++asks[0] == 6);

    assertThat(asks[0]).isEqualTo(6);
    assertThat(time.sleeps())
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
    assertThat(time.sleeps())
        .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void everyWaitsTheSameInterval() {
    int[] asks = {0};

    poller.every(Duration.ofSeconds(1)).await("ready", Duration.ofSeconds(5), () -> ++asks[0] == 3);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void awaitAnswerWaitsWhatTheVendorAdvisedElseBacksOff() {
    List<Poller.Answer> answers =
        new ArrayList<>(
            List.of(
                Poller.Answer.notYet(Duration.ofSeconds(2)),
                Poller.Answer.notYet(Duration.ZERO),
                Poller.Answer.notYet(Duration.ZERO),
                Poller.Answer.DONE));

    poller.awaitAnswer("operation", Duration.ofSeconds(10), () -> answers.remove(0));

    assertThat(answers).isEmpty();
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(100));
  }

  @Test
  void anAdvisedWaitPastTheDeadlineIsATimeout() {
    assertThatThrownBy(
            () ->
                poller.awaitAnswer(
                    "operation",
                    Duration.ofSeconds(1),
                    () -> Poller.Answer.notYet(Duration.ofSeconds(5))))
        .isInstanceOf(AwaitTimeoutException.class);
    assertThat(time.sleeps()).isEmpty();
  }
}
