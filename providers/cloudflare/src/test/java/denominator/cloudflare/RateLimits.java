package denominator.cloudflare;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Cloudflare's request limit as the simulator models it: one token bucket per credential (the API
 * token, or the email of a global key), {@code limit} tokens refilled continuously over {@code
 * period} on the injected clock (Cloudflare: 1,200 per 300 s). A request takes one token, or none
 * when less than one is left; then it is throttled and told, in whole seconds, when the next token
 * comes. The bucket is the simulator's simplification of Cloudflare's window. Not thread-safe: the
 * simulator calls it under its lock.
 */
final class RateLimits {
  /** A bucket's size and the time it takes to refill from empty. */
  record Limit(int limit, Duration period) {
    Limit {
      if (limit < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException(
            "rate limit " + limit + " per " + period + " (expected at least 1 per positive time)");
      }
    }
  }

  /**
   * What one request found.
   *
   * @param granted false when the bucket held less than one token (a 429)
   * @param retryAfterSeconds when not granted, whole seconds until a token is back (at least 1)
   */
  record Draw(boolean granted, long retryAfterSeconds) {}

  private final Clock clock;
  private final Limit limit;
  private final Map<String, Bucket> buckets = new HashMap<>();

  RateLimits(Clock clock, Limit limit) {
    this.clock = clock;
    this.limit = limit;
  }

  /** Takes a token for a request made with {@code credential} (empty when none was sent). */
  Draw take(String credential) {
    Bucket bucket = buckets.computeIfAbsent(credential, unused -> new Bucket(clock.instant()));
    return bucket.take(clock.instant());
  }

  /**
   * One bucket. Its content is counted in units of 1 / period-in-nanoseconds of a token, so that a
   * refill of exactly period / limit gives exactly one token back.
   */
  private final class Bucket {
    final long unitsPerToken = limit.period().toNanos();
    long units;
    Instant last;

    Bucket(Instant now) {
      this.units = limit.limit() * unitsPerToken;
      this.last = now;
    }

    Draw take(Instant now) {
      long elapsed = Math.max(0, Duration.between(last, now).toNanos());
      long full = limit.limit() * unitsPerToken;
      units =
          full - units <= elapsed * (double) limit.limit() ? full : units + elapsed * limit.limit();
      last = now;
      if (units >= unitsPerToken) {
        units -= unitsPerToken;
        return new Draw(true, 0);
      }
      long missingNanos = (unitsPerToken - units + limit.limit() - 1) / limit.limit();
      long seconds = (missingNanos + 999_999_999L) / 1_000_000_000L;
      return new Draw(false, Math.max(1, seconds));
    }
  }
}
