package denominator.kit;

import denominator.ResourceRecordSetApi;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@link BatchWriter} of a vendor without batches: one {@code put} or {@code delete} of a
 * {@link ResourceRecordSetApi} per change, and reads by name and type. With it, {@link
 * ChangeEngine} journals and compensates, so ATOMIC holds at such vendors too.
 */
public final class SingleSetWriter implements BatchWriter {
  private final ResourceRecordSetApi api;

  public SingleSetWriter(ResourceRecordSetApi api) {
    this.api = api;
  }

  /**
   * The API writes a set by its key alone; only an atomic set of several needs the before state.
   */
  @Override
  public boolean needsBefore(Change change) {
    return false;
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (NameType nameType : namesAndTypes) {
      api.iterateByNameAndType(nameType.name(), nameType.type()).forEachRemaining(sets::add);
    }
    return ZoneSlice.of(namesAndTypes, sets);
  }

  @Override
  public List<BatchLimit> limits() {
    return List.of(BatchLimit.changes(1));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    for (Change change : batch) {
      if (change instanceof Change.Put put) {
        api.put(put.recordSet());
      } else {
        api.delete(change.key());
      }
    }
    return ChangeResult.Sync.IMMEDIATE;
  }
}
