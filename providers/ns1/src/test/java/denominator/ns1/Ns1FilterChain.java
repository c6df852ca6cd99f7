package denominator.ns1;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which answers the simulated NS1 serves a client for one record: the record's filter chain run in
 * order over its answers, each filter on the previous one's output, as section 8 of the wire page
 * describes each filter. An answer's effective meta is the record's, overridden by its region's,
 * overridden by its own. Randomness comes from the given {@link Random}, so a seeded one makes
 * every draw repeatable.
 */
public final class Ns1FilterChain {
  private static final Set<String> US_WEST =
      Set.of("WA", "OR", "CA", "NV", "ID", "MT", "WY", "UT", "CO", "AZ", "NM", "AK", "HI");
  private static final Set<String> US_CENTRAL =
      Set.of(
          "ND", "SD", "NE", "KS", "OK", "TX", "MN", "IA", "MO", "AR", "LA", "WI", "IL", "MS", "AL");

  private final Random random;

  public Ns1FilterChain(Random random) {
    this.random = random;
  }

  /**
   * Where a query comes from: an ISO 3166-1 country, optionally an ISO 3166-2 subdivision of it
   * ({@code US-CA}, {@code CA-QC}, {@code FR-IDF}); both null for a client NS1 cannot place.
   */
  public record Client(String country, String subdivision) {
    /** A client somewhere in this country. */
    public static Client in(String country) {
      return new Client(country, null);
    }

    /** A client in this subdivision, e.g. {@code US-CA}, whose country is its prefix. */
    public static Client inSubdivision(String subdivision) {
      return new Client(subdivision.substring(0, 2), subdivision);
    }

    /** A client whose location is unknown. */
    public static Client unknown() {
      return new Client(null, null);
    }

    /** The subdivision's suffix ({@code CA} of {@code US-CA}), or null. */
    String subdivisionSuffix() {
      return subdivision == null ? null : subdivision.substring(3);
    }

    /** NS1's georegion of this client, or null (ASSUMPTION table of the wire page). */
    String georegion() {
      if (country == null) {
        return null;
      }
      if (country.equals("US")) {
        String state = subdivisionSuffix();
        return US_WEST.contains(state)
            ? "US-WEST"
            : US_CENTRAL.contains(state) ? "US-CENTRAL" : "US-EAST";
      }
      String continent = Regions.find(country).flatMap(Region::parent).map(Region::code).orElse("");
      return switch (continent) {
        case "continent:NA" -> "US-EAST";
        case "continent:EU" -> "EUROPE";
        case "continent:AS", "continent:OC" -> "ASIAPAC";
        case "continent:SA" -> "SOUTH-AMERICA";
        case "continent:AF" -> "AFRICA";
        default -> null;
      };
    }
  }

  /** One answer on its way through the chain, with its effective meta. */
  private record Candidate(String answer, String region, JsonObject meta) {}

  /** The answers (each its fields joined by a space) served to {@code client}; empty for none. */
  public List<String> evaluate(JsonObject record, Client client) {
    List<Candidate> candidates = candidates(record);
    for (JsonElement element : record.getAsJsonArray("filters")) {
      JsonObject filter = element.getAsJsonObject();
      if (filter.has("disabled") && filter.get("disabled").getAsBoolean()) {
        continue;
      }
      candidates = apply(filter.get("filter").getAsString(), config(filter), candidates, client);
    }
    return candidates.stream().map(Candidate::answer).toList();
  }

  private List<Candidate> apply(String name, JsonObject config, List<Candidate> in, Client client) {
    return switch (name) {
      case "geofence_country" ->
          fence(
              in,
              this::hasLocation,
              c -> matchesLocation(c, client),
              truthy(config, "remove_no_location"));
      case "geofence_regional" ->
          fence(
              in,
              c -> has(c.meta(), "georegion"),
              c -> contains(c.meta(), "georegion", client.georegion()),
              truthy(config, "remove_no_georegion"));
      case "geotarget_country" -> sorted(in, Comparator.comparingInt(c -> countryRank(c, client)));
      case "geotarget_regional" ->
          sorted(
              in,
              Comparator.comparingInt(
                  c -> contains(c.meta(), "georegion", client.georegion()) ? 0 : 1));
      case "up" -> in.stream().filter(this::isUp).toList();
      case "priority" -> priority(in, truthy(config, "eliminate"));
      case "weighted_shuffle" -> weightedShuffle(in);
      case "shuffle" -> shuffled(in);
      case "select_first_n" -> in.subList(0, Math.min(in.size(), firstN(config)));
      case "select_first_region" ->
          in.isEmpty()
              ? in
              : in.stream().filter(c -> Objects.equals(c.region(), in.get(0).region())).toList();
      default -> in; // the simulator does not model the other filters' inputs
    };
  }

  /** Drops located answers that do not match; drops unlocated ones too if asked and one matched. */
  private static List<Candidate> fence(
      List<Candidate> in,
      Predicate<Candidate> located,
      Predicate<Candidate> matches,
      boolean removeUnlocated) {
    boolean anyMatched = in.stream().anyMatch(c -> located.test(c) && matches.test(c));
    return in.stream()
        .filter(c -> located.test(c) ? matches.test(c) : !(removeUnlocated && anyMatched))
        .toList();
  }

  private boolean hasLocation(Candidate candidate) {
    return MetaRules.LOCATION_KEYS.stream().anyMatch(key -> has(candidate.meta(), key));
  }

  /** Any one location key holding the client's country or subdivision (OR, as octoDNS notes). */
  private static boolean matchesLocation(Candidate candidate, Client client) {
    if (client.country() == null) {
      return false;
    }
    JsonObject meta = candidate.meta();
    String suffix = client.subdivisionSuffix();
    JsonElement subdivisions = meta.get("subdivisions");
    return contains(meta, "country", client.country())
        || (client.country().equals("US") && contains(meta, "us_state", suffix))
        || (client.country().equals("CA") && contains(meta, "ca_province", suffix))
        || (subdivisions != null
            && subdivisions.isJsonObject()
            && !MetaRules.isFeed(subdivisions)
            && contains(subdivisions.getAsJsonObject(), client.country(), suffix));
  }

  /** 0 when the answer names the client's subdivision, 1 its country, 2 otherwise. */
  private static int countryRank(Candidate candidate, Client client) {
    Candidate onlySubdivision =
        new Candidate(candidate.answer(), candidate.region(), withoutCountry(candidate.meta()));
    if (client.subdivision() != null && matchesLocation(onlySubdivision, client)) {
      return 0;
    }
    return contains(candidate.meta(), "country", client.country()) ? 1 : 2;
  }

  private static JsonObject withoutCountry(JsonObject meta) {
    JsonObject copy = meta.deepCopy();
    copy.remove("country");
    return copy;
  }

  private boolean isUp(Candidate candidate) {
    JsonElement up = candidate.meta().get("up");
    return up == null || !up.isJsonPrimitive() || up.getAsBoolean();
  }

  /** Sorts by priority, absent last; with {@code eliminate}, keeps the lowest priority only. */
  private static List<Candidate> priority(List<Candidate> in, boolean eliminate) {
    List<Candidate> sorted = sorted(in, Comparator.comparingDouble(Ns1FilterChain::priorityOf));
    if (!eliminate || sorted.isEmpty()) {
      return sorted;
    }
    double best = priorityOf(sorted.get(0));
    return sorted.stream().filter(c -> priorityOf(c) == best).toList();
  }

  private static double priorityOf(Candidate candidate) {
    JsonElement priority = candidate.meta().get("priority");
    return number(priority).orElse(Double.MAX_VALUE);
  }

  /**
   * Draws without replacement, each answer with probability weight / the remaining weights (absent
   * weight = 1); weight-0 answers come last, in uniform random order.
   */
  private List<Candidate> weightedShuffle(List<Candidate> in) {
    List<Candidate> left = new ArrayList<>(in);
    List<Candidate> drawn = new ArrayList<>();
    while (!left.isEmpty()) {
      double total = left.stream().mapToDouble(Ns1FilterChain::weightOf).sum();
      if (total <= 0) {
        drawn.addAll(shuffled(left));
        break;
      }
      double point = random.nextDouble() * total;
      int chosen = 0;
      for (double sum = weightOf(left.get(0)); sum <= point && chosen < left.size() - 1; ) {
        sum += weightOf(left.get(++chosen));
      }
      drawn.add(left.remove(chosen));
    }
    return drawn;
  }

  private static double weightOf(Candidate candidate) {
    return number(candidate.meta().get("weight")).orElse(1.0);
  }

  private List<Candidate> shuffled(List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in);
    Collections.shuffle(out, random);
    return out;
  }

  private static List<Candidate> sorted(List<Candidate> in, Comparator<Candidate> order) {
    List<Candidate> out = new ArrayList<>(in);
    out.sort(order); // List.sort is stable
    return out;
  }

  private static int firstN(JsonObject config) {
    return number(config.get("N")).map(Double::intValue).orElse(1);
  }

  private static List<Candidate> candidates(JsonObject record) {
    JsonObject regions = record.getAsJsonObject("regions");
    List<Candidate> candidates = new ArrayList<>();
    for (JsonElement element : record.getAsJsonArray("answers")) {
      JsonObject answer = element.getAsJsonObject();
      String region = answer.has("region") ? answer.get("region").getAsString() : null;
      JsonObject meta = record.getAsJsonObject("meta").deepCopy();
      if (region != null && regions.has(region)) {
        regions
            .getAsJsonObject(region)
            .getAsJsonObject("meta")
            .entrySet()
            .forEach(entry -> meta.add(entry.getKey(), entry.getValue()));
      }
      answer
          .getAsJsonObject("meta")
          .entrySet()
          .forEach(entry -> meta.add(entry.getKey(), entry.getValue()));
      candidates.add(
          new Candidate(AnswerRules.shortAnswer(answer.getAsJsonArray("answer")), region, meta));
    }
    return candidates;
  }

  private static JsonObject config(JsonObject filter) {
    JsonElement config = filter.get("config");
    return config != null && config.isJsonObject() ? config.getAsJsonObject() : new JsonObject();
  }

  /** {@code true}, {@code 1} or {@code "1"} (octoDNS sends the string). */
  private static boolean truthy(JsonObject config, String key) {
    JsonElement value = config.get(key);
    if (value == null || !value.isJsonPrimitive()) {
      return false;
    }
    String text = value.getAsString();
    return text.equals("true") || number(value).map(n -> n != 0).orElse(false);
  }

  private static Optional<Double> number(JsonElement value) {
    if (value == null || !value.isJsonPrimitive()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(value.getAsString()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether the meta key holds a non-empty value (a feed counts). */
  private static boolean has(JsonObject meta, String key) {
    JsonElement value = meta.get(key);
    if (value == null || value.isJsonNull()) {
      return false;
    }
    if (value.isJsonArray()) {
      return !value.getAsJsonArray().isEmpty();
    }
    return !value.isJsonObject() || value.getAsJsonObject().size() > 0;
  }

  /** Whether the meta key is an array holding {@code code}; a feed never holds it. */
  private static boolean contains(JsonObject meta, String key, String code) {
    JsonElement value = meta.get(key);
    if (code == null || value == null || !value.isJsonArray()) {
      return false;
    }
    return value.getAsJsonArray().asList().stream()
        .anyMatch(element -> element.isJsonPrimitive() && element.getAsString().equals(code));
  }
}
