package denominator.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import denominator.DenominatorException;
import denominator.json.ModelJson;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.util.TreeMap;

/**
 * One zone of the mock store and its record sets, ordered by key. Guarded by the store.
 *
 * <p>A zone read from the file keeps its record sets as JSON until something asks for them, and is
 * written back as read while nothing did: listing zones parses no record data.
 */
final class MockZone {
  static final int DEFAULT_TTL = 3600;
  Zone zone;
  private TreeMap<RecordSetKey, ResourceRecordSet> recordSets;
  private JsonArray unread;

  MockZone(Zone zone, TreeMap<RecordSetKey, ResourceRecordSet> recordSets) {
    this.zone = zone;
    this.recordSets = recordSets;
  }

  /** A zone of the file whose record sets are parsed on first use. */
  static MockZone unread(Zone zone, JsonArray recordSets) {
    MockZone read = new MockZone(zone, null);
    read.unread = recordSets;
    return read;
  }

  TreeMap<RecordSetKey, ResourceRecordSet> recordSets() {
    if (recordSets == null) {
      TreeMap<RecordSetKey, ResourceRecordSet> parsed = new TreeMap<>();
      try {
        for (JsonElement set : unread) {
          ResourceRecordSet recordSet = ModelJson.gson().fromJson(set, ResourceRecordSet.class);
          parsed.put(recordSet.key(), recordSet);
        }
      } catch (RuntimeException e) {
        throw new DenominatorException(
            "mock: record sets of "
                + zone.name()
                + " in the store are not valid: "
                + e.getMessage(),
            e);
      }
      recordSets = parsed;
      unread = null;
    }
    return recordSets;
  }

  /** The record sets as the file holds them: as read when never parsed. */
  JsonElement toJson() {
    return unread != null
        ? unread
        : ModelJson.gson().toJsonTree(recordSets.values().toArray(new ResourceRecordSet[0]));
  }

  /**
   * Stores {@code set} as a provider does: without a TTL it gets the zone's (what a listing, an
   * export and a plan then all show), and provider data it leaves out stays as it was.
   */
  ResourceRecordSet put(ResourceRecordSet set) {
    ResourceRecordSet stored = set.keepingProviderDataOf(recordSets().get(set.key()));
    if (stored.ttl().isEmpty()) {
      stored = stored.toBuilder().ttl(ttl(zone)).build();
    }
    return recordSets().put(set.key(), stored);
  }

  /** The zone's TTL; a zone another program stored without one has {@value #DEFAULT_TTL}. */
  static int ttl(Zone zone) {
    return zone.ttl().orElse(DEFAULT_TTL);
  }

  MockZone copy() {
    return new MockZone(zone, new TreeMap<>(recordSets()));
  }
}
