package denominator.clouddns;

import denominator.ValidationException;
import denominator.clouddns.CloudDnsJson.RecordJson;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.AAAAData;
import denominator.model.rdata.AData;
import denominator.model.rdata.CNAMEData;
import denominator.model.rdata.MXData;
import denominator.model.rdata.NSData;
import denominator.model.rdata.RData;
import denominator.model.rdata.SRVData;
import denominator.model.rdata.TXTData;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Cloud DNS records, one per value, to and from record sets. A record's {@code data} is the value
 * without its preference or SRV priority, which go in {@code priority}; names are written without
 * the trailing dot. A TXT record is one text, raw: the service strips quotes and backslashes, so a
 * value of several strings, or one holding either, is refused; a text over 255 bytes is read as the
 * model cuts it ({@link TXTData#ofText}) and written back whole. The records of a set may have
 * different TTLs when another tool wrote them: the set shows the smallest. Their {@code comment},
 * another tool's text, is the set's provider data {@code comment} (the first record's that has
 * one).
 */
final class CloudDnsRecords {
  /** The types Cloud DNS serves under domains (PTR lives under {@code /rdns}). */
  static final Set<String> TYPES = Set.of("A", "AAAA", "CNAME", "MX", "NS", "SRV", "TXT");

  /** The least TTL the service accepts. */
  static final int MIN_TTL = 300;

  /** The longest {@code comment} the service keeps. */
  static final int MAX_COMMENT = 160;

  /** One value as a record: its {@code data} and {@code priority} (null when it has none). */
  record Value(String data, Integer priority) {}

  /** The set of one name and type's records, at least one. */
  static ResourceRecordSet set(List<RecordJson> records) {
    List<RecordJson> inOrder =
        records.stream().sorted(Comparator.comparing(r -> idNumber(r.id()))).toList();
    RecordJson first = inOrder.get(0);
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(Names.absolute(first.name()))
            .type(first.type())
            .ttl(inOrder.stream().mapToInt(CloudDnsRecords::ttl).min().getAsInt())
            .records(inOrder.stream().map(CloudDnsRecords::read).distinct().toList());
    inOrder.stream()
        .map(RecordJson::comment)
        .filter(comment -> comment != null && !comment.isEmpty())
        .findFirst()
        .ifPresent(comment -> set.providerData("comment", comment));
    return set.build();
  }

  /** The name and type a record belongs to. */
  static RecordSetKey key(RecordJson record) {
    return RecordSetKey.of(Names.absolute(record.name()), record.type());
  }

  /** A record's TTL; one without (never seen) counts as the least. */
  static int ttl(RecordJson record) {
    return record.ttl() == null ? MIN_TTL : record.ttl();
  }

  /** The value of one record. */
  static RData read(RecordJson record) {
    String data = record.data();
    return switch (record.type()) {
      case "A" -> new AData(data);
      case "AAAA" -> new AAAAData(data);
      case "CNAME" -> new CNAMEData(data);
      case "NS" -> new NSData(data);
      case "MX" -> new MXData(priority(record), data);
      case "SRV" -> srv(priority(record), data.strip().split("\\s+"));
      case "TXT" -> TXTData.ofText(data);
      default -> RData.parse(record.type(), data);
    };
  }

  /**
   * The record of one value.
   *
   * @throws ValidationException for a TXT value the service would change: several strings, or a
   *     quote or backslash in it
   */
  static Value write(RData value) {
    if (value instanceof MXData mx) {
      return new Value(relative(mx.exchange()), mx.preference());
    } else if (value instanceof SRVData srv) {
      String data = srv.weight() + " " + srv.port() + " " + relative(srv.target());
      return new Value(data, srv.priority());
    } else if (value instanceof CNAMEData cname) {
      return new Value(relative(cname.target()), null);
    } else if (value instanceof NSData ns) {
      return new Value(relative(ns.nameserver()), null);
    } else if (value instanceof TXTData txt) {
      // a text over 255 bytes is several strings in the model, cut as ofText cuts it: one record
      String text = String.join("", txt.strings());
      if (!TXTData.ofText(text).equals(txt) || text.contains("\"") || text.contains("\\")) {
        throw new ValidationException(
            "clouddns: TXT value the service cannot hold",
            txt.toString(),
            "one string without \" or \\ (Cloud DNS strips them, and keeps one string a record)");
      }
      return new Value(text, null);
    }
    return new Value(value.toString(), null);
  }

  /** A name as the service writes it: without the trailing dot. */
  static String relative(String absolute) {
    return absolute.endsWith(".") ? absolute.substring(0, absolute.length() - 1) : absolute;
  }

  /** The number of an id such as {@code A-1000010}: records are made in its order. */
  static long idNumber(String id) {
    try {
      return id == null ? Long.MAX_VALUE : Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    } catch (NumberFormatException notOurs) {
      return Long.MAX_VALUE;
    }
  }

  private static int priority(RecordJson record) {
    return record.priority() == null ? 0 : record.priority();
  }

  // One field is the target, two port and target, three or more weight, port and target.
  private static SRVData srv(int priority, String[] fields) {
    return switch (fields.length) {
      case 1 -> new SRVData(priority, 0, 0, fields[0]);
      case 2 -> new SRVData(priority, 0, Integer.parseInt(fields[0]), fields[1]);
      default ->
          new SRVData(
              priority, Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), fields[2]);
    };
  }

  private CloudDnsRecords() {}
}
