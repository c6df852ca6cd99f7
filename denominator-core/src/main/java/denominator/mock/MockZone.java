package denominator.mock;

import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.TreeMap;

/** One zone of the mock store and its record sets, ordered by key. Guarded by the store. */
final class MockZone {
  Zone zone;
  final TreeMap<RecordSetKey, ResourceRecordSet> recordSets;

  MockZone(Zone zone, TreeMap<RecordSetKey, ResourceRecordSet> recordSets) {
    this.zone = zone;
    this.recordSets = recordSets;
  }

  MockZone copy() {
    return new MockZone(zone, new TreeMap<>(recordSets));
  }
}
