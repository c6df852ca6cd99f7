package denominator.rfc2136;

import denominator.ResourceRecordSetApi;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The record sets of one zone. Every read is one zone transfer (AXFR) filtered here, so a lookup
 * costs as much as listing the zone: fine for zones of thousands of sets, not of millions. A put or
 * delete is a change set of one change, written like any other ({@link Rfc2136Batches}).
 */
final class Rfc2136RecordSetApi implements ResourceRecordSetApi {
  private final Rfc2136Endpoints endpoints;
  private final String zone;
  private final Function<ChangeSet, ChangeResult> apply;

  /**
   * @param zone absolute
   * @param apply applies a change set to that zone atomically
   */
  Rfc2136RecordSetApi(
      Rfc2136Endpoints endpoints, String zone, Function<ChangeSet, ChangeResult> apply) {
    this.endpoints = endpoints;
    this.zone = zone;
    this.apply = apply;
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return read(set -> true).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByName(String name) {
    String absolute = Names.absolute(name);
    return read(set -> set.name().equals(absolute)).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
    RecordSetKey key = RecordSetKey.of(name, RecordTypes.normalize(type));
    return read(set -> set.key().equals(key)).iterator();
  }

  @Override
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    return read(set -> set.key().equals(key)).stream().findFirst();
  }

  @Override
  public void put(ResourceRecordSet recordSet) {
    write(new Change.Put(recordSet));
  }

  @Override
  public void delete(RecordSetKey key) {
    write(new Change.Delete(key));
  }

  /** A change set of one change, so that there is one write path. */
  private void write(Change change) {
    apply
        .apply(ChangeSet.of(List.of(change)))
        .outcomes()
        .get(0)
        .error()
        .ifPresent(
            e -> {
              throw e;
            });
  }

  private List<ResourceRecordSet> read(Predicate<ResourceRecordSet> filter) {
    return Rfc2136Records.toSets(endpoints.transfer(zone)).stream().filter(filter).toList();
  }
}
