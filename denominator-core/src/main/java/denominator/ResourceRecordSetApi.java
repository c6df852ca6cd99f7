package denominator;

import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.Iterator;
import java.util.Optional;

/**
 * The record sets of one zone, of every profile: plain, geo and weighted.
 *
 * <p>Iteration is lazy and ordered by name, then type, then qualifier where the provider's API
 * allows; it fetches pages as the caller advances. Every write is idempotent: {@link #put} replaces
 * the whole set with the same {@link RecordSetKey}, {@link #delete} of a set that does not exist
 * does nothing, so a failed write may be retried. As with any remote call, a write that fails with
 * an I/O error may or may not have taken effect.
 */
public interface ResourceRecordSetApi extends Iterable<ResourceRecordSet> {

  /** Every record set in the zone. */
  @Override
  Iterator<ResourceRecordSet> iterator();

  /** The record sets with this owner name, of every type. */
  Iterator<ResourceRecordSet> iterateByName(String name);

  /** The record sets with this name and type: the plain set, or every qualified one. */
  Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type);

  /** The set with this key, if the zone has it. */
  Optional<ResourceRecordSet> get(RecordSetKey key);

  /** The plain (unqualified) set with this name and type, if the zone has it. */
  default Optional<ResourceRecordSet> get(String name, String type) {
    return get(RecordSetKey.of(name, type));
  }

  /** The qualified set with this name, type and qualifier, if the zone has it. */
  default Optional<ResourceRecordSet> get(String name, String type, String qualifier) {
    return get(RecordSetKey.of(name, type, qualifier));
  }

  /** Creates the set, or replaces the set with the same key. */
  void put(ResourceRecordSet recordSet);

  /** Deletes the set with this key; does nothing when there is none. */
  void delete(RecordSetKey key);

  /** Deletes the plain set with this name and type; does nothing when there is none. */
  default void delete(String name, String type) {
    delete(RecordSetKey.of(name, type));
  }
}
