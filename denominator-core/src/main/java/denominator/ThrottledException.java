package denominator;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider throttled a request and retries within the configured limits did not get it through.
 * Carries how long the provider asked the caller to wait, when it said.
 */
public class ThrottledException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public ThrottledException(String provider, String detail, Duration retryAfter) {
    super(
        provider
            + ": throttled: "
            + detail
            + (retryAfter != null ? " (retry after " + retryAfter.toMillis() + " ms)" : ""));
    this.retryAfter = retryAfter;
  }

  /** How long the provider asked the caller to wait, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
