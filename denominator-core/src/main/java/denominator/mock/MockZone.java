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

  /**
   * Stores {@code set} as a provider does: without a TTL it gets the zone's (what a listing, an
   * export and a plan then all show), and provider data it leaves out stays as it was.
   */
  ResourceRecordSet put(ResourceRecordSet set) {
    ResourceRecordSet stored = set.keepingProviderDataOf(recordSets.get(set.key()));
    if (stored.ttl().isEmpty()) {
      stored = stored.toBuilder().ttl(zone.ttl().orElse(3600)).build();
    }
    return recordSets.put(set.key(), stored);
  }

  MockZone copy() {
    return new MockZone(zone, new TreeMap<>(recordSets));
  }
}
