package denominator.cloudflare;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import denominator.cloudflare.CloudflareJson.RecordJson;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import denominator.model.rdata.TXTData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cloudflare records as model record data, and back. A value travels in one of three ways: {@code
 * content} alone (A, AAAA, CNAME, NS, PTR, TXT), {@code priority} and {@code content} (MX), or the
 * structured {@code data} object whose fields are the value's fields in presentation order (SRV,
 * CAA, DS, ...; URI with its {@code priority} beside). Domain names go without their trailing dot;
 * TXT content is quoted character-strings of at most 255 bytes.
 */
final class CloudflareRecords {
  /**
   * The {@code data} fields of each structured type, in presentation order, each after its kind:
   * {@code n:} a number, {@code d:} a domain name, {@code s:} a token, {@code q:} a
   * character-string, {@code m:} metres, {@code r:} the rest of the value. URI's {@code priority}
   * is the record's.
   */
  private static final Map<String, String> DATA =
      Map.ofEntries(
          Map.entry("SRV", "n:priority n:weight n:port d:target"),
          Map.entry("CAA", "n:flags s:tag q:value"),
          Map.entry("DS", "n:key_tag n:algorithm n:digest_type s:digest"),
          Map.entry("TLSA", "n:usage n:selector n:matching_type s:certificate"),
          Map.entry("SMIMEA", "n:usage n:selector n:matching_type s:certificate"),
          Map.entry("SSHFP", "n:algorithm n:type s:fingerprint"),
          Map.entry("NAPTR", "n:order n:preference q:flags q:service q:regex d:replacement"),
          Map.entry("HTTPS", "n:priority d:target r:value"),
          Map.entry("SVCB", "n:priority d:target r:value"),
          Map.entry("URI", "n:priority n:weight q:target"),
          Map.entry("CERT", "n:type n:key_tag n:algorithm r:certificate"),
          Map.entry("DNSKEY", "n:flags n:protocol n:algorithm r:public_key"),
          Map.entry(
              "LOC",
              "n:lat_degrees n:lat_minutes n:lat_seconds s:lat_direction n:long_degrees"
                  + " n:long_minutes n:long_seconds s:long_direction m:altitude m:size"
                  + " m:precision_horz m:precision_vert"));

  /** Types whose value is a domain name in {@code content}. */
  private static final List<String> NAMED = List.of("CNAME", "NS", "PTR");

  /** The types this provider reads and writes. */
  static final List<String> TYPES =
      List.of(
          ("A AAAA CAA CERT CNAME DNSKEY DS HTTPS LOC MX NAPTR NS OPENPGPKEY PTR SMIMEA SRV SSHFP"
                  + " SVCB TLSA TXT URI")
              .split(" "));

  /** How one value travels: what goes in {@code content}, {@code data} and {@code priority}. */
  record Wire(String content, JsonObject data, Integer priority) {}

  /** The value one record holds. */
  static RData data(RecordJson record) {
    String type = record.type();
    List<String> fields = fields(type);
    if (!fields.isEmpty() && record.data() != null) {
      return RData.parse(type, fromData(record, fields));
    }
    String content = record.content() == null ? "" : record.content();
    if (type.equals("TXT")) {
      return content.startsWith("\"") ? TXTData.parse(content) : TXTData.ofText(content);
    }
    if (type.equals("MX")) {
      return RData.parse(type, record.priority() + " " + Names.absolute(content));
    }
    return RData.parse(type, NAMED.contains(type) ? Names.absolute(content) : content);
  }

  /** How {@code value}, of a type in {@link #TYPES}, is written. */
  static Wire wire(RData value) {
    String type = value.type();
    List<String> fields = fields(type);
    List<String> tokens = tokens(value.toString());
    if (!fields.isEmpty()) {
      return toData(type, fields, tokens);
    }
    if (type.equals("MX")) {
      return new Wire(bare(tokens.get(1)), null, Integer.valueOf(tokens.get(0)));
    }
    if (NAMED.contains(type)) {
      return new Wire(bare(value.toString()), null, null);
    }
    return new Wire(value.toString(), null, null);
  }

  private static String fromData(RecordJson record, List<String> fields) {
    List<String> tokens = new ArrayList<>();
    for (String field : fields) {
      String name = field.substring(2);
      JsonElement element =
          name.equals("priority") && !record.data().has(name)
              ? record.priority() == null ? null : new JsonPrimitive(record.priority())
              : record.data().get(name);
      if (element == null || element.isJsonNull()) {
        continue; // an empty SVCB value
      }
      String text = element.getAsString();
      tokens.add(
          switch (field.charAt(0)) {
            case 'd' -> Names.absolute(text);
            case 'q' -> TXTData.of(text).toString();
            case 'm' -> text + "m";
            default -> text;
          });
    }
    return String.join(" ", tokens).strip();
  }

  private static Wire toData(String type, List<String> fields, List<String> tokens) {
    JsonObject data = new JsonObject();
    Integer priority = null;
    for (int i = 0; i < fields.size() && i < tokens.size(); i++) {
      String field = fields.get(i);
      String name = field.substring(2);
      String token = tokens.get(i);
      switch (field.charAt(0)) {
        case 'n' -> data.addProperty(name, new BigDecimal(token));
        case 'd' -> data.addProperty(name, bare(token));
        case 'q' -> data.addProperty(name, TXTData.parse(token).strings().get(0));
        case 'm' -> data.addProperty(name, new BigDecimal(token.replaceAll("m$", "")));
        case 'r' -> data.addProperty(name, String.join(" ", tokens.subList(i, tokens.size())));
        default -> data.addProperty(name, token);
      }
    }
    if (type.equals("URI")) { // URI's priority is the record's, beside its data
      priority = data.remove("priority").getAsInt();
    }
    if (fields.get(fields.size() - 1).startsWith("r") && !data.has(last(fields))) {
      data.addProperty(last(fields), "");
    }
    return new Wire(null, data, priority);
  }

  /**
   * The set of one name and type's records (all of one key): its TTL is the first record's, {@code
   * 1} being no TTL (Cloudflare's automatic); its provider data is {@link
   * CloudflareProviderData}'s.
   */
  static ResourceRecordSet toSet(List<RecordJson> records) {
    RecordJson first = records.get(0);
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(Names.absolute(first.name())).type(first.type());
    if (first.ttl() != null && first.ttl() != CloudflareProviderData.AUTOMATIC) {
      set.ttl(first.ttl());
    }
    List<RData> values = new ArrayList<>();
    records.forEach(record -> values.add(data(record)));
    return set.records(values.stream().distinct().toList())
        .providerData(CloudflareProviderData.of(records, values))
        .build();
  }

  /** Splits presentation text into its fields: quoted strings stay one field, quotes included. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        token.append(c).append(text.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
        token.append(c);
      } else if (c == ' ' && !quoted) {
        if (!token.isEmpty()) {
          tokens.add(token.toString());
          token.setLength(0);
        }
      } else {
        token.append(c);
      }
    }
    if (!token.isEmpty()) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  /** A domain name as Cloudflare writes it: without the trailing dot, the root as {@code "."}. */
  static String bare(String name) {
    return name.endsWith(".") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
  }

  private static List<String> fields(String type) {
    return DATA.containsKey(type) ? List.of(DATA.get(type).split(" ")) : List.of();
  }

  private static String last(List<String> fields) {
    return fields.get(fields.size() - 1).substring(2);
  }

  private CloudflareRecords() {}
}
