package denominator.mock;

import denominator.DNSApi;
import denominator.DenominatorException;
import denominator.GeoResourceRecordSetApi;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.change.PlannedChange;
import denominator.change.SequentialApply;
import denominator.change.ZoneRules;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mock provider's API over one store. Change sets in {@link ApplyMode#ATOMIC} mode are native
 * transactions: every change is made on a copy of the zone, the rules are checked on the result,
 * and the copy replaces the zone only if all pass. In the other modes the changes are made one by
 * one, but all under one lock of the store, so that a file is written once.
 */
final class MockDNSApi implements DNSApi {
  private final MockStore store;

  MockDNSApi(MockStore store) {
    this.store = store;
  }

  @Override
  public ZoneApi zones() {
    return new MockZoneApi(store);
  }

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return new MockRecordSetApi(store, zoneId, null);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return Optional.of(new MockRecordSetApi(store, zoneId, RecordProfile.GEO));
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return Optional.of(new MockRecordSetApi(store, zoneId, RecordProfile.WEIGHTED));
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    checkWeights(changes);
    return store.write(state -> apply(state, zoneId, changes, mode));
  }

  private static void checkWeights(ChangeSet changes) {
    changes
        .changes()
        .forEach(
            change -> {
              if (change instanceof Change.Put put) {
                MockRecordSetApi.checkWeight(put.recordSet());
              }
            });
  }

  /** Checks that the plan is still fresh under the same lock that applies it. */
  @Override
  public ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
    checkWeights(plan.changeSet());
    return store.write(
        state -> {
          List<PlannedChange> stale = plan.stale(state.zone(zoneId).recordSets);
          if (!stale.isEmpty()) {
            throw PlanRefusedException.stale(
                plan.zone(), stale.stream().map(PlannedChange::key).toList());
          }
          return apply(state, zoneId, plan.changeSet(), mode);
        });
  }

  /** Applies {@code changes} to {@code state}, which the caller holds under the store's lock. */
  private static ChangeResult apply(
      MockState state, String zoneId, ChangeSet changes, ApplyMode mode) {
    if (mode != ApplyMode.ATOMIC) {
      return SequentialApply.apply(
          new MockRecordSetApi(new HeldStore(state), zoneId, null), changes, mode);
    }
    MockZone copy = state.zone(zoneId).copy();
    List<Change> all = changes.changes();
    for (int i = 0; i < all.size(); i++) {
      try {
        applyTo(copy, all.get(i));
      } catch (DenominatorException e) {
        return failedAt(all, i, e);
      }
    }
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) instanceof Change.Put put) {
        try {
          ZoneRules.checkPut(
              MockProvider.NAME, copy.zone.name(), copy.recordSets.values(), put.recordSet());
        } catch (DenominatorException e) {
          return failedAt(all, i, e);
        }
      }
    }
    state.zones.put(zoneId, copy);
    return ChangeResult.of(all.stream().map(ChangeOutcome::applied).toList());
  }

  private static void applyTo(MockZone zone, Change change) {
    if (change instanceof Change.Put put) {
      ResourceRecordSet set = put.recordSet();
      zone.put(set);
    } else if (zone.recordSets.containsKey(change.key())) {
      ZoneRules.checkDelete(MockProvider.NAME, zone.zone.name(), change.key());
      zone.recordSets.remove(change.key());
    }
  }

  /** Nothing was applied: the failing change failed, the others were skipped. */
  private static ChangeResult failedAt(List<Change> all, int failed, DenominatorException e) {
    List<ChangeOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      outcomes.add(
          i == failed ? ChangeOutcome.failed(all.get(i), e) : ChangeOutcome.skipped(all.get(i)));
    }
    return ChangeResult.of(outcomes);
  }
}
