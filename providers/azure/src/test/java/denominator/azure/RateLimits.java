package denominator.azure;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Azure DNS's per-zone request rates (wire page, section 11) as token buckets on the simulator's
 * clock: one bucket per zone and class of request, full at the start, refilled continuously at its
 * rate per minute. An empty bucket answers 429 with the whole seconds until one token is back. Not
 * thread-safe: the simulator calls it under its lock.
 */
final class RateLimits {
  /** The classes of request ARM limits separately, with their documented rates per minute. */
  enum Kind {
    RECORD_CREATE(200),
    RECORD_UPDATE(200),
    RECORD_DELETE(200),
    RECORD_GET(2000),
    RECORD_LIST(60),
    ZONE_CREATE(40),
    ZONE_UPDATE(40),
    ZONE_DELETE(40),
    ZONE_GET(1000),
    ZONE_LIST(60);

    final int documentedPerMinute;

    Kind(int documentedPerMinute) {
      this.documentedPerMinute = documentedPerMinute;
    }
  }

  /** A bucket's level after a request: how many tokens are left, or how long to wait. */
  record Outcome(boolean allowed, long remaining, long retryAfterSeconds) {
    static final Outcome UNLIMITED = new Outcome(true, Integer.MAX_VALUE, 0);
  }

  private final Map<Kind, Integer> perMinute;
  private final int burst;
  private final Map<String, Bucket> buckets = new HashMap<>();

  /** Buckets at these rates, each full with a minute's tokens; a kind absent is not limited. */
  RateLimits(Map<Kind, Integer> perMinute) {
    this(perMinute, Integer.MAX_VALUE);
  }

  /** Buckets at these rates, each holding at most {@code burst} tokens (and a minute's at most). */
  RateLimits(Map<Kind, Integer> perMinute, int burst) {
    this.perMinute = perMinute.isEmpty() ? Map.of() : new EnumMap<>(perMinute);
    this.burst = burst;
  }

  static Map<Kind, Integer> documented() {
    Map<Kind, Integer> rates = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      rates.put(kind, kind.documentedPerMinute);
    }
    return rates;
  }

  /** Takes one token from the bucket of this zone ("" for the zone list) and kind. */
  Outcome take(String zone, Kind kind, Instant now) {
    Integer rate = perMinute.get(kind);
    if (rate == null) {
      return Outcome.UNLIMITED;
    }
    Bucket bucket = buckets.computeIfAbsent(zone + " " + kind, key -> new Bucket(rate, burst, now));
    return bucket.take(now);
  }

  /**
   * A bucket holding at most {@code rate} tokens (or {@code burst}, when fewer), gaining {@code
   * rate} per minute. Its level is kept in nanoseconds of refill (a minute's tokens are one minute,
   * a token {@code 60 s / rate}), so that a clock moved by whole seconds gives exact answers.
   */
  private static final class Bucket {
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private final long cost;
    private final long full;
    private long level;
    private Instant at;

    Bucket(int rate, int burst, Instant now) {
      this.cost = MINUTE / rate;
      this.full = burst >= rate ? MINUTE : cost * burst;
      this.level = full;
      this.at = now;
    }

    Outcome take(Instant now) {
      if (now.isAfter(at)) {
        level = Math.min(full, level + Duration.between(at, now).toNanos());
        at = now;
      }
      if (level >= cost) {
        level -= cost;
        return new Outcome(true, level / cost, 0);
      }
      long wait = cost - level;
      long second = Duration.ofSeconds(1).toNanos();
      return new Outcome(false, 0, Math.max(1, (wait + second - 1) / second));
    }
  }
}
