package denominator;

/**
 * The root of every exception that Denominator throws on purpose.
 *
 * <p>Subclasses exist only where a caller would act differently: a zone that does not exist, a
 * credential the provider refused, a request the provider throttled, a change the provider
 * rejected, input that failed validation before any request was sent, and a capability the provider
 * does not have. Callers branch on the type and its fields, never on the message.
 *
 * <p>Messages never contain a credential.
 */
public class DenominatorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DenominatorException(String message) {
    super(message);
  }

  public DenominatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
