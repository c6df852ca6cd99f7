package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.kit.SoaMailbox;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.AAAAData;
import denominator.model.rdata.AData;
import denominator.model.rdata.CAAData;
import denominator.model.rdata.CNAMEData;
import denominator.model.rdata.DSData;
import denominator.model.rdata.GenericData;
import denominator.model.rdata.HTTPSData;
import denominator.model.rdata.MXData;
import denominator.model.rdata.NAPTRData;
import denominator.model.rdata.NSData;
import denominator.model.rdata.PTRData;
import denominator.model.rdata.RData;
import denominator.model.rdata.SOAData;
import denominator.model.rdata.SPFData;
import denominator.model.rdata.SRVData;
import denominator.model.rdata.SSHFPData;
import denominator.model.rdata.SVCBData;
import denominator.model.rdata.TLSAData;
import denominator.model.rdata.TXTData;
import denominator.ns1.Ns1Json.Answer;
import denominator.ns1.Ns1Json.RecordJson;
import denominator.ns1.Ns1Json.Summary;
import denominator.ns1.Ns1Json.ZoneJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NS1 answers as model record data, and back. An answer is an array of the rdata's fields in order:
 * numbers as JSON numbers (read also as decimal strings), domain names without the trailing dot,
 * TXT and SPF one raw string (unquoted, unescaped; a text longer than 255 bytes reads as
 * consecutive 255-byte strings, as resolvers join them). Also the read-only SOA set, made of zone
 * fields.
 */
final class Ns1Records {
  /**
   * The fields of each type's answer: {@code n} a number, {@code d} a domain name, {@code s} a
   * token, {@code q} a character-string, {@code p} SVCB parameters (absent when none).
   */
  private static final Map<String, String> SHAPES =
      Map.ofEntries(
          Map.entry("A", "s"),
          Map.entry("AAAA", "s"),
          Map.entry("CNAME", "d"),
          Map.entry("NS", "d"),
          Map.entry("PTR", "d"),
          Map.entry("DNAME", "d"),
          Map.entry("MX", "nd"),
          Map.entry("SRV", "nnnd"),
          Map.entry("CAA", "nsq"),
          Map.entry("NAPTR", "nnqqqd"),
          Map.entry("DS", "nnns"),
          Map.entry("TLSA", "nnns"),
          Map.entry("SSHFP", "nns"),
          Map.entry("HTTPS", "ndp"),
          Map.entry("SVCB", "ndp"),
          Map.entry(Ns1Data.ALIAS, "d"),
          Map.entry(Ns1Data.URLFWD, "sssss"));

  /** The types this provider reads and writes: NS1's that the model also has. */
  static final List<String> TYPES =
      List.of(
          "A",
          "AAAA",
          "CAA",
          "CNAME",
          "DNAME",
          "DS",
          "HTTPS",
          "MX",
          "NAPTR",
          "NS",
          "PTR",
          "SPF",
          "SRV",
          "SSHFP",
          "SVCB",
          "TLSA",
          "TXT",
          Ns1Data.ALIAS,
          Ns1Data.URLFWD);

  /**
   * The types geo and weighted sets are declared for: those a filter chain can sensibly steer. Not
   * NS, DS or DNAME (a delegation or its digest is the same for every client) nor NS1's ALIAS and
   * URLFWD, which no test proves steerable.
   */
  static final List<String> STEERED_TYPES =
      List.of(
          "A", "AAAA", "CAA", "CNAME", "HTTPS", "MX", "NAPTR", "PTR", "SPF", "SRV", "SSHFP", "SVCB",
          "TLSA", "TXT");

  /** Whether the model can hold records of this type (of the model's name). */
  static boolean modelled(String type) {
    return TYPES.contains(type);
  }

  /** The record data of one answer array of {@code type}. */
  static RData data(String type, JsonArray answer) {
    if (Ns1Data.VENDOR_TYPES.containsKey(type)) {
      return Ns1Data.of(Ns1Data.VENDOR_TYPES.get(type), answer);
    }
    if (type.equals("TXT") || type.equals("SPF")) {
      String text = answer.get(0).getAsString();
      return type.equals("TXT") ? TXTData.ofText(text) : SPFData.ofText(text);
    }
    String shape = shape(type);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < answer.size() && i < shape.length(); i++) {
      String field = answer.get(i).getAsString();
      switch (shape.charAt(i)) {
        case 'd' -> tokens.add(Names.absolute(field));
        case 'q' -> tokens.add('"' + field.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        default -> tokens.add(field);
      }
    }
    String text = String.join(" ", tokens).strip();
    return type.equals("DNAME") ? GenericData.parse(type, text) : RData.parse(type, text);
  }

  /** The answer array of one record's data. */
  static JsonArray answer(RData data) {
    if (data instanceof Ns1Data ns1) {
      return ns1.answer();
    }
    JsonArray answer = new JsonArray();
    for (Object field : fields(data)) {
      answer.add(
          field instanceof Integer n ? new JsonPrimitive(n) : new JsonPrimitive((String) field));
    }
    return answer;
  }

  private static List<Object> fields(RData data) {
    if (data instanceof AData a) {
      return List.of(a.address());
    } else if (data instanceof AAAAData a) {
      return List.of(a.address());
    } else if (data instanceof CNAMEData c) {
      return List.of(name(c.target()));
    } else if (data instanceof NSData n) {
      return List.of(name(n.nameserver()));
    } else if (data instanceof PTRData p) {
      return List.of(name(p.target()));
    } else if (data instanceof MXData m) {
      return List.of(m.preference(), name(m.exchange()));
    } else if (data instanceof SRVData s) {
      return List.of(s.priority(), s.weight(), s.port(), name(s.target()));
    } else if (data instanceof CAAData c) {
      return List.of(c.flags(), c.tag(), c.value());
    } else if (data instanceof NAPTRData n) {
      return List.of(
          n.order(), n.preference(), n.flags(), n.services(), n.regexp(), name(n.replacement()));
    } else if (data instanceof DSData d) {
      return List.of(d.keyTag(), d.algorithm(), d.digestType(), d.digest());
    } else if (data instanceof TLSAData t) {
      return List.of(t.usage(), t.selector(), t.matchingType(), t.certificateData());
    } else if (data instanceof SSHFPData s) {
      return List.of(s.algorithm(), s.fingerprintType(), s.fingerprint());
    } else if (data instanceof HTTPSData h) {
      return svcb(h.priority(), h.target(), h.params());
    } else if (data instanceof SVCBData s) {
      return svcb(s.priority(), s.target(), s.params());
    } else if (data instanceof TXTData t) {
      return List.of(oneString(t.type(), t.strings()));
    } else if (data instanceof SPFData s) {
      return List.of(oneString(s.type(), s.strings()));
    } else if (data instanceof GenericData g && g.type().equals("DNAME")) {
      return List.of(name(g.toString()));
    }
    throw new UnsupportedCapabilityException(
        Ns1Provider.NAME, "record data " + data.type() + " " + data);
  }

  /** The plain set of a record without filters, regions or meta. */
  static ResourceRecordSet plain(String name, String type, Integer ttl, List<RData> records) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type(type);
    if (ttl != null) {
      set.ttl(ttl);
    }
    return set.records(records).build();
  }

  /**
   * The whole record of a {@code tier 1} summary: without filters, regions or meta, its short
   * answers are all it holds.
   */
  static RecordJson plainRecord(Summary summary) {
    List<Answer> answers = new ArrayList<>();
    for (String text : summary.shortAnswers()) {
      answers.add(new Answer(answer(shortAnswer(summary.type(), text)), null, new JsonObject()));
    }
    return new RecordJson(
        null,
        summary.domain(),
        summary.type(),
        summary.ttl(),
        new JsonObject(),
        answers,
        new JsonArray(),
        new JsonObject());
  }

  /** The record data of a summary's {@code short_answers} entry: fields joined by spaces. */
  static RData shortAnswer(String type, String text) {
    if (type.equals("TXT") || type.equals("SPF")) {
      return data(type, array(List.of(text)));
    }
    String[] parts = text.split(" ", shape(type).length());
    return data(type, array(List.of(parts)));
  }

  /**
   * The zone's SOA, read-only but for the fields {@link Ns1ZoneApi} writes: mname the first of
   * NS1's name servers, rname the hostmaster, minimum {@code nx_ttl}, TTL the zone's.
   */
  static Optional<ResourceRecordSet> soa(ZoneJson zone) {
    if (zone.dnsServers() == null || zone.dnsServers().isEmpty() || zone.hostmaster() == null) {
      return Optional.empty();
    }
    SOAData soa =
        new SOAData(
            Names.absolute(zone.dnsServers().get(0)),
            SoaMailbox.toRname(zone.hostmaster()),
            zone.serial() == null ? 0 : zone.serial(),
            orZero(zone.refresh()),
            orZero(zone.retry()),
            orZero(zone.expiry()),
            orZero(zone.nxTtl()));
    return Optional.of(plain(Names.absolute(zone.zone()), "SOA", zone.ttl(), List.of(soa)));
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static String shape(String type) {
    String shape = SHAPES.get(type);
    if (shape == null) {
      throw new UnsupportedCapabilityException(Ns1Provider.NAME, "record type " + type);
    }
    return shape;
  }

  private static List<Object> svcb(int priority, String target, String params) {
    return params.isEmpty()
        ? List.of(priority, name(target))
        : List.of(priority, name(target), params);
  }

  // NS1 keeps one raw string per answer: several character-strings would come back as one.
  private static String oneString(String type, List<String> strings) {
    String joined = String.join("", strings);
    if (!TXTData.ofText(joined).strings().equals(strings)) {
      throw new ValidationException(
          Ns1Provider.NAME + ": " + type + " of several character-strings",
          strings.toString(),
          "one text (longer than 255 bytes only as consecutive 255-byte strings)");
    }
    return joined;
  }

  /** A domain name as NS1 writes it: without the trailing dot, the root {@code "."} as it is. */
  static String name(String name) {
    return Ns1Endpoints.bare(name);
  }

  private static JsonArray array(List<String> fields) {
    JsonArray array = new JsonArray();
    fields.forEach(array::add);
    return array;
  }

  private Ns1Records() {}
}
