package denominator.ultradns;

import denominator.UnsupportedCapabilityException;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.GenericData;
import denominator.model.rdata.ProviderRData;
import denominator.model.rdata.RData;
import denominator.model.rdata.SPFData;
import denominator.model.rdata.TXTData;
import denominator.ultradns.UltraDnsJson.RRSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Plain UltraDNS rrsets as model sets, and back. Types arrive as {@code "A (1)"}; rdata are
 * presentation strings with absolute names, except that a TXT or SPF record of one character-string
 * is written without quotes (and a long unquoted text is the service's run of 255-byte strings).
 * Records whose text would not survive that form (bytes that are not UTF-8, a leading quote, an
 * empty string) are sent quoted, with the usual escapes.
 */
final class UltraDnsRecords {
  /** The TTL of a set put without one (ASSUMPTION: the service needs one). */
  static final int DEFAULT_TTL = 300;

  /** {@code "A"} of {@code "A (1)"}; a bare mnemonic as it is. */
  static String type(String rrtype) {
    int space = rrtype.indexOf(' ');
    return (space < 0 ? rrtype : rrtype.substring(0, space)).toUpperCase(Locale.ROOT);
  }

  /** The plain set of an rrset without a pool profile. */
  static ResourceRecordSet set(RRSet rrset) {
    String type = type(rrset.rrtype());
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(Names.absolute(rrset.ownerName())).type(type);
    if (rrset.ttl() != null) {
      set.ttl(rrset.ttl());
    }
    rrset.rdata().forEach(text -> set.add(data(type, text)));
    return set.build();
  }

  /** The record of one rdata string of {@code type}. */
  static RData data(String type, String text) {
    boolean unquoted = !text.startsWith("\"");
    if (type.equals("TXT") && unquoted) {
      return TXTData.ofText(text);
    }
    if (type.equals("SPF") && unquoted) {
      return SPFData.ofText(text);
    }
    return RData.parse(type, text);
  }

  /** The rdata strings of a set's records. */
  static List<String> rdata(ResourceRecordSet set) {
    return set.records().stream().map(UltraDnsRecords::text).toList();
  }

  /** The rdata string of one record: its presentation form, one plain text unquoted. */
  static String text(RData data) {
    if (data instanceof ProviderRData other) {
      throw new UnsupportedCapabilityException(
          UltraDnsProvider.NAME, other.provider() + " record data " + other.type() + " " + other);
    }
    List<String> strings =
        data instanceof TXTData txt
            ? txt.strings()
            : data instanceof SPFData spf ? spf.strings() : null;
    if (strings != null) {
      String joined = String.join("", strings);
      if (plainText(joined) && TXTData.ofText(joined).strings().equals(strings)) {
        return joined;
      }
    }
    return data.toString();
  }

  /** The bare mnemonic of a model type; {@code GenericData} types are their mnemonic already. */
  static String vendorType(RData data) {
    return data instanceof GenericData generic ? generic.type() : data.type();
  }

  // Text that reads back as itself when sent unquoted: not empty, no leading quote, UTF-8 only.
  private static boolean plainText(String text) {
    return !text.isEmpty()
        && !text.startsWith("\"")
        && new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
  }

  private UltraDnsRecords() {}
}
