package denominator.change;

import denominator.DNSApi;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a reviewed {@link Plan} to a zone: reads the zone once, refuses the plan if it is stale
 * or unsafe, then applies its change set with {@link DNSApi#apply(String, Plan, ApplyMode)}, which
 * providers that can re-check staleness in the same transaction as the changes.
 *
 * @param mode what to do when one change fails
 * @param safety the thresholds checked unless {@code force}
 * @param force apply even if the plan fails the safety thresholds; a stale plan is always refused
 */
public record PlanApply(ApplyMode mode, PlanSafety safety, boolean force) {

  /** Atomic, with the default thresholds, not forced. */
  public static PlanApply defaults() {
    return new PlanApply(ApplyMode.ATOMIC, PlanSafety.defaults(), false);
  }

  public PlanApply forced() {
    return new PlanApply(mode, safety, true);
  }

  public PlanApply mode(ApplyMode mode) {
    return new PlanApply(mode, safety, force);
  }

  /**
   * Applies {@code plan} to the zone {@code zoneId} of {@code api}.
   *
   * @throws PlanRefusedException before any change is sent, if the plan is stale or unsafe
   */
  public ChangeResult apply(DNSApi api, String zoneId, Plan plan) {
    check(api, zoneId, plan);
    return api.apply(zoneId, plan, mode);
  }

  /**
   * Everything {@link #apply} checks before it sends a change, and nothing else: for a dry run that
   * refuses what the real run would.
   *
   * @throws PlanRefusedException if the plan is stale or unsafe
   */
  public void check(DNSApi api, String zoneId, Plan plan) {
    Map<RecordSetKey, ResourceRecordSet> live = new HashMap<>();
    api.recordSets(zoneId).forEach(set -> live.put(set.key(), set));
    List<PlannedChange> stale = plan.stale(live);
    if (!stale.isEmpty()) {
      throw PlanRefusedException.stale(
          plan.zone(), stale.stream().map(PlannedChange::key).toList());
    }
    if (!force) {
      long zoneSize = live.keySet().stream().filter(k -> !k.type().equals("SOA")).count();
      safety.check(plan, (int) zoneSize);
    }
  }
}
