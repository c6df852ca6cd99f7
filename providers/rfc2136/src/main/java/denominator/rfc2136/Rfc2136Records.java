package denominator.rfc2136;

import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.GenericData;
import denominator.model.rdata.RData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
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
    Map<RecordSetKey, Set<RData>> data = new TreeMap<>();
    Map<RecordSetKey, Long> ttls = new TreeMap<>();
    for (Record record : records) {
      RecordSetKey key =
          RecordSetKey.of(record.getName().toString(), Type.string(record.getType()));
      data.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(rdata(key.type(), record));
      ttls.merge(key, record.getTTL(), Math::min);
    }
    List<ResourceRecordSet> sets = new ArrayList<>(data.size());
    data.forEach(
        (key, rdata) ->
            sets.add(
                ResourceRecordSet.builder()
                    .name(key.name())
                    .type(key.type())
                    .ttl((int) (long) ttls.get(key))
                    .records(List.copyOf(rdata))
                    .build()));
    return sets;
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
          Rfc2136Endpoints.name(name),
          Type.value(type),
          DClass.IN,
          ttl,
          rdata.toString(),
          Name.root);
    } catch (IOException e) {
      throw new IllegalStateException("dnsjava cannot read " + type + " " + rdata, e);
    }
  }

  /** The zone's mailbox, {@code hostmaster@example.com}, from its SOA. */
  static String email(SOARecord soa) {
    Name admin = soa.getAdmin();
    if (admin.labels() < 2) {
      return "hostmaster@" + soa.getName().toString(true);
    }
    String local = admin.getLabelString(0).replace("\\.", ".");
    return local + "@" + new Name(admin, 1).toString(true).toLowerCase(Locale.ROOT);
  }

  /** The SOA's mailbox as a domain name, {@code hostmaster.example.com.}. */
  static Name rname(String email) {
    int at = email.lastIndexOf('@');
    String text =
        at < 0 ? email : email.substring(0, at).replace(".", "\\.") + "." + email.substring(at + 1);
    return Rfc2136Endpoints.name(Names.absolute(text));
  }

  private Rfc2136Records() {}
}
