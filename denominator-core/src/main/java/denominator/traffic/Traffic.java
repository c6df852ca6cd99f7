package denominator.traffic;

import denominator.AcrossZones;
import denominator.DNSApi;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.change.PlannedChange;
import denominator.change.ZoneRead;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Traffic operations for failover tooling, over one or several providers at once: evacuate a geo
 * qualifier and restore it from the snapshot taken before. Each target gets one change set, applied
 * in as few atomic batches as its provider allows. Targets are read and applied several at once
 * ({@link AcrossZones#DEFAULT}, or as an {@link AcrossZones} argument says), each request in its
 * account's request budget; targets at several providers take turns, one of each provider in turn,
 * so that no provider waits behind another's request limit. Results keep the targets' order.
 */
public final class Traffic {

  /**
   * Moves every region that geo qualifier {@code from} serves, in every target, to the saviour
   * qualifiers {@code saviours} (the policy picks which saviour takes which region) and deletes the
   * evacuated sets. Plans everything first; hands the snapshot to {@code saveSnapshot} before any
   * change is sent, so a failed save changes nothing. Each target's zone is read once for its plan,
   * and the plan applied with that read ({@link DNSApi#apply(String, Plan, ApplyMode, ZoneRead)}),
   * so that a provider may read again in fewer requests.
   *
   * @throws ValidationException before any change if no geo set of any target has qualifier {@code
   *     from} or one of the {@code saviours}, or a name with an evacuated set has no saviour
   * @throws UnsupportedCapabilityException if a target's provider has no geo support
   */
  public static OperationResult evacuate(
      List<Target> targets,
      String from,
      List<String> saviours,
      SaviourPolicy policy,
      ApplyMode mode,
      Consumer<Snapshot> saveSnapshot) {
    return evacuate(targets, from, saviours, policy, mode, saveSnapshot, AcrossZones.DEFAULT);
  }

  /** As {@link #evacuate}, reading and applying the targets as {@code across} says. */
  public static OperationResult evacuate(
      List<Target> targets,
      String from,
      List<String> saviours,
      SaviourPolicy policy,
      ApplyMode mode,
      Consumer<Snapshot> saveSnapshot,
      AcrossZones across) {
    List<ZoneRead> reads = readForEvacuation(targets, from, saviours, across);
    Snapshot snapshot = evacuation(targets, reads, from, saviours, policy);
    saveSnapshot.accept(snapshot);
    Map<String, ZoneRead> madeFrom = new HashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      madeFrom.put(targets.get(i).name(), reads.get(i));
    }
    return MultiTargetApply.apply(targets, snapshot.plans(), madeFrom, mode, across);
  }

  /**
   * The plans of an evacuation, one per target, read from the providers but not applied: what
   * {@link #evacuate} would do, for a dry run or a review.
   */
  public static Snapshot planEvacuation(
      List<Target> targets, String from, List<String> saviours, SaviourPolicy policy) {
    return planEvacuation(targets, from, saviours, policy, AcrossZones.DEFAULT);
  }

  /** As {@link #planEvacuation}, reading the targets as {@code across} says. */
  public static Snapshot planEvacuation(
      List<Target> targets,
      String from,
      List<String> saviours,
      SaviourPolicy policy,
      AcrossZones across) {
    return evacuation(
        targets, readForEvacuation(targets, from, saviours, across), from, saviours, policy);
  }

  /** Every target's zone, read whole once the operation's arguments are found good. */
  private static List<ZoneRead> readForEvacuation(
      List<Target> targets, String from, List<String> saviours, AcrossZones across) {
    if (saviours.isEmpty() || saviours.contains(from)) {
      throw new ValidationException(
          "bad saviours for " + from,
          String.join(",", saviours),
          "one or more qualifiers other than " + from);
    }
    checkNames(targets);
    return SideBySide.map(across, "read", targets, Target::api, Traffic::read);
  }

  /** The target's zone, of a provider with geo support. */
  private static ZoneRead read(Target target) {
    if (target.api().geoRecordSets(target.zoneId()).isEmpty()) {
      throw new UnsupportedCapabilityException(target.name(), "geo record sets");
    }
    return target.api().read(target.zoneId());
  }

  /** The evacuation's plans, one per target, from what each target's zone holds. */
  private static Snapshot evacuation(
      List<Target> targets,
      List<ZoneRead> reads,
      String from,
      List<String> saviours,
      SaviourPolicy policy) {
    Set<String> qualifiers = new TreeSet<>();
    for (ZoneRead read : reads) {
      for (ResourceRecordSet set : read) {
        if (set.geo().isPresent()) {
          qualifiers.add(set.qualifier().orElseThrow());
        }
      }
    }
    refuseUnknown("evacuate", List.of(from), qualifiers);
    refuseUnknown("saviour", saviours, qualifiers);
    Map<String, Plan> plans = new LinkedHashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      plans.put(
          target.name(), Evacuation.plan(target.zoneName(), reads.get(i), from, saviours, policy));
    }
    return new Snapshot(plans);
  }

  /**
   * A qualifier no geo set of any target has is a typo, not an operation that has nothing to do:
   * evacuating it would report success while every region kept its answer.
   */
  private static void refuseUnknown(String role, List<String> named, Set<String> existing) {
    for (String qualifier : named) {
      if (!existing.contains(qualifier)) {
        throw new ValidationException(
            "no geo set has the " + role + " qualifier",
            qualifier,
            existing.isEmpty() ? "a zone with geo sets" : "one of " + existing);
      }
    }
  }

  /** Applies the snapshot's plans, one per target, as {@code mode} says. */
  public static OperationResult apply(List<Target> targets, Snapshot snapshot, ApplyMode mode) {
    return apply(targets, snapshot, mode, AcrossZones.DEFAULT);
  }

  /** As {@link #apply(List, Snapshot, ApplyMode)}, the targets applied as {@code across} says. */
  public static OperationResult apply(
      List<Target> targets, Snapshot snapshot, ApplyMode mode, AcrossZones across) {
    checkNames(targets);
    targets.forEach(target -> planFor(target, snapshot));
    return MultiTargetApply.apply(targets, snapshot.plans(), Map.of(), mode, across);
  }

  /**
   * Returns every set the snapshot's operation changed to exactly its state before. Sets already in
   * that state are left alone (restoring twice is not an error: the second has nothing to do).
   * Unless {@code force}, refuses with {@link PlanRefusedException} (before any change) if a set
   * differs both from the state the operation wrote and from the state before it.
   */
  public static OperationResult restore(
      List<Target> targets, Snapshot snapshot, boolean force, ApplyMode mode) {
    return restore(targets, snapshot, force, mode, AcrossZones.DEFAULT);
  }

  /** As {@link #restore(List, Snapshot, boolean, ApplyMode)}, as {@code across} says. */
  public static OperationResult restore(
      List<Target> targets, Snapshot snapshot, boolean force, ApplyMode mode, AcrossZones across) {
    return MultiTargetApply.apply(
        targets, planRestore(targets, snapshot, force, across), Map.of(), mode, across);
  }

  /**
   * The plans of a restore, one per target, read from the providers and checked as {@link #restore}
   * checks them, but not applied: what a restore would do, for a dry run. A target already in its
   * snapshot state has an empty plan.
   */
  public static Map<String, Plan> planRestore(
      List<Target> targets, Snapshot snapshot, boolean force) {
    return planRestore(targets, snapshot, force, AcrossZones.DEFAULT);
  }

  /**
   * As {@link #planRestore(List, Snapshot, boolean)}, reading the targets as {@code across} says.
   */
  public static Map<String, Plan> planRestore(
      List<Target> targets, Snapshot snapshot, boolean force, AcrossZones across) {
    checkNames(targets);
    targets.forEach(target -> planFor(target, snapshot));
    List<Plan> plans =
        SideBySide.map(
            across,
            "read",
            targets,
            Target::api,
            target -> {
              Plan inverse = planFor(target, snapshot).inverse();
              Map<RecordSetKey, ResourceRecordSet> live = live(target, inverse);
              Plan remaining = inverse.unmetBy(live); // a second restore finds nothing left to do
              if (!force) {
                refuseIfStale(target, remaining, live);
              }
              return force ? inverse.rebasedOn(live) : remaining;
            });
    Map<String, Plan> undo = new LinkedHashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      undo.put(targets.get(i).name(), plans.get(i));
    }
    return undo;
  }

  /** The sets the plan changes as the zone holds them now, read in one listing. */
  private static Map<RecordSetKey, ResourceRecordSet> live(Target target, Plan plan) {
    Set<RecordSetKey> keys = new HashSet<>();
    plan.changes().forEach(change -> keys.add(change.key()));
    Map<RecordSetKey, ResourceRecordSet> live = new HashMap<>();
    for (ResourceRecordSet set : target.api().recordSets(target.zoneId())) {
      if (keys.contains(set.key())) {
        live.put(set.key(), set);
      }
    }
    return live;
  }

  private static void refuseIfStale(
      Target target, Plan inverse, Map<RecordSetKey, ResourceRecordSet> live) {
    List<PlannedChange> stale = inverse.stale(live);
    if (!stale.isEmpty()) {
      List<RecordSetKey> staleKeys = stale.stream().map(PlannedChange::key).toList();
      throw new PlanRefusedException(
          PlanRefusedException.Reason.STALE,
          target.name() + ": " + staleKeys + " changed since the operation; refused unless forced",
          staleKeys);
    }
  }

  private static Plan planFor(Target target, Snapshot snapshot) {
    Plan plan = snapshot.plans().get(target.name());
    if (plan == null) {
      throw new ValidationException(
          "target not in snapshot", target.name(), "one of " + snapshot.plans().keySet());
    }
    return plan;
  }

  private static void checkNames(List<Target> targets) {
    if (targets.isEmpty()) {
      throw new ValidationException("no targets", "[]", "one or more zones");
    }
    HashSet<String> names = new HashSet<>();
    for (Target target : targets) {
      if (!names.add(target.name())) {
        throw new ValidationException(
            "two targets with one name", target.name(), "a unique name per target");
      }
    }
  }

  private Traffic() {}
}
