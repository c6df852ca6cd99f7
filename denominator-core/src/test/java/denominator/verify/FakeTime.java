package denominator.verify;

import denominator.kit.Poller;
import denominator.kit.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that stands still except when something sleeps on it; records every sleep. */
final class FakeTime extends Clock implements Sleeper {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

  /** A poller on this clock that sleeps on it. */
  Poller poller() {
    return new Poller(this, this, Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
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
    throw new UnsupportedOperationException();
  }
}
