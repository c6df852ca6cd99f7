package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One rrset of a change as the simulated Cloud DNS checks, stores and compares it (wire page,
 * section 6): name inside the zone, a supported type, a TTL, either {@code rrdatas} or a {@code
 * routingPolicy} (wrr or geo checked; primaryBackup and health checks kept verbatim), every rrdata
 * in its type's form. Refusals name the field under {@code entity}, e.g. {@code
 * entity.change.additions[0].rrdata[1]}.
 */
final class RrsetRules {
  private RrsetRules() {}

  /**
   * Checks {@code rrset} for zone {@code apex} and returns it as stored: the fields Google emits,
   * {@code kind} first, policy {@code kind}s dropped, empty arrays omitted.
   */
  static JsonObject check(JsonObject rrset, String entity, String apex, int maxRrdatas) {
    String name = string(rrset, "name", entity);
    if (!DnsNames.isAbsolute(name) || !DnsNames.inZone(name, apex)) {
      throw GoogleRefusal.invalidValue(entity + ".name", name);
    }
    String type = string(rrset, "type", entity);
    if (!RdataRules.TYPES.contains(type)) {
      throw GoogleRefusal.invalidValue(entity + ".type", type);
    }
    long ttl = ttl(rrset, entity);
    boolean apexName = name.equalsIgnoreCase(apex);
    if (!apexName && type.equals("SOA") || apexName && type.equals("CNAME")) {
      throw GoogleRefusal.invalidValue(entity + ".type", type + " at " + name);
    }
    JsonArray rrdatas = strings(rrset, "rrdatas", entity);
    JsonObject policy =
        rrset.has("routingPolicy") && !rrset.get("routingPolicy").isJsonNull()
            ? rrset.getAsJsonObject("routingPolicy")
            : null;
    if (rrdatas.isEmpty() == (policy == null)) {
      throw policy == null
          ? GoogleRefusal.required(entity + ".rrdatas")
          : GoogleRefusal.invalidValue(entity + ".routingPolicy", "given beside rrdatas");
    }
    JsonObject stored = new JsonObject();
    stored.addProperty("kind", "dns#resourceRecordSet");
    stored.addProperty("name", name);
    stored.addProperty("type", type);
    stored.addProperty("ttl", ttl);
    if (policy == null) {
      checkRrdatas(type, rrdatas, entity + ".rrdata", maxRrdatas);
      if (type.equals("SOA") && rrdatas.size() != 1) {
        throw GoogleRefusal.invalidValue(entity + ".rrdata", rrdatas.size() + " SOA rrdatas");
      }
      stored.add("rrdatas", rrdatas);
    }
    JsonArray signatures = strings(rrset, "signatureRrdatas", entity);
    if (!signatures.isEmpty()) {
      stored.add("signatureRrdatas", signatures);
    }
    if (policy != null) {
      stored.add(
          "routingPolicy",
          RoutingPolicyRules.check(type, policy, entity + ".routingPolicy", maxRrdatas));
    }
    return stored;
  }

  /** The UTF-8 bytes of every rrdata of {@code rrset}, plain and in routing items. */
  static long rrdataBytes(JsonElement element) {
    long bytes = 0;
    if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
        if (member.getKey().equals("rrdatas") && member.getValue().isJsonArray()) {
          for (JsonElement rdata : member.getValue().getAsJsonArray()) {
            bytes += rdata.getAsString().getBytes(StandardCharsets.UTF_8).length;
          }
        } else {
          bytes += rrdataBytes(member.getValue());
        }
      }
    } else if (element.isJsonArray()) {
      for (JsonElement item : element.getAsJsonArray()) {
        bytes += rrdataBytes(item);
      }
    }
    return bytes;
  }

  static void checkRrdatas(String type, JsonArray rrdatas, String field, int most) {
    if (rrdatas.size() > most) {
      throw GoogleRefusal.quotaExceeded("resourceRecordsPerRrset", rrdatas.size(), most);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rrdatas.size(); i++) {
      String rdata = rrdatas.get(i).getAsString();
      RdataRules.check(type, rdata, field + "[" + i + "]");
      if (!seen.add(rdata)) {
        throw GoogleRefusal.invalidValue(field + "[" + i + "]", rdata + " (a duplicate)");
      }
    }
  }

  static String string(JsonObject object, String member, String entity) {
    JsonElement value = object.get(member);
    if (value == null || value.isJsonNull()) {
      throw GoogleRefusal.required(entity + "." + member);
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw GoogleRefusal.invalidValue(entity + "." + member, value);
    }
    return value.getAsString();
  }

  private static long ttl(JsonObject rrset, String entity) {
    JsonElement ttl = rrset.get("ttl");
    if (ttl == null || ttl.isJsonNull()) {
      throw GoogleRefusal.required(entity + ".ttl");
    }
    String text = ttl.isJsonPrimitive() ? ttl.getAsString() : ttl.toString();
    if (!RdataRules.isUint(text, Integer.MAX_VALUE)) {
      throw GoogleRefusal.invalidValue(entity + ".ttl", text);
    }
    return Long.parseLong(text);
  }

  /** A member that must be an array of strings (absent or null: empty). */
  static JsonArray strings(JsonObject object, String member, String entity) {
    JsonElement value = object.get(member);
    if (value == null || value.isJsonNull()) {
      return new JsonArray();
    }
    if (!value.isJsonArray()) {
      throw GoogleRefusal.invalidValue(entity + "." + member, value);
    }
    JsonArray copy = new JsonArray();
    for (JsonElement item : value.getAsJsonArray()) {
      if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
        throw GoogleRefusal.invalidValue(entity + "." + member, item);
      }
      copy.add(item);
    }
    return copy;
  }
}
