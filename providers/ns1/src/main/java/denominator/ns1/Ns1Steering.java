package denominator.ns1;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.kit.NameType;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import denominator.model.rdata.RData;
import denominator.ns1.Ns1Json.Answer;
import denominator.ns1.Ns1Json.RecordJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One NS1 record (one name and type) as model sets, and the record that holds a name and type's
 * sets. A record is a plain set (no filters, regions or meta), OURS (exactly the layout {@link
 * Ns1Geo} or {@link Ns1Weights} writes: one set per region), or FOREIGN (written by another tool).
 * A foreign record reads as one set per region name ({@code -} for answers without one): a geo set
 * where the answers' effective meta gives location codes, else a set routed by a policy the model
 * lacks; its chain and the other meta show as provider data. A write to a foreign record changes
 * only the answers of the sets asked and sends back everything else as read.
 */
final class Ns1Steering {
  static final JsonArray GEO_CHAIN =
      JsonParser.parseString(
              "[{\"filter\":\"geofence_country\",\"config\":{\"remove_no_location\":true}},"
                  + "{\"filter\":\"priority\",\"config\":{\"eliminate\":\"1\"}}]")
          .getAsJsonArray();
  static final JsonArray WEIGHTED_CHAIN =
      JsonParser.parseString(
              "[{\"filter\":\"weighted_shuffle\",\"config\":{}},"
                  + "{\"filter\":\"select_first_region\",\"config\":{}}]")
          .getAsJsonArray();

  /** The qualifier of a foreign record's answers without a region. */
  static final String NO_REGION = "-";

  private static final Gson GSON = new Gson();

  /** The sets NS1 holds in one record. */
  static List<ResourceRecordSet> sets(RecordJson record) {
    if (isPlain(record)) {
      return List.of(
          Ns1Records.plain(
              Names.absolute(record.domain()),
              record.type(),
              record.ttl(),
              values(record.type(), answers(record))));
    }
    return ours(record).orElseGet(() -> foreign(record));
  }

  /**
   * Refuses, before any request, sets that one record cannot hold together: a plain set beside
   * qualified ones, geo beside weighted sets, a region in two geo sets, different TTLs.
   */
  static void checkTogether(NameType target, List<ResourceRecordSet> sets) {
    long plain = sets.stream().filter(s -> s.qualifier().isEmpty()).count();
    long geo = sets.stream().filter(s -> s.geo().isPresent()).count();
    long weighted = sets.stream().filter(s -> s.weighted().isPresent()).count();
    List<String> keys = sets.stream().map(s -> s.key().toString()).toList();
    if (plain > 0 && sets.size() > 1 || geo > 0 && weighted > 0) {
      throw new ValidationException(
          Ns1Provider.NAME + ": " + target + " mixes plain, geo and weighted sets",
          keys.toString(),
          "one plain set, or only geo sets, or only weighted sets (NS1 holds one record per name"
              + " and type)");
    }
    Map<Region, String> claimed = new HashMap<>();
    for (ResourceRecordSet set : sets) {
      for (Region region : set.geo().map(Geo::regions).orElse(Set.of())) {
        String other = claimed.putIfAbsent(region, set.qualifier().orElseThrow());
        if (other != null) {
          throw new ValidationException(
              Ns1Provider.NAME + ": " + region + " in two geo sets of " + target,
              other + ", " + set.qualifier().get(),
              "each region in one set (both would be served to its clients)");
        }
      }
    }
    Set<Integer> ttls =
        sets.stream()
            .filter(s -> s.ttl().isPresent())
            .map(s -> s.ttl().getAsInt())
            .collect(Collectors.toSet());
    if (ttls.size() > 1) {
      throw new ValidationException(
          Ns1Provider.NAME + ": sets of " + target + " with different TTLs",
          ttls.toString(),
          "one TTL for all sets of a name and type (NS1 keeps one per record)");
    }
  }

  /**
   * The record that holds {@code sets} at {@code target}, given the record NS1 holds now ({@code
   * null} when none).
   */
  static RecordJson record(
      String zone, NameType target, List<ResourceRecordSet> sets, RecordJson current) {
    if (current != null && !isPlain(current) && ours(current).isEmpty()) {
      return readModifyWrite(current, sets);
    }
    checkTogether(target, sets);
    List<Answer> answers = new ArrayList<>();
    JsonObject regions = new JsonObject();
    JsonArray filters = new JsonArray();
    List<ResourceRecordSet> sorted =
        sets.stream().sorted(Comparator.comparing(s -> s.qualifier().orElse(""))).toList();
    if (sorted.size() == 1 && sorted.get(0).qualifier().isEmpty()) {
      sorted
          .get(0)
          .records()
          .forEach(d -> answers.add(new Answer(Ns1Records.answer(d), null, meta())));
    } else {
      sorted.forEach(s -> regions.add(s.qualifier().get(), regionMeta()));
      if (sorted.get(0).geo().isPresent()) {
        filters = GEO_CHAIN.deepCopy();
        List<List<List<Answer>>> bySet = sorted.stream().map(Ns1Geo::answersByLevel).toList();
        for (int level = 0; level < 4; level++) {
          for (List<List<Answer>> levels : bySet) {
            answers.addAll(levels.get(level));
          }
        }
      } else if (sorted.get(0).weighted().isPresent()) {
        filters = WEIGHTED_CHAIN.deepCopy();
        sorted.forEach(s -> answers.addAll(Ns1Weights.answers(s)));
      } else {
        throw new UnsupportedCapabilityException(
            Ns1Provider.NAME,
            "provider routing: "
                + sorted.get(0).key()
                + " (expected a plain, geo or weighted set; NS1 holds no such record to change)");
      }
    }
    return new RecordJson(
        Ns1Endpoints.bare(zone),
        Ns1Endpoints.bare(target.name()),
        target.type(),
        ttl(sets).orElse(null),
        meta(),
        answers,
        filters,
        regions);
  }

  static boolean isPlain(RecordJson record) {
    return empty(record.filters())
        && empty(record.regions())
        && empty(record.meta())
        && answers(record).stream().allMatch(a -> a.region() == null && empty(a.meta()));
  }

  // Read as our layout, then written back: ours when that gives the very record.
  private static Optional<List<ResourceRecordSet>> ours(RecordJson record) {
    JsonArray chain = enabled(record.filters());
    boolean geo = GEO_CHAIN.equals(chain);
    if (!geo && !WEIGHTED_CHAIN.equals(chain) || !empty(record.meta())) {
      return Optional.empty();
    }
    try {
      List<ResourceRecordSet> sets = new ArrayList<>();
      for (Map.Entry<String, List<Answer>> group : byRegion(answers(record)).entrySet()) {
        ResourceRecordSet.Builder set = builder(record, group.getKey(), group.getValue());
        if (geo) {
          Set<Region> regions = new LinkedHashSet<>();
          for (Answer answer : group.getValue()) {
            int level = answer.meta().get("priority").getAsInt();
            regions.addAll(Ns1Geo.regions(answer.meta(), level == 3).orElseThrow());
            if (level == 4) {
              regions.add(Regions.world());
            }
          }
          set.geo(new Geo(regions));
        } else {
          set.weighted(new Weighted(Ns1Weights.weight(group.getValue())));
        }
        sets.add(set.build());
      }
      RecordJson again =
          record(record.zone(), new NameType(record.domain(), record.type()), sets, null);
      boolean same =
          GSON.toJsonTree(again.answers()).equals(GSON.toJsonTree(answers(record)))
              && again.regions().equals(record.regions());
      return same ? Optional.of(sets) : Optional.empty();
    } catch (RuntimeException notOurs) { // a field of another layout, or a region without meta
      return Optional.empty();
    }
  }

  // The chain without "disabled": false, which changes nothing; null if a filter is disabled.
  private static JsonArray enabled(JsonArray filters) {
    if (filters == null) {
      return null;
    }
    JsonArray chain = new JsonArray();
    for (JsonElement filter : filters) {
      JsonObject copy = filter.getAsJsonObject().deepCopy();
      JsonElement disabled = copy.remove("disabled");
      if (disabled != null && !(disabled.isJsonPrimitive() && !disabled.getAsBoolean())) {
        return null;
      }
      chain.add(copy);
    }
    return chain;
  }

  private static List<ResourceRecordSet> foreign(RecordJson record) {
    String filters = record.filters() == null ? "[]" : record.filters().toString();
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (Map.Entry<String, List<Answer>> group : byRegion(answers(record)).entrySet()) {
      ResourceRecordSet.Builder set = builder(record, group.getKey(), group.getValue());
      Set<Region> located = new LinkedHashSet<>();
      boolean readable = true;
      List<JsonObject> others = new ArrayList<>();
      for (Answer answer : group.getValue()) {
        JsonObject meta = effectiveMeta(record, answer);
        Optional<Set<Region>> regions = Ns1Geo.regions(meta, false);
        readable &= regions.isPresent();
        regions.ifPresent(located::addAll);
        Ns1Geo.LOCATION.forEach(meta::remove);
        if (!others.contains(meta)) {
          others.add(meta);
        }
      }
      if (readable && !located.isEmpty()) {
        set.geo(new Geo(located)).providerData("filters", filters);
      } else {
        set.providerData(ResourceRecordSet.ROUTING, "ns1 filters=" + filters);
      }
      if (others.size() > 1 || !others.get(0).isEmpty()) {
        JsonArray each = new JsonArray();
        others.forEach(each::add);
        set.providerData("meta", others.size() == 1 ? others.get(0).toString() : each.toString());
      }
      sets.add(set.build());
    }
    return sets;
  }

  // Keeps every answer, region, meta and filter of the record but those of the sets that change.
  // A set the record lacks is refused: the other tool's chain, not ours, would decide its serving.
  private static RecordJson readModifyWrite(RecordJson current, List<ResourceRecordSet> sets) {
    Map<String, ResourceRecordSet> was = byQualifier(foreign(current));
    Map<String, ResourceRecordSet> will = byQualifier(sets);
    for (ResourceRecordSet set : sets) {
      if (!was.containsKey(set.qualifier().orElse(NO_REGION)) || set.weighted().isPresent()) {
        throw new ValidationException(
            Ns1Provider.NAME
                + ": a new or weighted set in a record another tool wrote, whose filters "
                + current.filters()
                + " would decide how it is served",
            set.key().toString(),
            "a change to the values or regions of its sets "
                + was.keySet()
                + " (or delete them all first)");
      }
    }
    List<Answer> answers = new ArrayList<>();
    for (Answer answer : answers(current)) {
      String qualifier = answer.region() == null ? NO_REGION : answer.region();
      ResourceRecordSet after = will.get(qualifier);
      if (after == null
          || !after.records().contains(Ns1Records.data(current.type(), answer.answer()))) {
        continue; // its set, or its value, goes
      }
      boolean moved = after.geo().isPresent() && !after.geo().equals(was.get(qualifier).geo());
      answers.add(moved ? answer.withMeta(located(answer.meta(), after)) : answer);
    }
    for (ResourceRecordSet after : sets) {
      String qualifier = after.qualifier().orElse(NO_REGION);
      ResourceRecordSet before = was.get(qualifier);
      // a new value is served like the set's first: same priority, feeds and notes
      Answer first =
          answers(current).stream()
              .filter(a -> qualifier.equals(a.region() == null ? NO_REGION : a.region()))
              .findFirst()
              .orElseThrow();
      boolean moved = after.geo().isPresent() && !after.geo().equals(before.geo());
      for (RData data : after.records()) {
        if (!before.records().contains(data)) {
          JsonObject meta = moved ? located(first.meta(), after) : first.meta().deepCopy();
          answers.add(new Answer(Ns1Records.answer(data), first.region(), meta));
        }
      }
    }
    JsonObject regions =
        current.regions() == null ? new JsonObject() : current.regions().deepCopy();
    was.keySet().stream().filter(q -> !will.containsKey(q)).forEach(regions::remove);
    return new RecordJson(
        current.zone(),
        current.domain(),
        current.type(),
        ttl(sets).orElse(current.ttl()),
        current.meta() == null ? meta() : current.meta(),
        answers,
        current.filters() == null ? new JsonArray() : current.filters(),
        regions);
  }

  // The answer meta of a geo set that moved: its location as the set says, the rest kept.
  private static JsonObject located(JsonObject meta, ResourceRecordSet set) {
    JsonObject copy = meta == null ? new JsonObject() : meta.deepCopy();
    Ns1Geo.LOCATION.forEach(copy::remove);
    List<Region> located =
        set.geo().orElseThrow().regions().stream().filter(r -> !r.equals(Regions.world())).toList();
    Ns1Geo.location(located).entrySet().forEach(e -> copy.add(e.getKey(), e.getValue()));
    return copy;
  }

  private static JsonObject effectiveMeta(RecordJson record, Answer answer) {
    JsonObject meta = new JsonObject();
    List<JsonElement> levels = new ArrayList<>();
    levels.add(record.meta());
    if (answer.region() != null && record.regions() != null) {
      JsonElement region = record.regions().get(answer.region());
      levels.add(
          region != null && region.isJsonObject() ? region.getAsJsonObject().get("meta") : null);
    }
    levels.add(answer.meta());
    for (JsonElement level : levels) {
      if (level != null && level.isJsonObject()) {
        level.getAsJsonObject().entrySet().forEach(e -> meta.add(e.getKey(), e.getValue()));
      }
    }
    return meta;
  }

  private static ResourceRecordSet.Builder builder(
      RecordJson record, String qualifier, List<Answer> answers) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(Names.absolute(record.domain()))
            .type(record.type())
            .qualifier(qualifier)
            .records(values(record.type(), answers));
    if (record.ttl() != null) {
      set.ttl(record.ttl());
    }
    return set;
  }

  // The distinct values of answers, in order: a foreign record may hold one at several priorities.
  private static List<RData> values(String type, List<Answer> answers) {
    return answers.stream().map(a -> Ns1Records.data(type, a.answer())).distinct().toList();
  }

  private static Map<String, List<Answer>> byRegion(List<Answer> answers) {
    Map<String, List<Answer>> groups = new LinkedHashMap<>();
    for (Answer answer : answers) {
      String qualifier = answer.region() == null ? NO_REGION : answer.region();
      groups.computeIfAbsent(qualifier, q -> new ArrayList<>()).add(answer);
    }
    return groups;
  }

  private static Map<String, ResourceRecordSet> byQualifier(List<ResourceRecordSet> sets) {
    return sets.stream()
        .collect(
            Collectors.toMap(
                s -> s.qualifier().orElse(NO_REGION),
                Function.identity(),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  private static Optional<Integer> ttl(List<ResourceRecordSet> sets) {
    return sets.stream().filter(s -> s.ttl().isPresent()).map(s -> s.ttl().getAsInt()).findFirst();
  }

  private static List<Answer> answers(RecordJson record) {
    return record.answers() == null ? List.of() : record.answers();
  }

  private static JsonObject meta() {
    return new JsonObject();
  }

  private static JsonObject regionMeta() {
    JsonObject region = new JsonObject();
    region.add("meta", new JsonObject());
    return region;
  }

  private static boolean empty(JsonElement json) {
    return json == null
        || json.isJsonNull()
        || json.isJsonObject() && json.getAsJsonObject().isEmpty()
        || json.isJsonArray() && json.getAsJsonArray().isEmpty();
  }

  private Ns1Steering() {}
}
