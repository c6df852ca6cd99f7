package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rrset of a change as the simulated Cloud DNS checks, stores and compares it (wire page,
 * section 6): name inside the zone, a supported type, a TTL, either {@code rrdatas} or a {@code
 * routingPolicy} (wrr or geo checked; primaryBackup and health checks kept verbatim), every rrdata
 * in its type's form. Refusals name the field under {@code entity}, e.g. {@code
 * entity.change.additions[0].rrdata[1]}.
 */
final class RrsetRules {
  private static final Pattern REGION = Pattern.compile("[a-z]+-[a-z]+[0-9]+");
  private static final double MAX_WEIGHT = 1000;
  private static final int MAX_ITEMS = 100;

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
      stored.add("routingPolicy", policy(type, policy, entity + ".routingPolicy", maxRrdatas));
    }
    return stored;
  }

  /**
   * The form two rrsets are compared in for an exact-match deletion: name lower-case, rrdata lists
   * sorted, numbers as doubles, {@code kind} and a false {@code enableFencing} dropped. Signatures
   * count only when {@code withSignatures}.
   */
  static JsonElement comparable(JsonObject rrset, boolean withSignatures) {
    JsonObject copy = rrset.deepCopy();
    copy.addProperty("name", RrsetKey.of(copy.get("name").getAsString(), "").name());
    if (!withSignatures) {
      copy.remove("signatureRrdatas");
    }
    return normalized(copy);
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

  private static JsonObject policy(String type, JsonObject policy, String field, int maxRrdatas) {
    JsonObject stored = withoutKinds(policy).getAsJsonObject();
    boolean wrr = stored.has("wrr");
    boolean geo = stored.has("geo");
    boolean primaryBackup = stored.has("primaryBackup");
    if ((wrr ? 1 : 0) + (geo ? 1 : 0) + (primaryBackup ? 1 : 0) != 1) {
      throw GoogleRefusal.invalidValue(field, "expected exactly one of wrr, geo, primaryBackup");
    }
    if (wrr) {
      JsonArray items = items(stored.getAsJsonObject("wrr"), field + ".wrr");
      for (int i = 0; i < items.size(); i++) {
        JsonObject item = items.get(i).getAsJsonObject();
        String itemField = field + ".wrr.items[" + i + "]";
        JsonElement weight = item.get("weight");
        if (weight == null
            || !weight.isJsonPrimitive()
            || !weight.getAsJsonPrimitive().isNumber()
            || !(weight.getAsDouble() >= 0 && weight.getAsDouble() <= MAX_WEIGHT)) {
          throw GoogleRefusal.invalidValue(itemField + ".weight", weight);
        }
        itemRrdatas(type, item, itemField, maxRrdatas);
      }
    }
    if (geo) {
      JsonArray items = items(stored.getAsJsonObject("geo"), field + ".geo");
      Set<String> locations = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        JsonObject item = items.get(i).getAsJsonObject();
        String itemField = field + ".geo.items[" + i + "]";
        String location = string(item, "location", itemField);
        if (!REGION.matcher(location).matches() || !locations.add(location)) {
          throw GoogleRefusal.invalidValue(itemField + ".location", location);
        }
        itemRrdatas(type, item, itemField, maxRrdatas);
      }
    }
    return stored;
  }

  private static JsonArray items(JsonObject policy, String field) {
    JsonArray items =
        policy.has("items") && policy.get("items").isJsonArray()
            ? policy.getAsJsonArray("items")
            : new JsonArray();
    if (items.isEmpty()) {
      throw GoogleRefusal.required(field + ".items");
    }
    if (items.size() > MAX_ITEMS) {
      throw GoogleRefusal.invalidValue(field + ".items", items.size() + " items (at most 100)");
    }
    return items;
  }

  private static void itemRrdatas(String type, JsonObject item, String field, int maxRrdatas) {
    JsonArray rrdatas = strings(item, "rrdatas", field);
    if (rrdatas.isEmpty()) {
      throw GoogleRefusal.required(field + ".rrdatas");
    }
    checkRrdatas(type, rrdatas, field + ".rrdata", maxRrdatas);
  }

  private static void checkRrdatas(String type, JsonArray rrdatas, String field, int most) {
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

  private static String string(JsonObject object, String member, String entity) {
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
  private static JsonArray strings(JsonObject object, String member, String entity) {
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

  private static JsonElement withoutKinds(JsonElement element) {
    if (element.isJsonObject()) {
      JsonObject copy = new JsonObject();
      element.getAsJsonObject().entrySet().stream()
          .filter(member -> !member.getKey().equals("kind"))
          .forEach(member -> copy.add(member.getKey(), withoutKinds(member.getValue())));
      return copy;
    }
    if (element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      element.getAsJsonArray().forEach(item -> copy.add(withoutKinds(item)));
      return copy;
    }
    return element;
  }

  private static JsonElement normalized(JsonElement element) {
    if (element.isJsonObject()) {
      JsonObject copy = new JsonObject();
      for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
        String key = member.getKey();
        JsonElement value = member.getValue();
        boolean falseFencing =
            key.equals("enableFencing") && value.isJsonPrimitive() && !value.getAsBoolean();
        if (!key.equals("kind") && !falseFencing && !value.isJsonNull()) {
          copy.add(key, sortedIfRrdatas(key, normalized(value)));
        }
      }
      return copy;
    }
    if (element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      element.getAsJsonArray().forEach(item -> copy.add(normalized(item)));
      return copy;
    }
    if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
      return new JsonPrimitive(element.getAsDouble());
    }
    return element;
  }

  private static JsonElement sortedIfRrdatas(String key, JsonElement value) {
    if (!(key.equals("rrdatas") || key.equals("signatureRrdatas")) || !value.isJsonArray()) {
      return value;
    }
    List<String> sorted = new ArrayList<>();
    value.getAsJsonArray().forEach(item -> sorted.add(item.getAsString()));
    sorted.sort(null);
    JsonArray array = new JsonArray();
    sorted.forEach(array::add);
    return array;
  }
}
