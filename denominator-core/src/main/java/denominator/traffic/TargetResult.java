package denominator.traffic;

import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import java.util.List;

/**
 * What happened at one target of a traffic operation: per change, applied, failed, rolled back
 * (undone because another target failed) or skipped.
 *
 * @param target the zone at one provider
 * @param result one outcome per change of the target's plan
 * @param problems what went wrong beyond the outcomes, such as a rollback that failed
 */
public record TargetResult(Target target, ChangeResult result, List<String> problems) {
  public TargetResult {
    problems = List.copyOf(problems);
  }

  /** True when every change was applied and stays applied. */
  public boolean succeeded() {
    return result.succeeded() && problems.isEmpty();
  }

  /** The outcomes with this status. */
  public List<ChangeOutcome> withStatus(ChangeOutcome.Status status) {
    return result.withStatus(status);
  }
}
