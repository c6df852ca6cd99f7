package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.InvalidChangeException;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.kit.NameType;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * Cloud DNS rrsets as record sets, and back. An rrset's {@code rrdatas} are presentation strings,
 * which the model's {@link RData#parse} reads and {@link RData#toString} prints (TXT always as
 * quoted strings of at most 255 bytes). An rrset without a routing policy is one plain set; one
 * with a policy is the qualified sets {@link GoogleDnsWeights} reads. The SOA is the apex rrset
 * like any other.
 */
final class GoogleDnsRecords {
  /** The types Cloud DNS holds. */
  static final List<String> TYPES =
      List.of(
          "A",
          "AAAA",
          "CAA",
          "CNAME",
          "DNSKEY",
          "DS",
          "HTTPS",
          "IPSECKEY",
          "MX",
          "NAPTR",
          "NS",
          "PTR",
          "SOA",
          "SPF",
          "SRV",
          "SSHFP",
          "SVCB",
          "TLSA",
          "TXT");

  /**
   * The types weighted sets are declared for: those a resolver may sensibly answer differently (not
   * a delegation, its digests, keys or the SOA).
   */
  static final List<String> WEIGHTED_TYPES =
      List.of(
          "A", "AAAA", "CAA", "CNAME", "HTTPS", "MX", "NAPTR", "PTR", "SPF", "SRV", "SSHFP", "SVCB",
          "TLSA", "TXT");

  /** The TTL of a set put without one: the TTL of the rrset it replaces, else this. */
  static final int DEFAULT_TTL = 300;

  /** The sets of one rrset: a plain set, or those of its routing policy. */
  static List<ResourceRecordSet> sets(RRSet rrset) {
    if (rrset.routingPolicy() != null) {
      return GoogleDnsWeights.sets(rrset);
    }
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(rrset.name()).type(rrset.type());
    if (rrset.ttl() != null) {
      set.ttl(rrset.ttl());
    }
    rrset.rrdatas().forEach(rrdata -> set.add(data(rrset.type(), rrdata)));
    return rrset.rrdatas().isEmpty() ? List.of() : List.of(set.build());
  }

  /** The record data of one rrdata of {@code type}. */
  static RData data(String type, String rrdata) {
    return RData.parse(type, rrdata);
  }

  /** The rrdata of one record's data. */
  static String rrdata(RData data) {
    return data.toString();
  }

  /**
   * The rrset that holds {@code sets}, every set of one name and type: one plain set, or weighted
   * sets sharing one TTL. Fields of {@code kept} (the rrset replaced, or null) this provider does
   * not write are kept.
   *
   * @throws InvalidChangeException when the sets cannot be one rrset
   */
  static JsonObject rrset(NameType target, List<ResourceRecordSet> sets, JsonObject kept) {
    boolean plain = sets.size() == 1 && sets.get(0).qualifier().isEmpty();
    if (!plain && !sets.stream().allMatch(set -> set.weighted().isPresent())) {
      throw refused(target, "one plain set, or weighted sets, not both", sets);
    }
    List<Integer> ttls =
        sets.stream().flatMap(set -> set.ttl().stream().boxed()).distinct().toList();
    if (ttls.size() > 1) {
      throw refused(target, "one TTL for all weighted sets of a name and type", sets);
    }
    int ttl =
        ttls.isEmpty()
            ? kept != null && kept.has("ttl") ? kept.get("ttl").getAsInt() : DEFAULT_TTL
            : ttls.get(0);
    JsonElement content = plain ? rrdatas(sets.get(0).records()) : GoogleDnsWeights.policy(sets);
    return RRSet.write(target.name(), target.type(), ttl, content, kept);
  }

  /** The rrdatas of these records. */
  static JsonArray rrdatas(List<RData> records) {
    JsonArray rrdatas = new JsonArray();
    records.forEach(data -> rrdatas.add(rrdata(data)));
    return rrdatas;
  }

  /** The UTF-8 bytes of every rrdata of these sets: what Cloud DNS counts against a change. */
  static long bytes(Collection<ResourceRecordSet> sets) {
    return sets.stream()
        .flatMap(set -> set.records().stream())
        .mapToLong(data -> rrdata(data).getBytes(StandardCharsets.UTF_8).length)
        .sum();
  }

  private static InvalidChangeException refused(
      NameType target, String expected, List<ResourceRecordSet> sets) {
    return new InvalidChangeException(
        GoogleDnsProvider.NAME,
        List.of(
            target.name()
                + " "
                + target.type()
                + " is one rrset, which holds "
                + expected
                + ": "
                + sets.stream().map(ResourceRecordSet::key).toList()));
  }

  private GoogleDnsRecords() {}
}
