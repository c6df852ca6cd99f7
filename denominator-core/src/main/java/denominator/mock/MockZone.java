package denominator.mock;

import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.TreeMap;

/** One zone of the mock store and its record sets, ordered by key. Guarded by the store. */
final class MockZone {
  static final int DEFAULT_TTL = 3600;
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
      stored = stored.toBuilder().ttl(ttl(zone)).build();
    }
    return recordSets.put(set.key(), stored);
  }

  /** The zone's TTL; a zone another program stored without one has {@value #DEFAULT_TTL}. */
  static int ttl(Zone zone) {
    return zone.ttl().orElse(DEFAULT_TTL);
  }

  MockZone copy() {
    return new MockZone(zone, new TreeMap<>(recordSets));
  }
}
