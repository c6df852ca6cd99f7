package denominator.googledns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Cloud DNS's per-project request quota as the simulator models it: one token bucket over every API
 * request of the project (the token endpoint aside). It starts full with {@code limit} tokens and
 * refills continuously at {@code limit / period} on the injected clock; a request takes one token,
 * or none when fewer than one is left (then it is answered 429). Not thread-safe: the simulator
 * calls it under its lock.
 */
final class RateLimit {
  /** A bucket's size and the time it takes to refill from empty. */
  record Limit(int limit, Duration period) {
    Limit {
      if (limit < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException(
            "rate limit " + limit + " per " + period + " (expected at least 1 per positive time)");
      }
    }
  }

  private final Clock clock;
  private final Limit limit;
  // counted in units of 1 / period-in-nanoseconds of a token, so that a refill of exactly
  // period / limit gives back exactly one token
  private final long unitsPerToken;
  private long units;
  private Instant last;

  RateLimit(Clock clock, Limit limit) {
    this.clock = clock;
    this.limit = limit;
    this.unitsPerToken = limit.period().toNanos();
    this.units = limit.limit() * unitsPerToken;
    this.last = clock.instant();
  }

  /** Takes a token; false when the bucket held less than one. */
  boolean take() {
    Instant now = clock.instant();
    long elapsed = Math.max(0, Duration.between(last, now).toNanos());
    long full = limit.limit() * unitsPerToken;
    units =
        full - units <= elapsed * (double) limit.limit() ? full : units + elapsed * limit.limit();
    last = now;
    if (units < unitsPerToken) {
      return false;
    }
    units -= unitsPerToken;
    return true;
  }
}
