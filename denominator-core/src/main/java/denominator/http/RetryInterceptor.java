package denominator.http;

import denominator.kit.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends a request again after a failure that is worth retrying, within a {@link RetryPolicy}.
 *
 * <p>It must be an application interceptor: only those may call {@code proceed()} more than once.
 *
 * <p>What is retried, and why:
 *
 * <ul>
 *   <li>429 for any method: the server declined the request without acting on it (RFC 6585 §4), so
 *       sending it again cannot apply it twice; unless its body is one-shot and cannot be resent.
 *   <li>500, 502, 503 and 504 for retry-safe requests only: the server, or a gateway that forwarded
 *       the request, may have acted before failing.
 *   <li>I/O failures (reset, refused, dropped, timed out, a body cut off) for retry-safe requests
 *       only, for the same reason; not cancellation, unknown hosts or certificate failures, which
 *       recur. The body of every answer to a retry-safe request, an error's too (a 404 may say "no
 *       such record set"), is read here, so that one cut off on the way is retried like a lost
 *       answer.
 * </ul>
 *
 * <p>Other statuses are returned as they are: the provider's error mapping decides what they mean.
 * The wait is the server's {@code Retry-After} when given, otherwise {@link RetryPolicy#backoff}. A
 * retry whose wait would end past {@link RetryPolicy#maxTotal} is not made: the last response is
 * returned, or the last failure thrown.
 *
 * <p>Thread-safe when its {@code random} is.
 */
final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final RandomGenerator random;

  RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, RandomGenerator random) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean retrySafe = RetrySafety.isRetrySafe(request);
    boolean replayable = RetrySafety.isReplayable(request);
    Instant start = clock.instant();
    for (int attempt = 1; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
        if (retrySafe) { // an error's body too: a vendor's 404 may be an answer (no such set)
          response = buffered(response);
        }
      } catch (IOException e) {
        Duration wait = backoff(attempt);
        if (!retrySafe || !isRetryable(e, chain) || !canRetry(attempt, wait, start)) {
          throw e;
        }
        sleep(wait);
        continue;
      }
      if (!isRetryable(response.code(), retrySafe, replayable)) {
        return response;
      }
      Duration wait = waitAfter(response, attempt);
      if (!canRetry(attempt, wait, start)) {
        return response;
      }
      response.close(); // frees the connection for the next attempt
      sleep(wait);
    }
  }

  private static boolean isRetryable(int code, boolean retrySafe, boolean replayable) {
    return (code == 429 && replayable)
        || (retrySafe && (code == 500 || code == 502 || code == 503 || code == 504));
  }

  /** The response with its body read, or an IOException if it was cut off. */
  private static Response buffered(Response response) throws IOException {
    try (ResponseBody body = response.body()) {
      return response
          .newBuilder()
          .body(ResponseBody.create(body.bytes(), body.contentType()))
          .build();
    }
  }

  private static boolean isRetryable(IOException e, Chain chain) {
    if (chain.call().isCanceled()) {
      return false;
    }
    if (e instanceof InterruptedIOException) {
      return e instanceof SocketTimeoutException;
    }
    return !(e instanceof UnknownHostException || e instanceof SSLPeerUnverifiedException);
  }

  private boolean canRetry(int attempt, Duration wait, Instant start) {
    return policy.allowsRetry(attempt, wait, Duration.between(start, clock.instant()));
  }

  private Duration backoff(int attempt) {
    return policy.backoff(attempt - 1, random);
  }

  /** The server's Retry-After when it sent one, even when longer than our backoff. */
  private Duration waitAfter(Response response, int attempt) {
    Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
    return retryAfter.isPresent() ? retryAfter.get() : backoff(attempt);
  }

  private void sleep(Duration wait) throws InterruptedIOException {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException(
              "interrupted while waiting " + wait.toMillis() + " ms to retry");
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
