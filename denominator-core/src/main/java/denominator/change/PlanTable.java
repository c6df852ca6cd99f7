package denominator.change;

import denominator.model.ResourceRecordSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Renders a plan for review: a summary line, then one block per change. */
final class PlanTable {

  static String render(Plan plan) {
    StringBuilder out =
        new StringBuilder()
            .append("plan for ")
            .append(plan.zone())
            .append(": ")
            .append(plan.count(PlannedChange.Action.CREATE))
            .append(" to create, ")
            .append(plan.count(PlannedChange.Action.UPDATE))
            .append(" to update, ")
            .append(plan.count(PlannedChange.Action.DELETE))
            .append(" to delete\n");
    for (PlannedChange change : plan.changes()) {
      out.append(change.action().symbol()).append(' ').append(change.key()).append('\n');
      ResourceRecordSet before = change.before().orElse(null);
      ResourceRecordSet after = change.after().orElse(null);
      field(out, "ttl", before, after, s -> s.ttl().isPresent() ? s.ttl().getAsInt() : "default");
      field(out, "records", before, after, ResourceRecordSet::records);
      field(out, "geo", before, after, s -> s.geo().map(Object::toString).orElse(null));
      field(
          out,
          "weight",
          before,
          after,
          s -> s.weighted().map(w -> Integer.toString(w.weight())).orElse(null));
      field(
          out,
          "provider data",
          before,
          after,
          s -> s.providerData().isEmpty() ? null : s.providerData());
    }
    return out.toString();
  }

  /** One line for a field that differs: {@code old -> new}, or just the value on one side. */
  private static void field(
      StringBuilder out,
      String name,
      ResourceRecordSet before,
      ResourceRecordSet after,
      Function<ResourceRecordSet, Object> value) {
    Optional<Object> old = Optional.ofNullable(before).map(value);
    Optional<Object> now = Optional.ofNullable(after).map(value);
    if (Objects.equals(old, now) && before != null && after != null) {
      return;
    }
    if (old.isEmpty() && now.isEmpty()) {
      return;
    }
    out.append("    ").append(name).append(": ");
    if (before != null && after != null) {
      out.append(old.map(Object::toString).orElse("none"))
          .append(" -> ")
          .append(now.map(Object::toString).orElse("none"));
    } else {
      out.append(old.or(() -> now).orElseThrow());
    }
    out.append('\n');
  }

  private PlanTable() {}
}
