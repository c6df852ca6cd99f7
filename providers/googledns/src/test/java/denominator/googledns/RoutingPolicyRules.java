package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code routingPolicy} of an rrset as the simulated Cloud DNS checks and stores it (wire page,
 * section 6): exactly one of {@code wrr} (weights numbers 0..1000), {@code geo} (unique GCP region
 * locations) or {@code primaryBackup} (kept verbatim); at most 100 items, each with rrdatas of the
 * rrset's type; {@code kind} members dropped.
 */
final class RoutingPolicyRules {
  private static final Pattern REGION = Pattern.compile("[a-z]+-[a-z]+[0-9]+");
  private static final double MAX_WEIGHT = 1000;
  private static final int MAX_ITEMS = 100;

  private RoutingPolicyRules() {}

  /** Checks {@code policy} of an rrset of {@code type} and returns it as stored. */
  static JsonObject check(String type, JsonObject policy, String field, int maxRrdatas) {
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
        rrdatas(type, item, itemField, maxRrdatas);
      }
    }
    if (geo) {
      JsonArray items = items(stored.getAsJsonObject("geo"), field + ".geo");
      Set<String> locations = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        JsonObject item = items.get(i).getAsJsonObject();
        String itemField = field + ".geo.items[" + i + "]";
        String location = RrsetRules.string(item, "location", itemField);
        if (!REGION.matcher(location).matches() || !locations.add(location)) {
          throw GoogleRefusal.invalidValue(itemField + ".location", location);
        }
        rrdatas(type, item, itemField, maxRrdatas);
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

  private static void rrdatas(String type, JsonObject item, String field, int maxRrdatas) {
    JsonArray rrdatas = RrsetRules.strings(item, "rrdatas", field);
    if (rrdatas.isEmpty()) {
      throw GoogleRefusal.required(field + ".rrdatas");
    }
    RrsetRules.checkRrdatas(type, rrdatas, field + ".rrdata", maxRrdatas);
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
}
