package denominator.traffic;

import java.time.Duration;
import java.util.List;

/**
 * What a traffic operation did at every target, in the order it applied them.
 *
 * @param targets one result per target
 */
public record OperationResult(List<TargetResult> targets) {
  public OperationResult {
    targets = List.copyOf(targets);
  }

  /** True when every target applied every change. */
  public boolean succeeded() {
    return targets.stream().allMatch(TargetResult::succeeded);
  }

  /** Waits until every provider serves what was applied (Route53 INSYNC, for example). */
  public OperationResult await(Duration timeout) {
    targets.forEach(t -> t.result().await(timeout));
    return this;
  }
}
