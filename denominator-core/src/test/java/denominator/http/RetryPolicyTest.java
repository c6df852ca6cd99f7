package denominator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  RetryPolicy policy = RetryPolicy.defaults();

  @Test
  void defaultsAreFiveAttemptsFrom200MillisUpTo10SecondsWithin60Seconds() {
    assertThat(policy.maxAttempts()).isEqualTo(5);
    assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.maxTotal()).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void backoffStaysWithinZeroAndTheCappedExponentialCeiling() {
    Random random = new Random(42);
    for (int retry = 0; retry < 70; retry++) {
      long ceiling =
          Math.min(policy.maxDelay().toNanos(), 200_000_000L * (1L << Math.min(retry, 20)));
      for (int draw = 0; draw < 1_000; draw++) {
        Duration delay = policy.backoff(retry, random);
        assertThat(delay.toNanos()).isBetween(0L, ceiling);
      }
    }
  }

  @Test
  void backoffUsesTheWholeRangeSoConcurrentClientsSpreadOut() {
    Random random = new Random(1);
    long max = 0;
    long min = Long.MAX_VALUE;
    for (int draw = 0; draw < 10_000; draw++) {
      long nanos = policy.backoff(2, random).toNanos();
      max = Math.max(max, nanos);
      min = Math.min(min, nanos);
    }
    assertThat(min).isLessThan(Duration.ofMillis(10).toNanos());
    assertThat(max).isGreaterThan(Duration.ofMillis(790).toNanos());
  }

  @Test
  void theSameSeedGivesTheSameDelays() {
    assertThat(policy.backoff(3, new Random(5))).isEqualTo(policy.backoff(3, new Random(5)));
  }

  @Test
  void zeroBaseDelayMeansNoWait() {
    RetryPolicy immediate = policy.withBaseDelay(Duration.ZERO);
    assertThat(immediate.backoff(10, new Random(3))).isZero();
  }

  @Test
  void fewerThanOneAttemptIsRefused() {
    assertThatThrownBy(() -> policy.withMaxAttempts(0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("0"));
  }

  @Test
  void negativeOrMissingDurationsAreRefused() {
    assertThatThrownBy(() -> policy.withBaseDelay(Duration.ofMillis(-1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> policy.withMaxTotal(null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void maxDelayBelowBaseDelayIsRefused() {
    assertThatThrownBy(() -> policy.withMaxDelay(Duration.ofMillis(100)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("PT0.1S"));
  }

  @Test
  void negativeRetryNumberIsRefused() {
    assertThatThrownBy(() -> policy.backoff(-1, new Random()))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aRetryIsAllowedWhileAttemptsRemainAndItsWaitEndsWithinTheBudget() {
    RetryPolicy three =
        RetryPolicy.defaults().withMaxAttempts(3).withMaxTotal(Duration.ofSeconds(10));

    assertThat(three.allowsRetry(2, Duration.ofSeconds(1), Duration.ofSeconds(9))).isTrue();
    assertThat(three.allowsRetry(3, Duration.ZERO, Duration.ZERO)).isFalse();
    assertThat(three.allowsRetry(1, Duration.ofSeconds(2), Duration.ofSeconds(9))).isFalse();
    assertThat(three.allowsRetry(1, Duration.ofSeconds(Long.MAX_VALUE), Duration.ZERO)).isFalse();
  }
}
