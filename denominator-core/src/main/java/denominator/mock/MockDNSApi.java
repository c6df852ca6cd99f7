package denominator.mock;

import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.change.PlannedChange;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordSetView;
import java.util.List;

/**
 * The mock provider's API over one store. A change set is applied by the kit's {@link ChangeEngine}
 * under one lock of the store (so that a file is written once), in batches that are native
 * transactions ({@link MockBatches}): by default the whole change set is one batch.
 */
final class MockDNSApi extends KitDNSApi {
  private final MockStore store;
  private final int maxChangesPerBatch;

  MockDNSApi(MockStore store, int maxChangesPerBatch) {
    super(MockProvider.METADATA);
    this.store = store;
    this.maxChangesPerBatch = maxChangesPerBatch;
  }

  @Override
  public ZoneApi zones() {
    return new MockZoneApi(store);
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return store.write(state -> engine(state, zoneId).apply(changes, mode));
  }

  /** Checks that the plan is still fresh under the same lock that applies it. */
  @Override
  public ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
    return store.write(
        state -> {
          List<PlannedChange> stale = plan.stale(state.zone(zoneId).recordSets());
          if (!stale.isEmpty()) {
            throw PlanRefusedException.stale(
                plan.zone(), stale.stream().map(PlannedChange::key).toList());
          }
          return engine(state, zoneId).apply(plan.changeSet(), mode);
        });
  }

  /** Reads are snapshots taken under the store's lock. */
  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    return RecordSetView.Reader.ofWholeZone(
        () -> store.read(state -> List.copyOf(state.zone(zoneId).recordSets().values())));
  }

  private ChangeEngine engine(MockState state, String zoneId) {
    return new ChangeEngine(new MockBatches(state, zoneId), maxChangesPerBatch);
  }
}
