package denominator.traffic;

import denominator.AcrossZones;
import denominator.DenominatorException;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.Plan;
import denominator.change.ZoneRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one plan per target, several targets at once ({@link AcrossZones}), the targets of
 * several providers side by side ({@link SideBySide}). In {@link ApplyMode#ATOMIC} mode a failure
 * at one target skips the targets not yet started and then undoes, from their plans, every target
 * that applied, so that every provider ends as it started; {@link ApplyMode#STOP_ON_FIRST} keeps
 * what was applied and skips the rest; {@link ApplyMode#BEST_EFFORT} goes on.
 */
final class MultiTargetApply {
  private static final Logger log = LoggerFactory.getLogger(MultiTargetApply.class);

  /**
   * @param madeFrom by target name, the read its plan was made from: applied with it ({@link
   *     denominator.DNSApi#apply(String, Plan, ApplyMode, ZoneRead)})
   */
  static OperationResult apply(
      List<Target> targets,
      Map<String, Plan> plans,
      Map<String, ZoneRead> madeFrom,
      ApplyMode mode,
      AcrossZones across) {
    AtomicBoolean failed = new AtomicBoolean();
    List<TargetResult> results =
        SideBySide.map(
            across,
            "apply",
            targets,
            Target::api,
            target -> {
              Plan plan = plans.get(target.name());
              if (failed.get() && mode != ApplyMode.BEST_EFFORT) {
                return new TargetResult(target, every(plan, ChangeOutcome::skipped), List.of());
              }
              ChangeResult result = applyOne(target, plan, madeFrom.get(target.name()), mode);
              if (!result.succeeded()) {
                failed.set(true);
              }
              return new TargetResult(target, result, List.of());
            });
    if (failed.get() && mode == ApplyMode.ATOMIC) {
      results = rollBack(results, plans, across);
    }
    return new OperationResult(results);
  }

  /** The target's plan applied, from {@code madeFrom} unless that is null. */
  private static ChangeResult applyOne(
      Target target, Plan plan, ZoneRead madeFrom, ApplyMode mode) {
    try {
      return madeFrom == null
          ? target.api().apply(target.zoneId(), plan, mode)
          : target.api().apply(target.zoneId(), plan, mode, madeFrom);
    } catch (DenominatorException e) {
      return every(plan, change -> ChangeOutcome.failed(change, e));
    }
  }

  /** Undoes every target that applied its plan; those that failed or were skipped stay. */
  private static List<TargetResult> rollBack(
      List<TargetResult> results, Map<String, Plan> plans, AcrossZones across) {
    return SideBySide.map(
        across,
        "roll back",
        results,
        applied -> applied.target().api(),
        applied -> {
          if (!applied.result().succeeded() || applied.result().outcomes().isEmpty()) {
            return applied;
          }
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
          return new TargetResult(target, result, problems);
        });
  }

  private static ChangeResult every(Plan plan, Function<Change, ChangeOutcome> outcome) {
    return ChangeResult.of(plan.changeSet().changes().stream().map(outcome).toList());
  }

  private MultiTargetApply() {}
}
