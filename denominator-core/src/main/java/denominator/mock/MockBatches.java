package denominator.mock;

import denominator.DenominatorException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.change.ZoneRules;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.ZoneSlice;
import java.util.List;
import java.util.Set;

/**
 * The mock's native batch: every change is made on a copy of the zone, the rules are checked on the
 * result, and the copy replaces the zone only if all pass. Used under the store's lock, which the
 * caller holds for the whole change set.
 */
final class MockBatches implements BatchWriter {
  private final MockState state;
  private final String zoneId;
  private Change refused;

  MockBatches(MockState state, String zoneId) {
    this.state = state;
    this.zoneId = zoneId;
  }

  @Override
  public void check(Change change) {
    if (change instanceof Change.Put put && put.recordSet().weighted().isPresent()) {
      Capabilities.check(MockProvider.METADATA, put.recordSet()); // the weight's range
    }
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    return ZoneSlice.of(namesAndTypes, state.zone(zoneId).recordSets().values());
  }

  @Override
  public List<BatchLimit> limits() {
    return List.of();
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    MockZone copy = state.zone(zoneId).copy();
    for (Change change : batch) {
      refused = change;
      if (change instanceof Change.Put put) {
        copy.put(put.recordSet());
      } else if (copy.recordSets().containsKey(change.key())) {
        ZoneRules.checkDelete(MockProvider.NAME, copy.zone.name(), change.key());
        copy.recordSets().remove(change.key());
      }
    }
    for (Change change : batch) {
      if (change instanceof Change.Put put) {
        refused = change;
        ZoneRules.checkPut(
            MockProvider.NAME, copy.zone.name(), copy.recordSets().values(), put.recordSet());
      }
    }
    refused = null;
    state.zones.put(zoneId, copy);
    return ChangeResult.Sync.IMMEDIATE;
  }

  /** The change whose put or delete, or whose rule check, failed. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    return refused != null && batch.contains(refused) ? List.of(refused) : List.of();
  }
}
