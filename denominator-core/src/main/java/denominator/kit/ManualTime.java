package denominator.kit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that stands still except when something sleeps on it, and that remembers every sleep:
 * pass it as both clock and sleeper ({@code Denominator.builder().clock(time).sleeper(time)}) and
 * every wait of the library (retries, polling, ramps) returns at once while the time it would have
 * taken still passes on the clock. For tests and dry simulations; never waits on the wall clock.
 */
public final class ManualTime extends Clock implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private volatile Instant now;

  public ManualTime(Instant start) {
    this.now = start;
  }

  /** Starting at 2026-01-01T00:00:00Z. */
  public ManualTime() {
    this(Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** Moves the clock on by {@code duration} and remembers the sleep. */
  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /** Every sleep so far, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** A poller on this clock that sleeps on it, waiting {@code first}, then up to {@code max}. */
  public Poller poller(Duration first, Duration max) {
    return new Poller(this, this, first, max);
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
    throw new UnsupportedOperationException("ManualTime is UTC");
  }
}
