package denominator.ultradns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.model.geo.Regions;
import denominator.ultradns.UltraDnsJson.RRSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * UltraDNS pools as model sets of one name and type, and back.
 *
 * <ul>
 *   <li>A directional (DIR) pool holds geo sets: each group of entries (its {@code geoInfo.name})
 *       is the set of that qualifier, its codes the set's regions ({@link UltraDnsTerritories}),
 *       one entry per record; the {@code allNonConfigured} group is the set of region {@code *},
 *       whose qualifier the pool's description keeps as {@value #DEFAULT_QUALIFIER_PREFIX}{@code Q}
 *       ({@value #FOREIGN_DEFAULT} in a pool another tool wrote). A group with IP ranges, an
 *       account-level group or codes without a canonical region is a set routed by {@code dir}
 *       (provider data {@code routing}); a {@code noResponse} group shows as provider data.
 *   <li>A traffic-controller (TC) pool holds weighted sets: the description keeps the qualifier of
 *       each entry as {@value #WEIGHTED_PREFIX}{@code q1,q2,...}, aligned with the rdata; in a pool
 *       another tool wrote, each record is its own set, named by its rdata.
 *   <li>Other pools (RD, SB, SF, SLB) are one set routed by the pool's kind, never rewritten.
 * </ul>
 *
 * <p>A pool is rewritten from the pool as read: groups whose set did not change keep their entries
 * as they were, and every pool field this provider does not model (probes, backup record, {@code
 * noResponse}, {@code conflictResolve}, unknown fields) is sent back as it was.
 */
final class UltraDnsPools {
  static final String DIR = "http://schemas.ultradns.com/DirPool.jsonschema";
  static final String TC = "http://schemas.ultradns.com/TCPool.jsonschema";
  static final String WEIGHTED_PREFIX = "denominator:weighted ";
  static final String DEFAULT_QUALIFIER_PREFIX = "denominator:default ";
  static final String FOREIGN_DEFAULT = "allNonConfigured";
  static final String NO_RESPONSE = "noResponse";

  /** {@code DirPool} of a profile's {@code @context}; {@code ""} for a plain rrset. */
  static String kind(RRSet rrset) {
    if (rrset == null || rrset.profile() == null) {
      return "";
    }
    String context = text(rrset.profile(), "@context").orElse("");
    String last = context.substring(context.lastIndexOf('/') + 1);
    return last.replace(".jsonschema", "");
  }

  /** The model sets of one rrset: plain, geo, weighted or routed by a pool we do not model. */
  static List<ResourceRecordSet> sets(RRSet rrset) {
    return switch (kind(rrset)) {
      case "" -> List.of(UltraDnsRecords.set(rrset));
      case "DirPool" -> groups(rrset).stream().map(Group::set).toList();
      case "TCPool" -> groups(rrset).stream().map(Group::set).toList();
      default -> List.of(routed(rrset, kind(rrset), kind(rrset), rrset.rdata()).build());
    };
  }

  /**
   * The rrset holding {@code sets}, the geo or the weighted sets of one name and type, rewritten
   * from {@code current} (the pool as read; null or of another kind when there is none).
   */
  static RRSet pool(String name, String type, List<ResourceRecordSet> sets, RRSet current) {
    // A DIR pool's sets are geo sets and the groups read as routed by "dir"; a TC pool's weighted.
    boolean geo = sets.stream().noneMatch(s -> s.weighted().isPresent());
    String context = geo ? DIR : TC;
    boolean same = current != null && kind(current).equals(geo ? "DirPool" : "TCPool");
    JsonObject profile = same ? current.profile().deepCopy() : newProfile(context, name, geo);
    List<Group> groups = same ? groups(current) : List.of();
    Map<String, ResourceRecordSet> desired = new LinkedHashMap<>();
    sets.forEach(set -> desired.put(set.qualifier().orElseThrow(), set));

    List<String> rdata = new ArrayList<>();
    JsonArray infos = new JsonArray();
    List<String> qualifiers = new ArrayList<>();
    for (Group group : groups) {
      ResourceRecordSet set = desired.remove(group.qualifier());
      if (set != null && sameRouting(set, group.set())) {
        for (int i : group.indexes()) {
          rdata.add(current.rdata().get(i));
          infos.add(info(current, i).deepCopy());
          qualifiers.add(group.qualifier());
        }
      } else if (set != null) {
        add(set, current, rdata, infos, qualifiers);
      }
    }
    desired.values().forEach(set -> add(set, current, rdata, infos, qualifiers));
    if (geo) {
      leaveOutClaimedCountries(infos, qualifiers, sets, profile);
    }
    profile.add("rdataInfo", infos);
    describe(profile, sets, rdata, qualifiers, geo);
    // A DIR pool's TTLs are its entries'; a TC pool's is the pool's.
    int ttl =
        geo && same && current.ttl() != null
            ? current.ttl()
            : sets.stream()
                .mapToInt(s -> s.ttl().orElse(UltraDnsRecords.DEFAULT_TTL))
                .min()
                .orElseThrow();
    return new RRSet(name, type, ttl, rdata, profile);
  }

  private static JsonObject newProfile(String context, String name, boolean geo) {
    JsonObject profile = new JsonObject();
    profile.addProperty("@context", context);
    profile.addProperty("description", name);
    if (!geo) {
      profile.addProperty("runProbes", false);
      profile.addProperty("actOnProbes", false);
      profile.addProperty("maxToLB", 1);
    }
    return profile;
  }

  // Appends one new entry per record of a set changed by the put.
  private static void add(
      ResourceRecordSet set,
      RRSet current,
      List<String> rdata,
      JsonArray infos,
      List<String> qualifiers) {
    for (String text : UltraDnsRecords.rdata(set)) {
      rdata.add(text);
      qualifiers.add(set.qualifier().orElseThrow());
      infos.add(set.geo().isPresent() ? geoInfo(set) : tcInfo(set, text, current, infos));
    }
  }

  private static JsonObject geoInfo(ResourceRecordSet set) {
    JsonObject info = new JsonObject();
    Geo geo = set.geo().orElseThrow();
    boolean world = geo.regions().contains(Regions.world());
    if (!world) {
      JsonObject geoInfo = new JsonObject();
      geoInfo.addProperty("name", set.qualifier().orElseThrow());
      JsonArray codes = new JsonArray();
      UltraDnsTerritories.codes(geo).forEach(codes::add);
      geoInfo.add("codes", codes);
      info.add("geoInfo", geoInfo);
    }
    info.addProperty("ttl", set.ttl().orElse(UltraDnsRecords.DEFAULT_TTL));
    info.addProperty("allNonConfigured", world);
    return info;
  }

  // A TC entry: the entry the pool had for this rdata (probes, state, priority kept), new weight.
  private static JsonObject tcInfo(
      ResourceRecordSet set, String text, RRSet current, JsonArray added) {
    JsonObject info = null;
    if (current != null && kind(current).equals("TCPool")) {
      int i = current.rdata().indexOf(text);
      info = i < 0 ? null : info(current, i).deepCopy();
    }
    if (info == null) {
      info = new JsonObject();
      info.addProperty("state", "NORMAL");
      info.addProperty("runProbes", false);
      info.addProperty("priority", added.size() + 1);
      info.addProperty("failoverDelay", 0);
      info.addProperty("threshold", 1);
    }
    info.addProperty("weight", set.weighted().orElseThrow().weight());
    return info;
  }

  /**
   * Writes each continent that UltraDNS groups otherwise as its countries less those another group
   * of the pool names, since a code may be in one group only. Entries of unchanged sets are settled
   * again too: a country another group gave up goes back to the continent's group. An entry whose
   * codes hold a code of UltraDNS's own (another tool's {@code EUR}) is left as it was.
   */
  private static void leaveOutClaimedCountries(
      JsonArray infos, List<String> qualifiers, List<ResourceRecordSet> sets, JsonObject profile) {
    Map<String, Geo> geos = new LinkedHashMap<>();
    sets.forEach(s -> s.geo().ifPresent(g -> geos.put(s.qualifier().orElseThrow(), g)));
    for (int i = 0; i < infos.size(); i++) {
      Geo geo = geos.get(qualifiers.get(i));
      JsonObject geoInfo = object(infos.get(i).getAsJsonObject(), "geoInfo");
      if (geo == null
          || geoInfo == null
          || !UltraDnsTerritories.writesCountries(geo)
          || !codes(geoInfo).stream().allMatch(c -> Regions.find(c).isPresent())) {
        continue;
      }
      Set<String> claimed = codesOfOtherGroups(infos, qualifiers, qualifiers.get(i), profile);
      JsonArray codes = new JsonArray();
      UltraDnsTerritories.codes(geo, claimed).forEach(codes::add);
      geoInfo.add("codes", codes);
    }
  }

  // The codes of every entry of another qualifier, and of the noResponse group.
  private static Set<String> codesOfOtherGroups(
      JsonArray infos, List<String> qualifiers, String qualifier, JsonObject profile) {
    Set<String> claimed = new HashSet<>(codes(object(object(profile, NO_RESPONSE), "geoInfo")));
    for (int i = 0; i < infos.size(); i++) {
      if (!qualifiers.get(i).equals(qualifier)) {
        claimed.addAll(codes(object(infos.get(i).getAsJsonObject(), "geoInfo")));
      }
    }
    return claimed;
  }

  private static List<String> codes(JsonObject geoInfo) {
    List<String> codes = new ArrayList<>();
    if (geoInfo != null && geoInfo.has("codes")) {
      geoInfo.getAsJsonArray("codes").forEach(code -> codes.add(code.getAsString()));
    }
    return codes;
  }

  // Where the qualifiers that the pool has no field for are kept: the description.
  private static void describe(
      JsonObject profile,
      List<ResourceRecordSet> sets,
      List<String> rdata,
      List<String> qualifiers,
      boolean geo) {
    String description = text(profile, "description").orElse("");
    if (geo) {
      sets.stream()
          .filter(s -> s.geo().map(g -> g.regions().contains(Regions.world())).orElse(false))
          .map(s -> s.qualifier().orElseThrow())
          .filter(q -> !q.equals(defaultQualifier(description)))
          .findFirst()
          .ifPresent(q -> profile.addProperty("description", DEFAULT_QUALIFIER_PREFIX + q));
    } else if (description.startsWith(WEIGHTED_PREFIX) || !qualifiers.equals(rdata)) {
      profile.addProperty("description", WEIGHTED_PREFIX + String.join(",", qualifiers));
    }
  }

  /** Whether two sets of one key are routed alike: TTL, records and geo or weight. */
  static boolean sameRouting(ResourceRecordSet a, ResourceRecordSet b) {
    return a.ttl().equals(b.ttl())
        && a.records().size() == b.records().size()
        && a.records().containsAll(b.records())
        && a.geo().equals(b.geo())
        && a.weighted().equals(b.weighted())
        && Objects.equals(
            a.providerData().get(ResourceRecordSet.ROUTING),
            b.providerData().get(ResourceRecordSet.ROUTING));
  }

  /** One group of a pool's entries: one model set. */
  private record Group(String qualifier, List<Integer> indexes, ResourceRecordSet set) {}

  // The groups of a DIR or TC pool, in the order of their first entry.
  private static List<Group> groups(RRSet rrset) {
    boolean dir = kind(rrset).equals("DirPool");
    String description = text(rrset.profile(), "description").orElse("");
    List<String> weightedQualifiers = weightedQualifiers(description, rrset.rdata().size());
    Map<String, List<Integer>> byQualifier = new LinkedHashMap<>();
    for (int i = 0; i < rrset.rdata().size(); i++) {
      String qualifier =
          dir
              ? dirQualifier(info(rrset, i), i, description)
              : weightedQualifiers.isEmpty() ? rrset.rdata().get(i) : weightedQualifiers.get(i);
      byQualifier.computeIfAbsent(qualifier, q -> new ArrayList<>()).add(i);
    }
    List<Group> groups = new ArrayList<>();
    byQualifier.forEach(
        (qualifier, indexes) ->
            groups.add(
                new Group(
                    qualifier,
                    indexes,
                    dir ? dirSet(rrset, qualifier, indexes) : tcSet(rrset, qualifier, indexes))));
    return groups;
  }

  private static List<String> weightedQualifiers(String description, int size) {
    if (!description.startsWith(WEIGHTED_PREFIX)) {
      return List.of();
    }
    List<String> qualifiers =
        Arrays.asList(description.substring(WEIGHTED_PREFIX.length()).split(",", -1));
    return qualifiers.size() == size ? qualifiers : List.of();
  }

  private static String dirQualifier(JsonObject info, int index, String description) {
    if (bool(info, "allNonConfigured")) {
      return defaultQualifier(description);
    }
    return name(info, "geoInfo").or(() -> name(info, "ipInfo")).orElse("entry" + index);
  }

  private static String defaultQualifier(String description) {
    return description.startsWith(DEFAULT_QUALIFIER_PREFIX)
        ? description.substring(DEFAULT_QUALIFIER_PREFIX.length())
        : FOREIGN_DEFAULT;
  }

  // A geo set when every entry is a plain geo group of known codes; else a set routed by "dir".
  private static ResourceRecordSet dirSet(RRSet rrset, String qualifier, List<Integer> indexes) {
    JsonObject first = info(rrset, indexes.get(0));
    Optional<Geo> geo =
        bool(first, "allNonConfigured")
            ? Optional.of(new Geo(Set.of(Regions.world())))
            : geoOf(first)
                .map(g -> UltraDnsTerritories.recompose(g, claimedBeside(rrset, indexes)));
    boolean alike =
        indexes.stream().allMatch(i -> sameGroup(info(rrset, i), first))
            && !first.has("ipInfo")
            && !bool(object(first, "geoInfo"), "isAccountLevel");
    ResourceRecordSet.Builder set;
    if (geo.isPresent() && alike) {
      set = records(rrset, qualifier, indexes).geo(geo.get());
    } else {
      JsonObject routing = first.deepCopy();
      routing.remove("ttl");
      List<String> values = indexes.stream().map(i -> rrset.rdata().get(i)).toList();
      set = routed(rrset, qualifier, "dir " + routing, values);
    }
    set.ttl(first.has("ttl") ? first.get("ttl").getAsInt() : ttl(rrset));
    if (rrset.profile().has(NO_RESPONSE)) {
      set.providerData(NO_RESPONSE, rrset.profile().get(NO_RESPONSE).toString());
    }
    return set.build();
  }

  // The codes of the pool's entries outside these, and of its noResponse group.
  private static Set<String> claimedBeside(RRSet rrset, List<Integer> indexes) {
    Set<String> claimed =
        new HashSet<>(codes(object(object(rrset.profile(), NO_RESPONSE), "geoInfo")));
    for (int i = 0; i < rrset.rdata().size(); i++) {
      if (!indexes.contains(i)) {
        claimed.addAll(codes(object(info(rrset, i), "geoInfo")));
      }
    }
    return claimed;
  }

  private static boolean sameGroup(JsonObject a, JsonObject b) {
    return Objects.equals(a.get("geoInfo"), b.get("geoInfo"))
        && Objects.equals(a.get("ipInfo"), b.get("ipInfo"))
        && Objects.equals(a.get("ttl"), b.get("ttl"))
        && bool(a, "allNonConfigured") == bool(b, "allNonConfigured");
  }

  private static Optional<Geo> geoOf(JsonObject info) {
    JsonObject geoInfo = object(info, "geoInfo");
    if (geoInfo == null || !geoInfo.has("codes")) {
      return Optional.empty();
    }
    return UltraDnsTerritories.geo(codes(geoInfo));
  }

  private static ResourceRecordSet tcSet(RRSet rrset, String qualifier, List<Integer> indexes) {
    JsonObject first = info(rrset, indexes.get(0));
    ResourceRecordSet.Builder set =
        records(rrset, qualifier, indexes)
            .ttl(ttl(rrset))
            .weighted(new Weighted(first.has("weight") ? first.get("weight").getAsInt() : 0));
    if (rrset.profile().has("backupRecord")) {
      set.providerData("backupRecord", rrset.profile().get("backupRecord").toString());
    }
    return set.build();
  }

  private static ResourceRecordSet.Builder records(
      RRSet rrset, String qualifier, List<Integer> indexes) {
    String type = UltraDnsRecords.type(rrset.rrtype());
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(Names.absolute(rrset.ownerName()))
            .type(type)
            .qualifier(qualifier);
    indexes.stream()
        .map(i -> rrset.rdata().get(i))
        .distinct()
        .forEach(text -> set.add(UltraDnsRecords.data(type, text)));
    return set;
  }

  private static ResourceRecordSet.Builder routed(
      RRSet rrset, String qualifier, String routing, List<String> rdata) {
    String type = UltraDnsRecords.type(rrset.rrtype());
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(Names.absolute(rrset.ownerName()))
            .type(type)
            .qualifier(qualifier)
            .ttl(ttl(rrset))
            .providerData(ResourceRecordSet.ROUTING, routing);
    rdata.stream().distinct().forEach(text -> set.add(UltraDnsRecords.data(type, text)));
    return set;
  }

  private static int ttl(RRSet rrset) {
    return rrset.ttl() == null ? UltraDnsRecords.DEFAULT_TTL : rrset.ttl();
  }

  private static JsonObject info(RRSet rrset, int i) {
    JsonArray infos = rrset.profile().getAsJsonArray("rdataInfo");
    return infos != null && i < infos.size() ? infos.get(i).getAsJsonObject() : new JsonObject();
  }

  private static JsonObject object(JsonObject json, String field) {
    JsonElement value = json == null ? null : json.get(field);
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
  }

  private static Optional<String> name(JsonObject info, String field) {
    return text(object(info, field), "name");
  }

  private static Optional<String> text(JsonObject json, String field) {
    JsonElement value = json == null ? null : json.get(field);
    return value != null && value.isJsonPrimitive()
        ? Optional.of(value.getAsString())
        : Optional.empty();
  }

  private static boolean bool(JsonObject json, String field) {
    JsonElement value = json == null ? null : json.get(field);
    return value != null && value.isJsonPrimitive() && value.getAsBoolean();
  }

  private UltraDnsPools() {}
}
