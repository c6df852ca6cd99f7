package denominator.kit;

import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups per-value records (one record per value, as Cloudflare, NS1 answers and DNS UPDATE/AXFR
 * give them) into {@link ResourceRecordSet}s: the records of one name, type and qualifier become
 * one set, which {@code toSet} builds from them (TTL, values, weight).
 *
 * <pre>{@code
 * Iterator<ResourceRecordSet> sets =
 *     RecordGrouping.consecutive(
 *         Pages.numbered(1, 100, page -> api.records(zone, page)),
 *         r -> RecordSetKey.of(r.name(), r.type()),
 *         CloudyRecords::toSet);
 * }</pre>
 */
public final class RecordGrouping {

  /**
   * Lazily, the sets of {@code records} whose records of one key come one after another, as a
   * listing sorted by name and type gives them; reads one set's records ahead, never more. A key
   * that comes back after another key starts a second set: use {@link #byKey} for unsorted input.
   *
   * @param key the name, type and qualifier of a record
   * @param toSet builds one set from its records, at least one, all of one key
   */
  public static <R> Iterator<ResourceRecordSet> consecutive(
      Iterator<R> records,
      Function<? super R, RecordSetKey> key,
      Function<List<R>, ResourceRecordSet> toSet) {
    return consecutiveSets(records, key, group -> List.of(toSet.apply(group)));
  }

  /**
   * As {@link #consecutive}, for vendors whose one group of records is several sets: Route53 lists
   * the weighted and geo members of one name and type together, and they are read as a group.
   *
   * @param key what the records of one group share, e.g. name and type
   * @param toSets builds the sets of one group of records, at least one record, all of one key
   */
  public static <R> Iterator<ResourceRecordSet> consecutiveSets(
      Iterator<R> records,
      Function<? super R, ?> key,
      Function<List<R>, List<ResourceRecordSet>> toSets) {
    return new Flattened<>(new Groups<>(records, key), toSets);
  }

  /**
   * The sets of {@code records} in any order, sorted by key: reads every record first, so memory
   * holds the whole listing. For sources that do not group a set's records together.
   */
  public static <R> List<ResourceRecordSet> byKey(
      Iterable<R> records,
      Function<? super R, RecordSetKey> key,
      Function<List<R>, ResourceRecordSet> toSet) {
    Map<RecordSetKey, List<R>> groups = new TreeMap<>();
    for (R record : records) {
      groups.computeIfAbsent(key.apply(record), k -> new ArrayList<>()).add(record);
    }
    List<ResourceRecordSet> sets = new ArrayList<>(groups.size());
    groups.values().forEach(group -> sets.add(toSet.apply(List.copyOf(group))));
    return sets;
  }

  private static final class Groups<R> implements Iterator<List<R>> {
    private final Iterator<R> records;
    private final Function<? super R, ?> key;
    private R ahead; // the first record of the next group, read to see that the last one ended

    Groups(Iterator<R> records, Function<? super R, ?> key) {
      this.records = records;
      this.key = key;
    }

    @Override
    public boolean hasNext() {
      return ahead != null || records.hasNext();
    }

    @Override
    public List<R> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      List<R> group = new ArrayList<>();
      group.add(ahead != null ? ahead : records.next());
      ahead = null;
      Object groupKey = key.apply(group.get(0));
      while (records.hasNext()) {
        R record = records.next();
        if (!key.apply(record).equals(groupKey)) {
          ahead = record;
          break;
        }
        group.add(record);
      }
      return List.copyOf(group);
    }
  }

  private static final class Flattened<R> implements Iterator<ResourceRecordSet> {
    private final Iterator<List<R>> groups;
    private final Function<List<R>, List<ResourceRecordSet>> toSets;
    private Iterator<ResourceRecordSet> sets = Collections.emptyIterator();

    Flattened(Iterator<List<R>> groups, Function<List<R>, List<ResourceRecordSet>> toSets) {
      this.groups = groups;
      this.toSets = toSets;
    }

    @Override
    public boolean hasNext() {
      while (!sets.hasNext() && groups.hasNext()) {
        sets = toSets.apply(groups.next()).iterator();
      }
      return sets.hasNext();
    }

    @Override
    public ResourceRecordSet next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return sets.next();
    }
  }

  private RecordGrouping() {}
}
