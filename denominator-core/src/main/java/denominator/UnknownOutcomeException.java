package denominator;

/**
 * A request was sent, or may have been, and no usable answer came back: the connection dropped, the
 * read timed out, or the response could not be read. The provider may have acted on it.
 *
 * <p>For a read, try again. For a write, read the zone before deciding: {@code apply} reports the
 * changes such a request carried as {@link denominator.change.ChangeOutcome.Status#UNKNOWN} unless
 * it could confirm them by reading.
 */
public class UnknownOutcomeException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  public UnknownOutcomeException(String message, Throwable cause) {
    super(message, cause);
  }
}
