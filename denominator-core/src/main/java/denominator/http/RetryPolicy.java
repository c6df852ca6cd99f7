package denominator.http;

import denominator.ValidationException;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often and how long to retry a request that failed in a way that is safe to retry.
 *
 * <p>A request is tried at most {@link #maxAttempts} times in all, and no retry starts once the
 * wait before it would end more than {@link #maxTotal} after the first attempt began. Between
 * attempts the client waits for the server's {@code Retry-After} when it sent one, otherwise for
 * {@link #backoff exponential backoff with full jitter}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts attempts in all, including the first; at least 1 (1 means never retry)
 * @param baseDelay the ceiling of the first backoff; zero or more
 * @param maxDelay the largest ceiling of any backoff; at least {@code baseDelay}
 * @param maxTotal the time budget for all attempts and waits of one call; zero or more
 * @see <a href="https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/">
 *     Exponential backoff and jitter</a>
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotal) {
  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofSeconds(60));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new ValidationException(
          "bad retry maxAttempts", Integer.toString(maxAttempts), "1 or more");
    }
    checkNotNegative("baseDelay", baseDelay);
    checkNotNegative("maxDelay", maxDelay);
    checkNotNegative("maxTotal", maxTotal);
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new ValidationException(
          "bad retry maxDelay", maxDelay.toString(), "at least baseDelay " + baseDelay);
    }
  }

  /** 5 attempts, backoff from 200 ms up to 10 s, within 60 s in all. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return DEFAULTS.withMaxAttempts(1);
  }

  public RetryPolicy withMaxAttempts(int maxAttempts) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxTotal);
  }

  public RetryPolicy withBaseDelay(Duration baseDelay) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxTotal);
  }

  public RetryPolicy withMaxDelay(Duration maxDelay) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxTotal);
  }

  public RetryPolicy withMaxTotal(Duration maxTotal) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxTotal);
  }

  /**
   * Returns how long to wait before retry number {@code retry + 1}: a uniformly random duration
   * between zero and {@code min(maxDelay, baseDelay * 2^retry)}, both inclusive ("full jitter").
   *
   * @param retry how many retries came before this one; 0 for the first
   * @param random the source of jitter; must be safe for the calling thread to use
   */
  public Duration backoff(int retry, RandomGenerator random) {
    if (retry < 0) {
      throw new ValidationException("bad retry number", Integer.toString(retry), "0 or more");
    }
    long ceiling = ceilingNanos(retry);
    return Duration.ofNanos(random.nextLong(ceiling + 1));
  }

  /**
   * Whether attempt {@code attempt} (1 for the first) may be followed by another after waiting
   * {@code wait}, when {@code elapsed} has passed since the first began: attempts remain and the
   * wait ends within {@link #maxTotal}. Durations are compared, not added, so that a huge wait
   * cannot overflow.
   */
  public boolean allowsRetry(int attempt, Duration wait, Duration elapsed) {
    return attempt < maxAttempts && wait.compareTo(maxTotal.minus(elapsed)) <= 0;
  }

  private long ceilingNanos(int retry) {
    long base = baseDelay.toNanos();
    long max = maxDelay.toNanos();
    // base << retry overflows once the shift reaches the leading zero bits of base.
    if (base == 0 || retry >= Long.numberOfLeadingZeros(base) - 1) {
      return base == 0 ? 0 : max;
    }
    return Math.min(max, base << retry);
  }

  private static void checkNotNegative(String field, Duration value) {
    if (value == null || value.isNegative()) {
      throw new ValidationException(
          "bad retry " + field, String.valueOf(value), "a duration of zero or more");
    }
  }
}
