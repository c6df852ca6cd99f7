package denominator.traffic;

import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.WeightRange;
import denominator.model.Weighted;
import java.util.ArrayList;
import java.util.List;

/**
 * A weighted ramp: moves traffic of one name and type from one weighted set to another in steps,
 * such as 1%, 5%, 25%, 50%, 100%, each step one atomic change set of both weights. After each step
 * a {@link Listener} decides whether to go on (having waited or verified) or to abort, which
 * returns both sets to their weights before the ramp.
 *
 * <p>A ramp stopped from outside (an operator's Ctrl-C or SIGTERM) is an abort: the listener
 * answers false at the step in flight, once that step's change set has been applied or refused, and
 * the ramp rolls back to where it started, the state that was known to be good. It never stops
 * half-way without saying so: {@link Result} names the last step and the rollback.
 */
public final class WeightShift {

  /** Called after each step. */
  @FunctionalInterface
  public interface Listener {
    /** True to go on to the next step, false to abort and roll back. */
    boolean afterStep(Step step);
  }

  /**
   * One applied step.
   *
   * @param percent the share of the two sets' total weight now on {@code to}
   * @param fromWeight the weight now on {@code from}
   * @param toWeight the weight now on {@code to}
   * @param result what the provider did
   */
  public record Step(int percent, int fromWeight, int toWeight, ChangeResult result) {}

  /**
   * The weights of one step of a ramp, planned and not applied.
   *
   * @param percent the share of the two sets' total weight on {@code to}
   * @param fromWeight the weight on {@code from}
   * @param toWeight the weight on {@code to}
   */
  public record Weights(int percent, int fromWeight, int toWeight) {}

  /**
   * What the ramp did.
   *
   * @param steps the steps applied, in order
   * @param completed true if every step was applied and none aborted
   * @param rollback the change that restored the original weights, if the ramp was aborted or a
   *     step failed
   */
  public record Result(List<Step> steps, boolean completed, List<ChangeResult> rollback) {}

  /**
   * Ramps traffic of {@code name}/{@code type} in zone {@code zoneId} from weighted qualifier
   * {@code from} to {@code to}. The two sets keep their total weight (capped at the provider's
   * maximum); each step gives {@code to} its percentage of it.
   *
   * @throws ValidationException before any change, for bad percentages or missing sets
   */
  public static Result shift(
      Target target,
      String name,
      String type,
      String from,
      String to,
      List<Integer> percents,
      Listener listener) {
    Ramp ramp = Ramp.read(target, name, type, from, to, percents);
    ResourceRecordSet source = ramp.source();
    ResourceRecordSet destination = ramp.destination();
    List<Step> steps = new ArrayList<>();
    for (Weights weights : ramp.steps()) {
      ChangeResult result =
          target
              .api()
              .apply(
                  target.zoneId(),
                  ChangeSet.builder()
                      .put(weigh(source, weights.fromWeight()))
                      .put(weigh(destination, weights.toWeight()))
                      .build(),
                  ApplyMode.ATOMIC);
      steps.add(new Step(weights.percent(), weights.fromWeight(), weights.toWeight(), result));
      if (!result.succeeded() || !listener.afterStep(steps.get(steps.size() - 1))) {
        ChangeResult undo =
            target
                .api()
                .apply(
                    target.zoneId(),
                    ChangeSet.builder().put(source).put(destination).build(),
                    ApplyMode.ATOMIC);
        return new Result(steps, false, List.of(undo));
      }
    }
    return new Result(steps, true, List.of());
  }

  /**
   * The weights each step of {@link #shift} would set, read from the provider and checked as {@code
   * shift} checks them, with nothing applied: for a dry run.
   *
   * @throws ValidationException for bad percentages or missing sets
   */
  public static List<Weights> plan(
      Target target, String name, String type, String from, String to, List<Integer> percents) {
    return Ramp.read(target, name, type, from, to, percents).steps();
  }

  /** The two sets of a ramp as read, and the weights of its steps. */
  private record Ramp(
      ResourceRecordSet source, ResourceRecordSet destination, List<Weights> steps) {
    static Ramp read(
        Target target, String name, String type, String from, String to, List<Integer> percents) {
      WeightedResourceRecordSetApi weighted =
          target
              .api()
              .weightedRecordSets(target.zoneId())
              .orElseThrow(
                  () -> new UnsupportedCapabilityException(target.name(), "weighted record sets"));
      checkSteps(percents);
      ResourceRecordSet source = require(weighted, RecordSetKey.of(name, type, from));
      ResourceRecordSet destination = require(weighted, RecordSetKey.of(name, type, to));
      WeightRange range = weighted.supportedWeights();
      int total =
          Math.min(
              range.max(),
              source.weighted().orElseThrow().weight()
                  + destination.weighted().orElseThrow().weight());
      if (total == 0) {
        throw new ValidationException(
            "no weight to shift", from + "+" + to + "=0", "a total weight above 0");
      }
      List<Weights> steps =
          percents.stream()
              .map(
                  percent -> {
                    // On the provider's steps: UltraDNS takes even weights from 2, so its 0% is 2.
                    int toWeight = range.nearest(Math.round(total * percent / 100f));
                    return new Weights(percent, range.nearest(total - toWeight), toWeight);
                  })
              .toList();
      return new Ramp(source, destination, steps);
    }
  }

  private static ResourceRecordSet weigh(ResourceRecordSet set, int weight) {
    return set.toBuilder().weighted(new Weighted(weight)).build();
  }

  private static ResourceRecordSet require(WeightedResourceRecordSetApi api, RecordSetKey key) {
    return api.get(key)
        .orElseThrow(
            () ->
                new ValidationException(
                    "no weighted set",
                    key.toString(),
                    "an existing weighted set to shift between"));
  }

  /**
   * Throws unless {@code percents} are ramp steps {@link #shift} accepts: increasing, from 0 to
   * 100, at least one. Callers may check them before any request; {@code shift} checks them too.
   */
  public static void checkSteps(List<Integer> percents) {
    int last = -1;
    for (int percent : percents) {
      if (percent < 0 || percent > 100 || percent <= last) {
        throw new ValidationException(
            "bad ramp steps",
            percents.toString(),
            "increasing percentages from 0 to 100, e.g. 1,5,25,50,100");
      }
      last = percent;
    }
    if (percents.isEmpty()) {
      throw new ValidationException("no ramp steps", "[]", "e.g. 1,5,25,50,100");
    }
  }

  private WeightShift() {}
}
