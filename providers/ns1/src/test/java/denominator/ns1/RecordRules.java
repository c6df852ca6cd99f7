package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * What the simulated NS1 accepts as a record's fields ({@code ttl}, {@code answers}, {@code
 * filters}, {@code regions}, {@code meta}, {@code use_client_subnet}) and their stored form. A
 * refusal is a 400 {@code Input validation failed (...)} naming the bad value.
 */
final class RecordRules {
  /** The filter names NS1 accepts. */
  static final List<String> FILTERS =
      List.of(
          "up",
          "shed_load",
          "priority",
          "weighted_shuffle",
          "shuffle",
          "sticky",
          "weighted_sticky",
          "sticky_region",
          "select_first_n",
          "select_first_region",
          "geofence_country",
          "geofence_regional",
          "geotarget_country",
          "geotarget_latlong",
          "geotarget_regional",
          "netfence_asn",
          "netfence_prefix",
          "ipv4_prefix_shuffle");

  /** The record fields a write may carry; others are ignored (ASSUMPTION). */
  static final List<String> FIELDS =
      List.of("ttl", "answers", "filters", "regions", "meta", "use_client_subnet");

  private static final long MAX_TTL = 2147483647L;

  private RecordRules() {}

  /**
   * The stored fields of a record of {@code type} from its fields after a write (a PUT's body, or
   * the stored fields with a POST's replacing them); every member is checked.
   */
  static JsonObject normalize(String type, JsonObject fields) {
    JsonObject stored = new JsonObject();
    stored.addProperty("ttl", ttl(fields.get("ttl")));
    JsonElement subnet = fields.get("use_client_subnet");
    stored.addProperty(
        "use_client_subnet",
        subnet == null || subnet.isJsonNull() || bool("use_client_subnet", subnet));
    MetaRules.check("meta", fields.get("meta"));
    stored.add("meta", MetaRules.objectOrEmpty(fields.get("meta")).deepCopy());
    stored.add("answers", answers(type, fields.get("answers")));
    stored.add("filters", filters(fields.get("filters")));
    stored.add("regions", regions(fields.get("regions")));
    return stored;
  }

  private static long ttl(JsonElement ttl) {
    boolean ok =
        ttl != null
            && ttl.isJsonPrimitive()
            && ttl.getAsString().matches("\\d{1,10}")
            && Long.parseLong(ttl.getAsString()) <= MAX_TTL;
    if (!ok) {
      throw Ns1Refusal.invalid("ttl: " + ttl + " is not an integer from 0 to " + MAX_TTL);
    }
    return Long.parseLong(ttl.getAsString());
  }

  private static boolean bool(String key, JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      throw Ns1Refusal.invalid(key + ": " + value + " is not a boolean");
    }
    return value.getAsBoolean();
  }

  private static JsonArray answers(String type, JsonElement answers) {
    if (answers == null || !answers.isJsonArray() || answers.getAsJsonArray().isEmpty()) {
      throw Ns1Refusal.invalid("answers: " + answers + " is not a non-empty array");
    }
    JsonArray stored = new JsonArray();
    JsonArray given = answers.getAsJsonArray();
    for (int i = 0; i < given.size(); i++) {
      String where = "answers[" + i + "]";
      if (!given.get(i).isJsonObject()) {
        throw Ns1Refusal.invalid(where + ": " + given.get(i) + " is not an object");
      }
      JsonObject answer = given.get(i).getAsJsonObject();
      JsonObject one = new JsonObject();
      one.add("answer", AnswerRules.normalize(type, where + ".answer", answer.get("answer")));
      MetaRules.check(where + ".meta", answer.get("meta"));
      one.add("meta", MetaRules.objectOrEmpty(answer.get("meta")).deepCopy());
      JsonElement region = answer.get("region");
      if (region != null && !region.isJsonNull()) {
        if (!region.isJsonPrimitive() || !region.getAsJsonPrimitive().isString()) {
          throw Ns1Refusal.invalid(where + ".region: " + region + " is not a string");
        }
        one.add("region", region);
      }
      stored.add(one);
    }
    return stored;
  }

  private static JsonArray filters(JsonElement filters) {
    if (filters == null) {
      return new JsonArray();
    }
    if (!filters.isJsonArray()) {
      // NS1's own wording for a null here
      throw Ns1Refusal.invalid(
          "Value "
              + (filters.isJsonNull() ? "None" : filters.toString())
              + " for field '<obj>.filters' is not of type array");
    }
    JsonArray stored = new JsonArray();
    for (JsonElement element : filters.getAsJsonArray()) {
      JsonElement name = element.isJsonObject() ? element.getAsJsonObject().get("filter") : null;
      if (name == null || !name.isJsonPrimitive() || !FILTERS.contains(name.getAsString())) {
        throw Ns1Refusal.invalid(
            "unknown filter: " + (name == null ? element : name.getAsString()));
      }
      JsonObject filter = element.getAsJsonObject().deepCopy();
      JsonElement config = filter.get("config");
      if (config == null || config.isJsonNull()) {
        filter.add("config", new JsonObject());
      } else if (!config.isJsonObject()) {
        throw Ns1Refusal.invalid(
            "filters." + name.getAsString() + ".config: " + config + " is not an object");
      }
      if (filter.has("disabled")) {
        bool("filters." + name.getAsString() + ".disabled", filter.get("disabled"));
      }
      stored.add(filter);
    }
    return stored;
  }

  private static JsonObject regions(JsonElement regions) {
    if (regions == null || regions.isJsonNull()) {
      return new JsonObject();
    }
    if (!regions.isJsonObject()) {
      throw Ns1Refusal.invalid("regions: " + regions + " is not an object");
    }
    JsonObject stored = new JsonObject();
    for (Map.Entry<String, JsonElement> entry : regions.getAsJsonObject().entrySet()) {
      String where = "regions." + entry.getKey();
      if (!entry.getValue().isJsonObject()) {
        throw Ns1Refusal.invalid(where + ": " + entry.getValue() + " is not an object");
      }
      JsonElement meta = entry.getValue().getAsJsonObject().get("meta");
      MetaRules.check(where + ".meta", meta);
      JsonObject region = new JsonObject();
      region.add("meta", MetaRules.objectOrEmpty(meta).deepCopy());
      stored.add(entry.getKey(), region);
    }
    return stored;
  }
}
