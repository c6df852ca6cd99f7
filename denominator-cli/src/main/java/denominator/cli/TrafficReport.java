package denominator.cli;

import com.google.gson.JsonObject;
import denominator.DenominatorException;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeOutcome.Status;
import denominator.change.Plan;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.traffic.OperationResult;
import denominator.traffic.TargetResult;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints what a traffic operation ({@code geo evacuate}, {@code geo restore}) did, per change. */
final class TrafficReport {
  private TrafficReport() {}

  /** What became of one zone: the summary's columns. */
  enum ZoneState {
    CHANGED("changed"),
    UNCHANGED("unchanged"),
    ROLLED_BACK("rolledBack"),
    FAILED("failed"),
    SKIPPED("skipped");

    private final String json;

    ZoneState(String json) {
      this.json = json;
    }

    String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A target's state; {@code null} (a target that was not applied) is unchanged. */
    static ZoneState of(TargetResult target) {
      if (target == null || target.result().outcomes().isEmpty()) {
        return UNCHANGED;
      }
      if (target.succeeded()) {
        return CHANGED;
      }
      List<ChangeOutcome> outcomes = target.result().outcomes();
      if (target.problems().isEmpty()
          && outcomes.stream().allMatch(o -> o.status() == Status.ROLLED_BACK)) {
        return ROLLED_BACK;
      }
      if (outcomes.stream().allMatch(o -> o.status() == Status.SKIPPED)) {
        return SKIPPED;
      }
      return FAILED;
    }
  }

  /** What a dry run would apply: each plan as a table, or with {@code -o json} as JSON a line. */
  static void dryRun(Session session, Collection<Plan> plans) {
    plans.forEach(
        plan ->
            session
                .out()
                .print(session.json() ? plan.toJson() + "\n" : "dry run: " + plan.toTable()));
    session.out().flush();
  }

  /**
   * Per change what happened: a line each, or with {@code -o json} a JSON event each; {@code plans}
   * by target name say what each changed set was before.
   *
   * @throws DenominatorException the first failure, when the operation was not fully applied
   */
  static void print(Session session, OperationResult result, Map<String, Plan> plans) {
    for (TargetResult target : result.targets()) {
      printOutcomes(session, target, plans, "");
    }
    session.out().flush();
    throwIfFailed(result);
  }

  /**
   * The report of an operation over many zones: per zone that had changes, its state and then a
   * line (or JSON event) per change; then one summary line, {@code 3 zones: 2 changed, 1 unchanged,
   * 0 rolled back, 0 failed} (with {@code -o json} an event {@code summary}). {@code plans} by
   * target name hold every zone of the operation; a zone {@code result} has no target for, or whose
   * plan was empty, is unchanged.
   *
   * @throws DenominatorException the first failure, when the operation was not fully applied
   */
  static void printZones(Session session, OperationResult result, Map<String, Plan> plans) {
    Map<String, TargetResult> byName = new HashMap<>();
    result.targets().forEach(t -> byName.put(t.target().name(), t));
    Map<ZoneState, Integer> counts = new EnumMap<>(ZoneState.class);
    for (ZoneState state : ZoneState.values()) {
      counts.put(state, 0);
    }
    for (String name : plans.keySet()) {
      TargetResult target = byName.get(name);
      ZoneState state = ZoneState.of(target);
      counts.merge(state, 1, Integer::sum);
      if (state == ZoneState.UNCHANGED) {
        continue;
      }
      if (!session.json()) {
        session.out().println(name + " (id " + target.target().zoneId() + "): " + state.words());
      }
      printOutcomes(session, target, plans, "  ");
    }
    session.out().println(summary(session.json(), plans.size(), counts));
    session.out().flush();
    throwIfFailed(result);
  }

  private static String summary(boolean json, int zones, Map<ZoneState, Integer> counts) {
    if (json) {
      JsonObject event = new JsonObject();
      event.addProperty("event", "summary");
      event.addProperty("zones", zones);
      counts.forEach((state, count) -> event.addProperty(state.json, count));
      return event.toString();
    }
    StringBuilder line = new StringBuilder().append(zones).append(zones == 1 ? " zone" : " zones");
    String separator = ": ";
    for (ZoneState state : ZoneState.values()) {
      if (state != ZoneState.SKIPPED || counts.get(state) > 0) {
        line.append(separator).append(counts.get(state)).append(' ').append(state.words());
        separator = ", ";
      }
    }
    return line.toString();
  }

  private static void printOutcomes(
      Session session, TargetResult target, Map<String, Plan> plans, String indent) {
    Map<RecordSetKey, ResourceRecordSet> before = new HashMap<>();
    Optional.ofNullable(plans.get(target.target().name()))
        .ifPresent(
            plan ->
                plan.changes().forEach(c -> c.before().ifPresent(set -> before.put(c.key(), set))));
    for (ChangeOutcome outcome : target.result().outcomes()) {
      session
          .out()
          .println(
              session.json()
                  ? event(target, outcome, before.get(outcome.change().key()))
                  : indent + outcome);
    }
    target.problems().forEach(problem -> session.note(target.target() + ": " + problem));
  }

  private static void throwIfFailed(OperationResult result) {
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
