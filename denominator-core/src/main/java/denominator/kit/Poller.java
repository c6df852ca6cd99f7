package denominator.kit;

import denominator.AwaitTimeoutException;
import denominator.DenominatorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

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
    awaitAnswer(
        what, timeout, () -> done.getAsBoolean() ? Answer.DONE : Answer.notYet(Duration.ZERO));
  }

  /**
   * Returns once {@code ask} answers done. Between asks it waits what the last answer advised (a
   * long-running operation's {@code Retry-After}) when that is positive, else the backoff of {@link
   * #await}; a wait that would end past the deadline is not begun.
   *
   * @throws AwaitTimeoutException when the timeout passes first
   */
  public void awaitAnswer(String what, Duration timeout, Supplier<Answer> ask) {
    Instant deadline = clock.instant().plus(timeout);
    Duration backoff = first;
    for (Answer answer = ask.get(); !answer.done(); answer = ask.get()) {
      boolean advised = answer.advised().compareTo(Duration.ZERO) > 0;
      Duration delay = advised ? answer.advised() : backoff;
      if (clock.instant().plus(delay).isAfter(deadline)) {
        throw new AwaitTimeoutException(what, timeout);
      }
      sleep(delay, what);
      if (!advised) {
        backoff = backoff.multipliedBy(2).compareTo(max) > 0 ? max : backoff.multipliedBy(2);
      }
    }
  }

  /**
   * One answer of a polled question.
   *
   * @param done whether what is awaited has happened
   * @param advised how long the vendor asked to wait before the next ask; zero when it did not say
   */
  public record Answer(boolean done, Duration advised) {
    public static final Answer DONE = new Answer(true, Duration.ZERO);

    public Answer {
      Objects.requireNonNull(advised, "advised");
    }

    /** Not yet; ask again after {@code advised}, or after the backoff when it is zero. */
    public static Answer notYet(Duration advised) {
      return new Answer(false, advised);
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
