package denominator.ns1;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * NS1's rate limiting as the simulator models it: one token bucket per (API key, method class),
 * {@code read} for GET and {@code write} for PUT, POST and DELETE. A bucket starts full with {@code
 * limit} tokens and refills continuously at {@code limit / period} on the injected clock; a request
 * takes one token, or none when fewer than one is left (then it is throttled). Keying by class
 * rather than by route is the simulator's simplification. Not thread-safe: the simulator calls it
 * under its lock.
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
   * What one request found: whether it got a token, and the headers' values after it.
   *
   * @param granted false when the bucket held less than one token (a 429)
   * @param limit {@code X-RateLimit-Limit}
   * @param remaining {@code X-RateLimit-Remaining}: whole tokens left
   * @param periodSeconds {@code X-RateLimit-Period}
   */
  record Draw(boolean granted, int limit, int remaining, long periodSeconds) {}

  private final Clock clock;
  private final Limit read;
  private final Limit write;
  private final Map<String, Bucket> buckets = new HashMap<>();

  RateLimits(Clock clock, Limit read, Limit write) {
    this.clock = clock;
    this.read = read;
    this.write = write;
  }

  /** Takes a token for a request of this method with this key (null when none was sent). */
  Draw take(String apiKey, String method) {
    boolean isRead = method.equals("GET");
    Limit limit = isRead ? read : write;
    String id = (isRead ? "read " : "write ") + (apiKey == null ? "" : apiKey);
    Bucket bucket = buckets.computeIfAbsent(id, unused -> new Bucket(limit, clock.instant()));
    return bucket.take(clock.instant());
  }

  /**
   * One bucket. Its content is counted in exact units of 1 / period-in-nanoseconds of a token, so
   * that a refill of exactly Period / Limit gives exactly one token back.
   */
  private static final class Bucket {
    final Limit limit;
    final long unitsPerToken;
    long units;
    Instant last;

    Bucket(Limit limit, Instant now) {
      this.limit = limit;
      this.unitsPerToken = limit.period().toNanos();
      this.units = limit.limit() * unitsPerToken;
      this.last = now;
    }

    Draw take(Instant now) {
      long elapsed = Math.max(0, Duration.between(last, now).toNanos());
      long full = limit.limit() * unitsPerToken;
      units =
          full - units <= elapsed * (double) limit.limit() ? full : units + elapsed * limit.limit();
      last = now;
      boolean granted = units >= unitsPerToken;
      if (granted) {
        units -= unitsPerToken;
      }
      return new Draw(
          granted, limit.limit(), (int) (units / unitsPerToken), limit.period().toSeconds());
    }
  }
}
