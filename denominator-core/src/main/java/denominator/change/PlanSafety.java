package denominator.change;

import denominator.ValidationException;
import denominator.model.RecordSetKey;
import java.util.List;

/**
 * Safety thresholds for applying a plan, as careful DNS tools have them: refuse a plan that updates
 * or deletes more than {@code maxShare} of an existing zone of at least {@code minZoneSize} sets,
 * or that changes the zone's apex NS or SOA. Only {@code force} overrides.
 *
 * @param maxShare the largest share (0..1) of existing sets a plan may update or delete
 * @param minZoneSize zones smaller than this are not held to {@code maxShare}
 */
public record PlanSafety(double maxShare, int minZoneSize) {
  public PlanSafety {
    if (!(maxShare >= 0 && maxShare <= 1)) {
      throw new ValidationException("bad safety share", Double.toString(maxShare), "0..1");
    }
    if (minZoneSize < 0) {
      throw new ValidationException("bad minimum zone size", Integer.toString(minZoneSize), ">= 0");
    }
  }

  /** 30% of zones of 10 sets or more. */
  public static PlanSafety defaults() {
    return new PlanSafety(0.30, 10);
  }

  /** Throws {@link PlanRefusedException} if {@code plan} is unsafe for a zone of this size. */
  public void check(Plan plan, int zoneSize) {
    List<RecordSetKey> apex =
        plan.changes().stream()
            .map(PlannedChange::key)
            .filter(k -> k.name().equals(plan.zone()) && List.of("NS", "SOA").contains(k.type()))
            .toList();
    if (!apex.isEmpty()) {
      throw new PlanRefusedException(
          PlanRefusedException.Reason.APEX,
          "plan changes the apex " + apex + " of " + plan.zone() + "; refused unless forced",
          apex);
    }
    long touched =
        plan.count(PlannedChange.Action.UPDATE) + plan.count(PlannedChange.Action.DELETE);
    if (zoneSize >= minZoneSize && touched > maxShare * zoneSize) {
      throw new PlanRefusedException(
          PlanRefusedException.Reason.TOO_MANY_CHANGES,
          String.format(
              "plan updates or deletes %d of %d sets in %s (more than %.0f%%);"
                  + " refused unless forced",
              touched, zoneSize, plan.zone(), maxShare * 100),
          List.of());
    }
  }
}
