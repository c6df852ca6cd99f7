package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import denominator.model.rdata.RData;
import denominator.ns1.Ns1Json.Answer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Geo sets as NS1 answers, the mapping of the wire page: the chain {@code geofence_country
 * (remove_no_location)} then {@code priority (eliminate)}, and for each set one answer per value
 * and per level of its regions, {@code priority} the level (1 subdivisions, 2 countries, 3
 * continents as their countries, 4 {@code *}) and the meta only that level's codes. Geofence keeps
 * the located answers that match the client (or only {@code *} when none does), and priority keeps
 * the most specific level that matched: one set, all its values.
 *
 * <p>Location lives on answers, not regions, since a region's meta is inherited by all its answers
 * and a set of several levels would then match at the wrong one.
 */
final class Ns1Geo {
  /** The meta keys that locate an answer. */
  static final Set<String> LOCATION = Set.of("country", "us_state", "ca_province", "subdivisions");

  /** The answers of one geo set, by level (outer list index + 1 is the priority). */
  static List<List<Answer>> answersByLevel(ResourceRecordSet set) {
    List<List<Answer>> levels = new ArrayList<>();
    for (int level = 1; level <= 4; level++) {
      List<Region> atLevel = new ArrayList<>();
      for (Region region : set.geo().orElseThrow().regions()) {
        if (level(region) == level) {
          atLevel.add(region);
        }
      }
      List<Answer> answers = new ArrayList<>();
      if (!atLevel.isEmpty()) {
        for (RData data : set.records()) {
          JsonObject meta = new JsonObject();
          meta.addProperty("priority", level);
          location(atLevel).entrySet().forEach(e -> meta.add(e.getKey(), e.getValue()));
          answers.add(new Answer(Ns1Records.answer(data), set.qualifier().orElseThrow(), meta));
        }
      }
      levels.add(answers);
    }
    return levels;
  }

  /** The level of a region: 1 subdivision, 2 country, 3 continent, 4 {@code *}. */
  static int level(Region region) {
    return switch (region.kind()) {
      case SUBDIVISION -> 1;
      case COUNTRY -> 2;
      case CONTINENT -> 3;
      default -> 4;
    };
  }

  /**
   * The location meta of these regions: US states as {@code us_state}, Canadian provinces as {@code
   * ca_province}, other subdivisions in {@code subdivisions}, countries and the canonical countries
   * of continents in {@code country}. {@code *} has none.
   */
  static JsonObject location(List<Region> regions) {
    JsonArray countries = new JsonArray();
    JsonArray states = new JsonArray();
    JsonArray provinces = new JsonArray();
    Map<String, JsonArray> subdivisions = new TreeMap<>();
    for (Region region : regions) {
      switch (region.kind()) {
        case CONTINENT -> countriesOf(region).forEach(c -> countries.add(c.code()));
        case COUNTRY -> countries.add(region.code());
        case SUBDIVISION -> {
          String country = region.code().substring(0, 2);
          String suffix = region.code().substring(3);
          switch (country) {
            case "US" -> states.add(suffix);
            case "CA" -> provinces.add(suffix);
            default -> subdivisions.computeIfAbsent(country, c -> new JsonArray()).add(suffix);
          }
        }
        case WORLD -> {}
      }
    }
    JsonObject meta = new JsonObject();
    addIfAny(meta, "country", countries);
    addIfAny(meta, "us_state", states);
    addIfAny(meta, "ca_province", provinces);
    if (!subdivisions.isEmpty()) {
      JsonObject bycountry = new JsonObject();
      subdivisions.forEach(bycountry::add);
      meta.add("subdivisions", bycountry);
    }
    return meta;
  }

  /**
   * The regions an answer's location meta names, continents recomposed when {@code continents} and
   * every country of one is there; empty when a code is not a known region or a value is a feed.
   */
  static Optional<Set<Region>> regions(JsonObject meta, boolean continents) {
    Set<Region> regions = new LinkedHashSet<>();
    Set<Region> countries = new LinkedHashSet<>();
    for (String key : LOCATION) {
      JsonElement value = meta.get(key);
      if (value == null) {
        continue;
      }
      List<String> codes = new ArrayList<>();
      if (key.equals("subdivisions") && value.isJsonObject()) {
        for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
          if (!e.getValue().isJsonArray()) {
            return Optional.empty();
          }
          e.getValue().getAsJsonArray().forEach(s -> codes.add(e.getKey() + "-" + s.getAsString()));
        }
      } else if (value.isJsonArray()) {
        String prefix = key.equals("us_state") ? "US-" : key.equals("ca_province") ? "CA-" : "";
        value.getAsJsonArray().forEach(code -> codes.add(prefix + code.getAsString()));
      } else {
        return Optional.empty(); // a feed pointer: a location this model cannot read
      }
      for (String code : codes) {
        Optional<Region> region = Regions.find(code);
        if (region.isEmpty()) {
          return Optional.empty();
        }
        (key.equals("country") ? countries : regions).add(region.get());
      }
    }
    if (continents) {
      Optional<Set<Region>> composed = continents(countries);
      if (composed.isEmpty()) {
        return Optional.empty();
      }
      countries = composed.get();
    }
    regions.addAll(countries);
    return Optional.of(regions);
  }

  /** The continents whose canonical countries are exactly these countries, if any are. */
  static Optional<Set<Region>> continents(Set<Region> countries) {
    Set<Region> continents = new LinkedHashSet<>();
    Set<Region> covered = new LinkedHashSet<>();
    Regions.all(RegionKind.CONTINENT)
        .filter(c -> !countriesOf(c).isEmpty() && countries.containsAll(countriesOf(c)))
        .forEach(
            c -> {
              continents.add(c);
              covered.addAll(countriesOf(c));
            });
    return covered.equals(countries) ? Optional.of(continents) : Optional.empty();
  }

  private static List<Region> countriesOf(Region continent) {
    return Regions.children(continent).stream()
        .filter(r -> r.kind() == RegionKind.COUNTRY)
        .toList();
  }

  private static void addIfAny(JsonObject meta, String key, JsonArray codes) {
    if (!codes.isEmpty()) {
      meta.add(key, codes);
    }
  }

  private Ns1Geo() {}
}
