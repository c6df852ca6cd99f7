package denominator.cli;

import com.google.gson.JsonObject;
import denominator.DenominatorException;
import denominator.change.ChangeOutcome;
import denominator.change.Plan;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.traffic.OperationResult;
import denominator.traffic.TargetResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Prints what a traffic operation ({@code geo evacuate}, {@code geo restore}) did, per change. */
final class TrafficReport {
  private TrafficReport() {}

  /**
   * Per change what happened: a line each, or with {@code -o json} a JSON event each; {@code plans}
   * by target name say what each changed set was before.
   *
   * @throws DenominatorException the first failure, when the operation was not fully applied
   */
  static void print(Session session, OperationResult result, Map<String, Plan> plans) {
    for (TargetResult target : result.targets()) {
      Map<RecordSetKey, ResourceRecordSet> before = new HashMap<>();
      Optional.ofNullable(plans.get(target.target().name()))
          .ifPresent(
              plan ->
                  plan.changes()
                      .forEach(c -> c.before().ifPresent(set -> before.put(c.key(), set))));
      for (ChangeOutcome outcome : target.result().outcomes()) {
        session
            .out()
            .println(
                session.json()
                    ? event(target, outcome, before.get(outcome.change().key()))
                    : outcome);
      }
      target.problems().forEach(problem -> session.note(target.target() + ": " + problem));
    }
    session.out().flush();
    if (!result.succeeded()) {
      throw result.targets().stream()
          .flatMap(t -> t.result().failures().stream())
          .findFirst()
          .flatMap(ChangeOutcome::error)
          .orElseGet(() -> new DenominatorException("operation not fully applied"));
    }
  }

  private static JsonObject event(
      TargetResult target, ChangeOutcome outcome, ResourceRecordSet before) {
    JsonObject event = new JsonObject();
    event.addProperty("event", "change");
    event.addProperty("target", target.target().name());
    event.addProperty("status", outcome.status().name());
    ChangeJson.of(outcome.change(), before)
        .entrySet()
        .forEach(field -> event.add(field.getKey(), field.getValue()));
    outcome.error().ifPresent(e -> event.addProperty("error", e.getMessage()));
    return event;
  }
}
