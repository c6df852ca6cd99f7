package denominator.kit;

import java.time.Duration;

/**
 * Waits. Every loop of the library that waits (HTTP retries, polling a change until the provider
 * serves it, the steps of a weight shift) waits through one, so that tests substitute one that
 * records the waits and returns at once, and no test waits on the wall clock.
 */
@FunctionalInterface
public interface Sleeper {
  /** Waits on the wall clock. */
  Sleeper SYSTEM =
      duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  /** Waits {@code duration}; returns early only by throwing when interrupted. */
  void sleep(Duration duration) throws InterruptedException;
}
