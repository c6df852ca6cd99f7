package denominator.change;

import denominator.model.ResourceRecordSet;
import java.util.Iterator;
import java.util.List;

/**
 * Every record set of one zone as one read found them, kept so that a plan made from them can be
 * applied without reading the zone again: {@link denominator.DNSApi#read} makes one, {@link
 * denominator.DNSApi#apply(String, Plan, ApplyMode, ZoneRead)} takes it. A provider may keep in its
 * own reads what its writes need beside the sets (the server's own text of each record, say), and
 * takes only its own reads of the zone it writes.
 *
 * <p>Immutable; iterating sends no request.
 */
public interface ZoneRead extends Iterable<ResourceRecordSet> {

  /** A read of these sets, holding nothing beside them. */
  static ZoneRead of(List<ResourceRecordSet> sets) {
    List<ResourceRecordSet> read = List.copyOf(sets);
    return new ZoneRead() {
      @Override
      public Iterator<ResourceRecordSet> iterator() {
        return read.iterator();
      }

      @Override
      public String toString() {
        return "ZoneRead" + read;
      }
    };
  }
}
