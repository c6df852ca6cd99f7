package denominator;

/**
 * Input that Denominator refused before sending any request: a malformed name, address, TTL, region
 * code, credential form or option. Carries the offending value and what was expected.
 *
 * <p>The message reads {@code "<problem>: <value> (expected <expected>)"}.
 */
public class ValidationException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  private final String value;
  private final String expected;

  public ValidationException(String problem, String value, String expected) {
    super(problem + ": " + value + " (expected " + expected + ")");
    this.value = value;
    this.expected = expected;
  }

  /** The value that was refused, as the caller gave it. */
  public String value() {
    return value;
  }

  /** What would have been accepted, in words. */
  public String expected() {
    return expected;
  }
}
