package denominator.change;

import denominator.DenominatorException;
import java.time.Duration;
import java.util.List;

/**
 * What {@code apply} did, per change, and a way to wait until the provider serves it.
 *
 * <p>Providers that apply changes asynchronously (Route53's PENDING then INSYNC) return a result
 * whose {@link #await} polls the provider; for the others the changes are visible when {@code
 * apply} returns and {@code await} returns at once.
 */
public final class ChangeResult {

  /** Waits until the provider serves the applied changes, or the timeout passes. */
  @FunctionalInterface
  public interface Sync {
    Sync IMMEDIATE = timeout -> {};

    /** Returns once the changes are live; throws {@link DenominatorException} on timeout. */
    void await(Duration timeout);
  }

  private final List<ChangeOutcome> outcomes;
  private final Sync sync;

  private ChangeResult(List<ChangeOutcome> outcomes, Sync sync) {
    this.outcomes = List.copyOf(outcomes);
    this.sync = sync;
  }

  /** A result whose applied changes are already visible. */
  public static ChangeResult of(List<ChangeOutcome> outcomes) {
    return new ChangeResult(outcomes, Sync.IMMEDIATE);
  }

  /** A result whose applied changes become visible later; {@code sync} waits for them. */
  public static ChangeResult of(List<ChangeOutcome> outcomes, Sync sync) {
    return new ChangeResult(outcomes, sync);
  }

  /** One outcome per change, in the change set's order. */
  public List<ChangeOutcome> outcomes() {
    return outcomes;
  }

  /** True when every change was applied. */
  public boolean succeeded() {
    return outcomes.stream().allMatch(o -> o.status() == ChangeOutcome.Status.APPLIED);
  }

  /** The outcomes of the changes that failed, or whose fate is unknown. */
  public List<ChangeOutcome> failures() {
    return outcomes.stream()
        .filter(
            o ->
                o.status() == ChangeOutcome.Status.FAILED
                    || o.status() == ChangeOutcome.Status.UNKNOWN)
        .toList();
  }

  /**
   * Returns this result when every change was applied.
   *
   * @throws ChangeFailedException otherwise, carrying this result
   */
  public ChangeResult orThrow() {
    if (!succeeded()) {
      throw new ChangeFailedException(this);
    }
    return this;
  }

  /** The outcomes with this status. */
  public List<ChangeOutcome> withStatus(ChangeOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).toList();
  }

  /**
   * Waits until the provider serves what was applied, then returns this result.
   *
   * @throws DenominatorException if the timeout passes first
   */
  public ChangeResult await(Duration timeout) {
    sync.await(timeout);
    return this;
  }

  @Override
  public String toString() {
    return "ChangeResult" + outcomes;
  }
}
