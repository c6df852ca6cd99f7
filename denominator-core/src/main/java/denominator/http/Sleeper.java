package denominator.http;

import java.time.Duration;

/** Waits between attempts; tests substitute one that records the waits and returns at once. */
@FunctionalInterface
interface Sleeper {
  Sleeper SYSTEM =
      duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
