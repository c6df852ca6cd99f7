package denominator.kit;

import denominator.DenominatorException;
import denominator.ProviderConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Paces a vendor's requests by the rate-limit headers its answers carry, so that a long listing or
 * change set is not throttled into 429 answers (NS1: {@code X-RateLimit-Limit}, {@code -Remaining},
 * {@code -Period}). Each answer says, for its bucket, how many requests a period allows and how
 * many are left; when too few are left, the next request of that bucket waits for the vendor's
 * bucket to refill one: {@code period / limit}. A vendor keeps a bucket per key and kind of
 * request; {@code bucket} names the bucket of a request. An answer without the headers changes
 * nothing. A 429 that comes anyway is retried by the HTTP layer; as an {@link #interceptor()}
 * inside those retries, the pacer learns from the 429's headers too, so that its retry waits for a
 * refill even when the vendor sends no {@code Retry-After}.
 *
 * <p>Waits are the config's {@link Sleeper} on its clock, so a test's {@link ManualTime} measures
 * them without waiting. Thread-safe: threads sharing a bucket take its free requests in turn.
 */
public final class RateLimitPacer {
  private final String limitHeader;
  private final String remainingHeader;
  private final String periodHeader;
  private final BiFunction<String, HttpUrl, String> bucket;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Bucket> buckets = new HashMap<>();

  /**
   * @param limitHeader the answer header that says how many requests a period allows
   * @param remainingHeader the header that says how many are left
   * @param periodHeader the header that says the period, in seconds
   * @param bucket the bucket of a request, from its method and URL
   */
  public RateLimitPacer(
      ProviderConfig config,
      String limitHeader,
      String remainingHeader,
      String periodHeader,
      BiFunction<String, HttpUrl, String> bucket) {
    this.limitHeader = Objects.requireNonNull(limitHeader, "limitHeader");
    this.remainingHeader = Objects.requireNonNull(remainingHeader, "remainingHeader");
    this.periodHeader = Objects.requireNonNull(periodHeader, "periodHeader");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.clock = config.clock();
    this.sleeper = config.sleeper();
  }

  /**
   * This pacer around each attempt of a request: {@link #before} it is sent, {@link #after} its
   * answer. Added as the innermost application interceptor, it sees every retry.
   */
  public Interceptor interceptor() {
    return chain -> {
      Request request = chain.request();
      before(request.method(), request.url());
      Response response = chain.proceed(request);
      after(request.method(), request.url(), response.headers());
      return response;
    };
  }

  /** Waits, if the last answer of this request's bucket said so, until the request may go. */
  public void before(String method, HttpUrl url) {
    Bucket of;
    synchronized (buckets) {
      of = buckets.get(bucket.apply(method, url));
    }
    if (of != null) {
      of.take();
    }
  }

  /** Learns from an answer's headers how full its request's bucket is. */
  public void after(String method, HttpUrl url, Headers headers) {
    OptionalLong limit = number(headers, limitHeader);
    OptionalLong remaining = number(headers, remainingHeader);
    OptionalLong period = number(headers, periodHeader);
    if (limit.isEmpty()
        || remaining.isEmpty()
        || period.isEmpty()
        || limit.getAsLong() <= 0
        || period.getAsLong() <= 0) {
      return;
    }
    Bucket of;
    synchronized (buckets) {
      of = buckets.computeIfAbsent(bucket.apply(method, url), name -> new Bucket());
    }
    of.learn(
        remaining.getAsLong(), Duration.ofSeconds(period.getAsLong()).dividedBy(limit.getAsLong()));
  }

  /**
   * How long the bucket of this request takes to refill one request ({@code period / limit}), as
   * its last answer said; empty before any answer with the headers.
   */
  public Optional<Duration> refill(String method, HttpUrl url) {
    Bucket of;
    synchronized (buckets) {
      of = buckets.get(bucket.apply(method, url));
    }
    return of == null ? Optional.empty() : of.refill();
  }

  private static OptionalLong number(Headers headers, String name) {
    String value = name.isEmpty() ? null : headers.get(name);
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * One bucket as the vendor last described it: requests left, and when the next one may go once
   * none is left.
   */
  private final class Bucket {
    private long remaining = Long.MAX_VALUE;
    private Duration refill = Duration.ZERO;
    private Instant next = Instant.MIN;

    synchronized void learn(long remaining, Duration refill) {
      this.remaining = remaining;
      this.refill = refill;
      if (remaining <= 0) {
        next = clock.instant().plus(refill);
      }
    }

    synchronized Optional<Duration> refill() {
      return refill.isZero() ? Optional.empty() : Optional.of(refill);
    }

    // Requests left go at once; past them, one request per refill.
    synchronized void take() {
      if (remaining > 0) {
        remaining--;
        if (remaining == 0) {
          next = clock.instant().plus(refill);
        }
        return;
      }
      Duration wait = Duration.between(clock.instant(), next);
      if (!wait.isNegative() && !wait.isZero()) {
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DenominatorException("interrupted while pacing requests", e);
        }
      }
      next = clock.instant().plus(refill);
    }
  }
}
