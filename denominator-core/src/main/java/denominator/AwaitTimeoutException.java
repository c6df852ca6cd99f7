package denominator;

import java.time.Duration;

/**
 * A wait gave up: what was awaited (a change becoming visible at the provider, an answer from every
 * name server) did not happen within the time allowed. Nothing was undone; the awaited thing may
 * still happen later.
 */
public class AwaitTimeoutException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  public AwaitTimeoutException(String what, Duration timeout) {
    super(what + " not done after " + timeout);
    this.timeout = timeout;
  }

  /** How long was waited. */
  public Duration timeout() {
    return timeout;
  }
}
