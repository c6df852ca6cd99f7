package denominator.ns1;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The meta keys the simulated NS1 accepts on a record, a region or an answer, each with the JSON
 * type and rule of the wire page's table; any value may instead be a feed pointer {@code
 * {"feed":"<id>"}}. Refusals name the key and the bad value.
 */
final class MetaRules {
  /** NS1's seven georegions: not continents. */
  static final List<String> GEOREGIONS =
      List.of("US-EAST", "US-CENTRAL", "US-WEST", "EUROPE", "ASIAPAC", "SOUTH-AMERICA", "AFRICA");

  private static final int MAX_NOTE = 256;
  private static final int MAX_PREFIXES = 1000;
  private static final Pattern SUBDIVISION_SUFFIX = Pattern.compile("[A-Z0-9]{1,3}");

  private static final Map<String, BiConsumer<String, JsonElement>> RULES =
      Map.ofEntries(
          Map.entry("country", (key, value) -> strings(key, value, MetaRules::country)),
          Map.entry("us_state", (key, value) -> strings(key, value, (k, v) -> state(k, v, "US"))),
          Map.entry(
              "ca_province", (key, value) -> strings(key, value, (k, v) -> state(k, v, "CA"))),
          Map.entry("subdivisions", MetaRules::subdivisions),
          Map.entry("georegion", (key, value) -> strings(key, value, MetaRules::georegion)),
          Map.entry("weight", (key, value) -> number(key, value, false)),
          Map.entry("priority", (key, value) -> number(key, value, true)),
          Map.entry("up", MetaRules::bool),
          Map.entry("note", MetaRules::note),
          Map.entry("ip_prefixes", MetaRules::prefixes),
          Map.entry("connections", MetaRules::anyNumber),
          Map.entry("requests", MetaRules::anyNumber),
          Map.entry("loadavg", MetaRules::anyNumber),
          Map.entry("pulsar", MetaRules::any),
          Map.entry("latitude", MetaRules::anyNumber),
          Map.entry("longitude", MetaRules::anyNumber),
          Map.entry("asn", MetaRules::any),
          Map.entry("low_watermark", MetaRules::anyNumber),
          Map.entry("high_watermark", MetaRules::anyNumber),
          Map.entry("iso_region_code", MetaRules::any));

  private MetaRules() {}

  /** Checks a meta object found at {@code where} (e.g. {@code answers[0].meta}). */
  static void check(String where, JsonElement meta) {
    if (meta == null || meta.isJsonNull()) {
      return;
    }
    if (!meta.isJsonObject()) {
      throw Ns1Refusal.invalid(where + ": " + meta + " is not an object");
    }
    for (Map.Entry<String, JsonElement> entry : meta.getAsJsonObject().entrySet()) {
      String key = where + "." + entry.getKey();
      BiConsumer<String, JsonElement> rule = RULES.get(entry.getKey());
      if (rule == null) {
        throw Ns1Refusal.invalid(
            key + ": unknown meta key (expected one of " + RULES.keySet() + ")");
      }
      if (!isFeed(entry.getValue())) {
        rule.accept(key, entry.getValue());
      }
    }
  }

  /** Whether a meta value is a data feed pointer rather than a value. */
  static boolean isFeed(JsonElement value) {
    return value != null
        && value.isJsonObject()
        && value.getAsJsonObject().size() == 1
        && value.getAsJsonObject().has("feed")
        && value.getAsJsonObject().get("feed").isJsonPrimitive();
  }

  private static void strings(String key, JsonElement value, BiConsumer<String, String> rule) {
    if (!value.isJsonArray()) {
      throw Ns1Refusal.invalid(key + ": " + value + " is not an array of strings");
    }
    for (JsonElement element : value.getAsJsonArray()) {
      if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
        throw Ns1Refusal.invalid(key + ": " + element + " is not a string");
      }
      rule.accept(key, element.getAsString());
    }
  }

  private static void country(String key, String code) {
    boolean known =
        RegionKind.COUNTRY.hasShape(code)
            && Regions.find(code).filter(r -> r.kind() == RegionKind.COUNTRY).isPresent();
    if (!known) {
      throw Ns1Refusal.invalid(key + ": \"" + code + "\" is not an ISO 3166-1 alpha-2 code");
    }
  }

  private static void state(String key, String code, String country) {
    if (code.length() != 2 || Regions.find(country + "-" + code).isEmpty()) {
      throw Ns1Refusal.invalid(
          key
              + ": \""
              + code
              + "\" is not a subdivision of "
              + country
              + " (expected e.g. "
              + (country.equals("US") ? "CA" : "QC")
              + ")");
    }
  }

  private static void subdivisions(String key, JsonElement value) {
    if (!value.isJsonObject()) {
      throw Ns1Refusal.invalid(key + ": " + value + " is not an object of country to subdivisions");
    }
    for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
      country(key, entry.getKey());
      strings(
          key + "." + entry.getKey(),
          entry.getValue(),
          (k, code) -> {
            if (!SUBDIVISION_SUFFIX.matcher(code).matches()) {
              throw Ns1Refusal.invalid(k + ": \"" + code + "\" is not an ISO 3166-2 suffix");
            }
          });
    }
  }

  private static void georegion(String key, String code) {
    if (!GEOREGIONS.contains(code)) {
      throw Ns1Refusal.invalid(
          key + ": \"" + code + "\" is not a georegion (expected one of " + GEOREGIONS + ")");
    }
  }

  private static void number(String key, JsonElement value, boolean priority) {
    boolean isNumber = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    double number = isNumber ? value.getAsDouble() : -1;
    boolean ok = priority ? isNumber && number >= 1 && number == Math.rint(number) : number >= 0;
    if (!ok) {
      throw Ns1Refusal.invalid(
          key
              + ": "
              + value
              + " is not "
              + (priority ? "an integer of at least 1" : "a number of at least 0"));
    }
  }

  private static void bool(String key, JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      throw Ns1Refusal.invalid(key + ": " + value + " is not a boolean");
    }
  }

  private static void note(String key, JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw Ns1Refusal.invalid(key + ": " + value + " is not a string");
    }
    if (value.getAsString().length() > MAX_NOTE) {
      throw Ns1Refusal.invalid(
          key
              + ": "
              + value.getAsString().length()
              + " characters (expected at most "
              + MAX_NOTE
              + ")");
    }
  }

  private static void prefixes(String key, JsonElement value) {
    strings(key, value, (k, v) -> {});
    if (value.getAsJsonArray().size() > MAX_PREFIXES) {
      throw Ns1Refusal.invalid(
          key
              + ": "
              + value.getAsJsonArray().size()
              + " prefixes (expected at most "
              + MAX_PREFIXES
              + ")");
    }
  }

  private static void anyNumber(String key, JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw Ns1Refusal.invalid(key + ": " + value + " is not a number");
    }
  }

  private static void any(String key, JsonElement value) {
    // stored as given: the simulator does not model what these keys mean
  }

  /** Keys that give an answer a location for {@code geofence_country}. */
  static final Set<String> LOCATION_KEYS =
      Set.of("country", "us_state", "ca_province", "subdivisions");

  /** Whether {@code meta} is an object with no members. */
  static boolean isEmpty(JsonElement meta) {
    return meta == null
        || meta.isJsonNull()
        || (meta.isJsonObject() && meta.getAsJsonObject().size() == 0);
  }

  static JsonObject objectOrEmpty(JsonElement meta) {
    return meta == null || !meta.isJsonObject() ? new JsonObject() : meta.getAsJsonObject();
  }
}
