package denominator.traffic;

import denominator.DenominatorException;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one plan per target, target after target. In {@link ApplyMode#ATOMIC} mode a failure at
 * one target undoes, from their plans, the targets already applied (newest first) and skips the
 * rest, so that every provider ends as it started; {@link ApplyMode#STOP_ON_FIRST} keeps what was
 * applied and skips the rest; {@link ApplyMode#BEST_EFFORT} goes on.
 */
final class MultiTargetApply {
  private static final Logger log = LoggerFactory.getLogger(MultiTargetApply.class);

  static OperationResult apply(List<Target> targets, Map<String, Plan> plans, ApplyMode mode) {
    List<TargetResult> results = new ArrayList<>();
    boolean failed = false;
    for (Target target : targets) {
      Plan plan = plans.get(target.name());
      if (failed && mode != ApplyMode.BEST_EFFORT) {
        results.add(new TargetResult(target, every(plan, ChangeOutcome::skipped), List.of()));
        continue;
      }
      ChangeResult result = applyOne(target, plan, mode);
      results.add(new TargetResult(target, result, List.of()));
      if (!result.succeeded() && !failed) {
        failed = true;
        if (mode == ApplyMode.ATOMIC) {
          rollBack(results, plans);
        }
      }
    }
    return new OperationResult(results);
  }

  private static ChangeResult applyOne(Target target, Plan plan, ApplyMode mode) {
    try {
      return target.api().apply(target.zoneId(), plan, mode);
    } catch (DenominatorException e) {
      return every(plan, change -> ChangeOutcome.failed(change, e));
    }
  }

  /** Undoes, newest first, every target before the last one, which failed. */
  private static void rollBack(List<TargetResult> results, Map<String, Plan> plans) {
    for (int i = results.size() - 2; i >= 0; i--) {
      TargetResult applied = results.get(i);
      Target target = applied.target();
      Plan undo = plans.get(target.name()).inverse();
      List<String> problems = new ArrayList<>();
      try {
        ChangeResult undone = target.api().apply(target.zoneId(), undo, ApplyMode.ATOMIC);
        if (!undone.succeeded()) {
          problems.add("rollback failed: " + undone.failures());
        }
      } catch (DenominatorException e) {
        problems.add("rollback failed: " + e.getMessage());
      }
      problems.forEach(p -> log.warn("{}: {}", target, p));
      ChangeResult result =
          problems.isEmpty()
              ? ChangeResult.of(
                  applied.result().outcomes().stream()
                      .map(o -> ChangeOutcome.rolledBack(o.change()))
                      .toList())
              : applied.result();
      results.set(i, new TargetResult(target, result, problems));
    }
  }

  private static ChangeResult every(Plan plan, Function<Change, ChangeOutcome> outcome) {
    return ChangeResult.of(plan.changeSet().changes().stream().map(outcome).toList());
  }

  private MultiTargetApply() {}
}
