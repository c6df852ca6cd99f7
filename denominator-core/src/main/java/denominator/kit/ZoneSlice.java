package denominator.kit;

import denominator.change.Change;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record sets of some names and types of a zone, as a provider holds them: every set of each
 * covered name and type, qualified or not. What a change engine reads before it writes, and what a
 * {@link BatchWriter} is told the zone holds before each batch. Immutable.
 */
public final class ZoneSlice {
  private static final ZoneSlice EMPTY = new ZoneSlice(Set.of(), Map.of());

  private final Set<NameType> covered;
  private final Map<RecordSetKey, ResourceRecordSet> sets;

  private ZoneSlice(Set<NameType> covered, Map<RecordSetKey, ResourceRecordSet> sets) {
    this.covered = Set.copyOf(covered);
    this.sets = sets;
  }

  /** Nothing read. */
  public static ZoneSlice empty() {
    return EMPTY;
  }

  /**
   * The sets read for {@code covered}; a covered name and type absent from {@code sets} has none.
   * Sets of other names and types are dropped.
   */
  public static ZoneSlice of(Set<NameType> covered, Collection<ResourceRecordSet> sets) {
    Map<RecordSetKey, ResourceRecordSet> byKey = new LinkedHashMap<>();
    for (ResourceRecordSet set : sets) {
      if (covered.contains(NameType.of(set))) {
        byKey.put(set.key(), set);
      }
    }
    return new ZoneSlice(covered, byKey);
  }

  /** Whether this slice says what the zone holds at this name and type. */
  public boolean covers(NameType nameType) {
    return covered.contains(nameType);
  }

  /** The covered names and types. */
  public Set<NameType> covered() {
    return covered;
  }

  /** The set with this key, if the zone holds it; empty too where the slice does not cover it. */
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    return Optional.ofNullable(sets.get(key));
  }

  /** Every set of this name and type, qualified or not, in the order read. */
  public List<ResourceRecordSet> of(NameType nameType) {
    return sets.values().stream().filter(set -> NameType.of(set).equals(nameType)).toList();
  }

  /**
   * Whether the zone, as this slice shows it, has every one of {@code changes} made: how a write
   * whose answer was lost is confirmed by reading.
   */
  public boolean shows(List<Change> changes) {
    return changes.stream().allMatch(change -> change.isMadeIn(sets));
  }

  /** The sets by key, for {@link Change#isMadeIn}. */
  public Map<RecordSetKey, ResourceRecordSet> asMap() {
    return sets;
  }

  /** This slice with {@code other}'s names and types as {@code other} says. */
  public ZoneSlice with(ZoneSlice other) {
    Map<RecordSetKey, ResourceRecordSet> merged = new LinkedHashMap<>();
    sets.forEach(
        (key, set) -> {
          if (!other.covers(NameType.of(key))) {
            merged.put(key, set);
          }
        });
    merged.putAll(other.sets);
    Set<NameType> all = new HashSet<>(covered);
    all.addAll(other.covered);
    return new ZoneSlice(all, merged);
  }

  /** This slice after {@code changes} were made: puts in place, deletes gone. */
  public ZoneSlice after(List<Change> changes) {
    Map<RecordSetKey, ResourceRecordSet> next = new LinkedHashMap<>(sets);
    for (Change change : changes) {
      if (change instanceof Change.Put put) {
        next.put(put.key(), put.recordSet());
      } else {
        next.remove(change.key());
      }
    }
    return new ZoneSlice(covered, next);
  }

  @Override
  public String toString() {
    return "ZoneSlice" + covered + sets.values();
  }
}
