package denominator.clouddns;

import denominator.http.RetryAfter;
import denominator.kit.TokenExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Turns Cloud DNS's rate-limit answer, a 413 with {@code Reply-After} (an ISO 8601 instant, the
 * documented spelling) or {@code Retry-After}, into a 429 with {@code Retry-After} in seconds, so
 * that the HTTP layer retries it for every method after that wait, as it does any throttling: the
 * request was not acted on. A 413 without either header is a size or quota refusal, left as it is.
 */
final class CloudDnsThrottling implements Interceptor {
  private final Clock clock;

  CloudDnsThrottling(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 413) {
      return response;
    }
    String retryAfter = response.header("Retry-After");
    String replyAfter = response.header("Reply-After");
    if (retryAfter == null && replyAfter == null) {
      return response;
    }
    Response.Builder throttled =
        response.newBuilder().code(429).removeHeader("Retry-After").removeHeader("Reply-After");
    wait(retryAfter, replyAfter)
        .ifPresent( // rounded up: never early
            wait -> throttled.header("Retry-After", Long.toString((wait.toMillis() + 999) / 1000)));
    return throttled.build();
  }

  /**
   * {@code Retry-After} when readable, else {@code Reply-After} minus now, at least zero; empty
   * when neither is readable (the retry policy's backoff then applies).
   */
  Optional<Duration> wait(String retryAfter, String replyAfter) {
    Optional<Duration> retry = RetryAfter.parse(retryAfter, clock);
    if (retry.isPresent() || replyAfter == null) {
      return retry;
    }
    try {
      Duration left = Duration.between(clock.instant(), TokenExchange.instant(replyAfter));
      return Optional.of(left.isNegative() ? Duration.ZERO : left);
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
