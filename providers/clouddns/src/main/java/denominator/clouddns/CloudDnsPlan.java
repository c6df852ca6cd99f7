package denominator.clouddns;

import denominator.change.Change;
import denominator.clouddns.CloudDnsJson.RecordJson;
import denominator.clouddns.CloudDnsRecords.Value;
import denominator.kit.ZoneSlice;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import java.util.ArrayList;
import java.util.List;

/**
 * The fewest record writes that make one change, against the records held at its name and type:
 * values kept with their TTL are untouched; a removed value is paired with an added one and the
 * record rewritten in place (its comment stays); a kept value whose TTL changes gets the new TTL,
 * unless the put keeps the TTL the set shows (values another tool gave several TTLs keep theirs);
 * the added values left over are created, with the set's {@code comment}, and the removed ones left
 * over deleted. Each update comes with its undo, the record as it was.
 *
 * @param change the change planned
 * @param updates records rewritten in place ({@code PUT}), without type or comment
 * @param undo the same records as they were, to put back
 * @param creates new records ({@code POST})
 * @param deletes records to delete ({@code DELETE} by id)
 */
record CloudDnsPlan(
    Change change,
    List<RecordJson> updates,
    List<RecordJson> undo,
    List<RecordJson> creates,
    List<RecordJson> deletes) {

  /** The writes of {@code change}, given the records held at its name and type (id order). */
  static CloudDnsPlan of(Change change, List<RecordJson> held) {
    ResourceRecordSet set = change instanceof Change.Put put ? put.recordSet() : null;
    List<RData> wanted = new ArrayList<>(set == null ? List.of() : set.records());
    Integer ttl = set != null && set.ttl().isPresent() ? set.ttl().getAsInt() : null;
    // a put that keeps the TTL shown (the smallest of the records) leaves each record's own
    boolean ttlKept =
        ttl != null
            && !held.isEmpty()
            && ttl == held.stream().mapToInt(CloudDnsRecords::ttl).min().getAsInt();
    CloudDnsPlan plan =
        new CloudDnsPlan(
            change, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<RecordJson> removed = new ArrayList<>();
    for (RecordJson record : held) {
      if (!wanted.remove(CloudDnsRecords.read(record))) {
        removed.add(record);
      } else if (ttl != null && !ttlKept && ttl != CloudDnsRecords.ttl(record)) {
        plan.update(record, new Value(record.data(), record.priority()), ttl);
      }
    }
    int paired = Math.min(removed.size(), wanted.size());
    for (int i = 0; i < paired; i++) {
      RecordJson record = removed.get(i);
      plan.update(record, CloudDnsRecords.write(wanted.get(i)), ttl != null ? ttl : record.ttl());
    }
    String name = CloudDnsRecords.relative(change.key().name());
    String comment = set == null ? null : set.providerData().get("comment");
    for (RData value : wanted.subList(paired, wanted.size())) {
      Value v = CloudDnsRecords.write(value);
      plan.creates.add(
          new RecordJson(null, name, change.key().type(), v.data(), ttl, v.priority(), comment));
    }
    plan.deletes.addAll(removed.subList(paired, removed.size()));
    return plan;
  }

  /**
   * How many records a change creates, updates and deletes, by the set before it: the values that
   * differ, and every kept value when the TTL changes. A set read with several TTLs may need more
   * updates than this counts.
   */
  static long[] counts(Change change, ZoneSlice before) {
    ResourceRecordSet current = before.get(change.key()).orElse(null);
    List<RData> removed = new ArrayList<>(current == null ? List.of() : current.records());
    List<RData> added = new ArrayList<>();
    boolean ttl = false;
    if (change instanceof Change.Put put) {
      added.addAll(put.recordSet().records());
      added.removeAll(removed);
      removed.removeAll(put.recordSet().records());
      ttl =
          current != null
              && put.recordSet().ttl().isPresent()
              && !put.recordSet().ttl().equals(current.ttl());
    }
    long kept = current == null ? 0 : current.records().size() - removed.size();
    long paired = Math.min(added.size(), removed.size());
    return new long[] {added.size() - paired, paired + (ttl ? kept : 0), removed.size() - paired};
  }

  // Rewrites a record in place; its type is never sent, and its comment stays.
  private void update(RecordJson record, Value value, Integer ttl) {
    updates.add(
        new RecordJson(
            record.id(), record.name(), null, value.data(), ttl, value.priority(), null));
    undo.add(
        new RecordJson(
            record.id(),
            record.name(),
            null,
            record.data(),
            record.ttl(),
            record.priority(),
            null));
  }
}
