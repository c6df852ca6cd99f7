package denominator.rfc2136;

import denominator.kit.RecordGrouping;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.GenericData;
import denominator.model.rdata.RData;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Between dnsjava's records and the model's record sets: read from wire bytes, so that a record the
 * model cannot hold is kept as RFC 3597 data rather than failing the whole zone; written through
 * presentation text.
 */
final class Rfc2136Records {
  private static final Logger log = LoggerFactory.getLogger(Rfc2136Records.class);

  /** The record sets of a zone transfer, ordered by key; the apex SOA appears once. */
  static List<ResourceRecordSet> toSets(List<Record> records) {
    return RecordGrouping.byKey(records, Rfc2136Records::key, Rfc2136Records::toSet);
  }

  private static RecordSetKey key(Record record) {
    return RecordSetKey.of(record.getName().toString(), Type.string(record.getType()));
  }

  /** One set from its records; a record sent twice is one value, the TTL is the lowest. */
  private static ResourceRecordSet toSet(List<Record> records) {
    RecordSetKey key = key(records.get(0));
    return ResourceRecordSet.builder()
        .name(key.name())
        .type(key.type())
        .ttl((int) records.stream().mapToLong(Record::getTTL).min().orElseThrow())
        .records(records.stream().map(r -> rdata(key.type(), r)).distinct().toList())
        .build();
  }

  /**
   * The record's data as the model holds it, or as its wire bytes when the type's own record
   * refuses them (a TLSA digest of the wrong length, an SVCB whose mandatory key is missing):
   * written back, those give the same bytes.
   */
  private static RData rdata(String type, Record record) {
    RData rdata = GenericData.ofWire(type, record.rdataToWireCanonical());
    if (rdata instanceof GenericData generic && generic.refusedByItsOwnRecord()) {
      log.warn(
          "{}: the model cannot hold record {} {} {}: kept as its wire bytes ({})",
          Rfc2136Provider.NAME,
          record.getName(),
          type,
          record.rdataToString(),
          generic);
    }
    return rdata;
  }

  /** The records of {@code set}, with its TTL or else {@code defaultTtl}. */
  static List<Record> toRecords(ResourceRecordSet set, long defaultTtl) {
    long ttl = set.ttl().isPresent() ? set.ttl().getAsInt() : defaultTtl;
    return set.records().stream().map(r -> record(set.name(), set.type(), ttl, r)).toList();
  }

  static Record record(String name, String type, long ttl, RData rdata) {
    try {
      return Record.fromString(
          Name.fromConstantString(name),
          Type.value(type),
          DClass.IN,
          ttl,
          rdata.toString(),
          Name.root);
    } catch (IOException e) {
      throw new IllegalStateException("dnsjava cannot read " + type + " " + rdata, e);
    }
  }

  private Rfc2136Records() {}
}
