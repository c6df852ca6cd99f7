package denominator.kit;

import denominator.AwaitTimeoutException;
import denominator.DenominatorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Asks a question again until its answer is yes or a deadline passes, waiting between asks: the
 * first wait {@code first}, each next one twice as long, never longer than {@code max}. The one way
 * the library polls (Route53's GetChange until INSYNC, name servers until they serve a change), so
 * that tests pass a clock and a sleeper that never touch the wall clock.
 *
 * <pre>{@code
 * poller.await("change C123 INSYNC", Duration.ofMinutes(2), () -> api.getChange(id) == INSYNC);
 * }</pre>
 */
public final class Poller {
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration first;
  private final Duration max;

  public Poller(Clock clock, Sleeper sleeper, Duration first, Duration max) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.first = requirePositive(first, "first");
    this.max = requirePositive(max, "max");
  }

  /** Polls on the wall clock, first after 50 ms, backing off to 5 s. */
  public static Poller system() {
    return new Poller(
        Clock.systemUTC(), Sleeper.SYSTEM, Duration.ofMillis(50), Duration.ofSeconds(5));
  }

  /** This poller, waiting {@code interval} between every ask. */
  public Poller every(Duration interval) {
    return new Poller(clock, sleeper, interval, interval);
  }

  public Clock clock() {
    return clock;
  }

  /**
   * Returns once {@code done} says yes. Asks at once, then after each wait; a wait that would end
   * past the deadline is not begun.
   *
   * @param what what is awaited, for the timeout's message ("change C123 INSYNC")
   * @throws AwaitTimeoutException when the timeout passes first
   * @throws DenominatorException when interrupted (the interrupt flag is kept)
   */
  public void await(String what, Duration timeout, BooleanSupplier done) {
    Instant deadline = clock.instant().plus(timeout);
    Duration delay = first;
    while (!done.getAsBoolean()) {
      if (clock.instant().plus(delay).isAfter(deadline)) {
        throw new AwaitTimeoutException(what, timeout);
      }
      sleep(delay, what);
      delay = delay.multipliedBy(2).compareTo(max) > 0 ? max : delay.multipliedBy(2);
    }
  }

  /** Waits {@code duration} through the sleeper: the one way a step of the library pauses. */
  public void sleep(Duration duration, String waitingFor) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DenominatorException("interrupted waiting for " + waitingFor, e);
    }
  }

  private static Duration requirePositive(Duration duration, String name) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
    return duration;
  }
}
