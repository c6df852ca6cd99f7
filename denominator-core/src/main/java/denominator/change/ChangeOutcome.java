package denominator.change;

import denominator.DenominatorException;
import java.util.Optional;

/** What happened to one change of a change set. */
public record ChangeOutcome(Change change, Status status, Optional<DenominatorException> error) {

  /** The fate of one change. */
  public enum Status {
    /** The provider made the change (for asynchronous providers: accepted it). */
    APPLIED,
    /** The provider refused the change or the request failed; see the error. */
    FAILED,
    /** The change was made, then undone because another change of an atomic set failed. */
    ROLLED_BACK,
    /** The change was not attempted because an earlier one failed. */
    SKIPPED,
    /**
     * The request carrying the change got no usable answer and reading the zone did not settle it:
     * the provider may or may not have made the change. Read the zone, then plan again.
     */
    UNKNOWN
  }

  public static ChangeOutcome applied(Change change) {
    return new ChangeOutcome(change, Status.APPLIED, Optional.empty());
  }

  public static ChangeOutcome failed(Change change, DenominatorException error) {
    return new ChangeOutcome(change, Status.FAILED, Optional.of(error));
  }

  public static ChangeOutcome unknown(Change change, DenominatorException error) {
    return new ChangeOutcome(change, Status.UNKNOWN, Optional.of(error));
  }

  public static ChangeOutcome rolledBack(Change change) {
    return new ChangeOutcome(change, Status.ROLLED_BACK, Optional.empty());
  }

  public static ChangeOutcome skipped(Change change) {
    return new ChangeOutcome(change, Status.SKIPPED, Optional.empty());
  }

  @Override
  public String toString() {
    return status + " " + change + error.map(e -> ": " + e.getMessage()).orElse("");
  }
}
