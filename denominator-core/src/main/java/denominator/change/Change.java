package denominator.change;

import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.Map;
import java.util.Objects;

/** One change to one record set: a put of its new content, or a delete of its key. */
public sealed interface Change {

  /** The set this change touches. */
  RecordSetKey key();

  /**
   * Whether {@code zone}, the sets of a zone by key, shows this change made: the put set there
   * exactly (with the provider data it left out kept as it was, as a put does), or the deleted key
   * absent. How a provider confirms a write whose answer was lost.
   */
  boolean isMadeIn(Map<RecordSetKey, ResourceRecordSet> zone);

  /** Creates or replaces the set with {@code recordSet}'s key. */
  record Put(ResourceRecordSet recordSet) implements Change {
    public Put {
      Objects.requireNonNull(recordSet, "recordSet");
    }

    @Override
    public RecordSetKey key() {
      return recordSet.key();
    }

    @Override
    public boolean isMadeIn(Map<RecordSetKey, ResourceRecordSet> zone) {
      ResourceRecordSet now = zone.get(key());
      return recordSet.keepingProviderDataOf(now).equals(now);
    }

    @Override
    public String toString() {
      return "put " + recordSet;
    }

    // written out rather than generated, as in RData: no ObjectMethods call site at start-up
    @Override
    public boolean equals(Object other) {
      return other instanceof Put o && recordSet.equals(o.recordSet);
    }

    @Override
    public int hashCode() {
      return recordSet.hashCode();
    }
  }

  /** Deletes the set with this key, if there is one. */
  record Delete(RecordSetKey key) implements Change {
    public Delete {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public boolean isMadeIn(Map<RecordSetKey, ResourceRecordSet> zone) {
      return !zone.containsKey(key);
    }

    @Override
    public String toString() {
      return "delete " + key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Delete o && key.equals(o.key);
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }
  }
}
