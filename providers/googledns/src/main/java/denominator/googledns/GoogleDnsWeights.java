package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.ValidationException;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.rdata.RData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Routing policies as qualified sets. A {@code routingPolicy.wrr} whose items all carry rrdatas and
 * a whole weight in {@value #MIN_WEIGHT}..{@value #MAX_WEIGHT} is our weighted sets: Cloud DNS's
 * items have no names, so each set's qualifier is its item's position, {@code "0"} to {@code
 * "n-1"}. A write takes qualifiers that are decimal integers and writes the items in numeric order,
 * so the next read names them 0 to n-1 again.
 *
 * <p>Any other policy (GCP-region {@code geo}, {@code primaryBackup}, health-checked targets,
 * fractional weights) is read as sets routed by a policy the model lacks ({@link
 * ResourceRecordSet#ROUTING} provider data): one per item that carries rrdatas, qualified by its
 * position ({@code wrr}), location ({@code geo}) or {@code backup-}location ({@code
 * primaryBackup}). Those are listed and kept; this provider does not write them.
 */
final class GoogleDnsWeights {
  static final int MIN_WEIGHT = 0;
  static final int MAX_WEIGHT = 1000;

  /** A qualifier this provider writes: a decimal integer. */
  private static final Pattern POSITION = Pattern.compile("0|[1-9][0-9]{0,8}");

  /** Fields of a policy or item that say nothing about routing. */
  private static final Set<String> NEUTRAL = Set.of("kind");

  /** The sets of an rrset routed by a policy. */
  static List<ResourceRecordSet> sets(RRSet rrset) {
    List<ResourceRecordSet> sets =
        weighted(rrset.routingPolicy()) ? weightedSets(rrset) : routedSets(rrset);
    sets.sort(Comparator.comparing(ResourceRecordSet::key)); // a reader lists by key
    return sets;
  }

  /**
   * Refuses a weighted set whose qualifier is not a decimal integer, before any request.
   *
   * @throws ValidationException naming the qualifier and the form expected
   */
  static void checkQualifier(ResourceRecordSet set) {
    String qualifier = set.qualifier().orElseThrow();
    if (!POSITION.matcher(qualifier).matches()) {
      throw new ValidationException(
          GoogleDnsProvider.NAME + ": weighted set qualifier of " + set.name() + " " + set.type(),
          qualifier,
          "a decimal integer such as 0, 1, 2: the position of its item in the rrset's wrr"
              + " policy");
    }
  }

  /** The {@code wrr} routing policy of weighted sets: their items in numeric qualifier order. */
  static JsonObject policy(List<ResourceRecordSet> sets) {
    JsonArray items = new JsonArray();
    sets.stream()
        .sorted(Comparator.comparingLong(set -> Long.parseLong(set.qualifier().orElseThrow())))
        .forEach(
            set -> {
              JsonObject item = new JsonObject();
              item.addProperty("weight", set.weighted().orElseThrow().weight());
              item.add("rrdatas", rrdatas(set.records()));
              items.add(item);
            });
    JsonObject wrr = new JsonObject();
    wrr.add("items", items);
    JsonObject policy = new JsonObject();
    policy.add("wrr", wrr);
    return policy;
  }

  // Only wrr, each item with rrdatas, nothing else, and a whole weight we can write back.
  private static boolean weighted(JsonObject policy) {
    if (!onlyFields(policy, Set.of("wrr")) || !policy.get("wrr").isJsonObject()) {
      return false;
    }
    JsonObject wrr = policy.getAsJsonObject("wrr");
    if (!onlyFields(wrr, Set.of("items")) || !wrr.get("items").isJsonArray()) {
      return false;
    }
    for (JsonElement element : wrr.getAsJsonArray("items")) {
      if (!element.isJsonObject()
          || !onlyFields(element.getAsJsonObject(), Set.of("weight", "rrdatas"))
          || weight(element.getAsJsonObject()) == null
          || rrdatasOf(element.getAsJsonObject()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static List<ResourceRecordSet> weightedSets(RRSet rrset) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    JsonArray items = rrset.routingPolicy().getAsJsonObject("wrr").getAsJsonArray("items");
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.get(i).getAsJsonObject();
      sets.add(set(rrset, Integer.toString(i), item).weighted(new Weighted(weight(item))).build());
    }
    return sets;
  }

  private static List<ResourceRecordSet> routedSets(RRSet rrset) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    JsonObject policy = rrset.routingPolicy();
    routed(rrset, items(policy, "wrr"), (i, item) -> Integer.toString(i), sets);
    routed(rrset, items(policy, "geo"), (i, item) -> location(item), sets);
    JsonElement backup = policy.get("primaryBackup");
    if (backup != null && backup.isJsonObject()) {
      routed(
          rrset,
          items(backup.getAsJsonObject(), "backupGeoTargets"),
          (i, item) -> "backup-" + location(item),
          sets);
    }
    return sets;
  }

  /** The items of {@code policy}'s {@code kind}, tagged with how they route. */
  private record Items(String routing, JsonArray items) {}

  private static Items items(JsonObject policy, String kind) {
    JsonElement within = policy.get(kind);
    boolean has = within != null && within.isJsonObject() && within.getAsJsonObject().has("items");
    String routing = kind.equals("backupGeoTargets") ? "primaryBackup backup" : kind;
    return new Items(
        routing, has ? within.getAsJsonObject().getAsJsonArray("items") : new JsonArray());
  }

  // One set per item with rrdatas, its provider data "routing=<kind> weight=W|location=L".
  private static void routed(
      RRSet rrset,
      Items items,
      BiFunction<Integer, JsonObject, String> qualifier,
      List<ResourceRecordSet> sets) {
    for (int i = 0; i < items.items().size(); i++) {
      JsonObject item = items.items().get(i).getAsJsonObject();
      if (rrdatasOf(item).isEmpty()) {
        continue; // health-checked targets only: no records to show
      }
      String routing =
          items.routing()
              + (item.has("location")
                  ? " location=" + location(item)
                  : " weight=" + item.get("weight"));
      sets.add(
          set(rrset, qualifier.apply(i, item), item)
              .providerData(ResourceRecordSet.ROUTING, routing)
              .build());
    }
  }

  private static ResourceRecordSet.Builder set(RRSet rrset, String qualifier, JsonObject item) {
    ResourceRecordSet.Builder set = set(rrset, qualifier);
    rrdatasOf(item).forEach(rrdata -> set.add(GoogleDnsRecords.data(rrset.type(), rrdata)));
    return set;
  }

  private static ResourceRecordSet.Builder set(RRSet rrset, String qualifier) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name(rrset.name()).type(rrset.type()).qualifier(qualifier);
    if (rrset.ttl() != null) {
      set.ttl(rrset.ttl());
    }
    return set;
  }

  // The item's weight when it is whole and within our range, else null.
  private static Integer weight(JsonObject item) {
    JsonElement weight = item.get("weight");
    if (weight == null || !weight.isJsonPrimitive() || !weight.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    BigDecimal value = weight.getAsBigDecimal();
    if (value.signum() < 0
        || value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(MAX_WEIGHT)) > 0) {
      return null;
    }
    return value.intValueExact();
  }

  private static String location(JsonObject item) {
    return item.has("location") ? item.get("location").getAsString() : "unknown";
  }

  private static List<String> rrdatasOf(JsonObject item) {
    List<String> rrdatas = new ArrayList<>();
    if (item.has("rrdatas") && item.get("rrdatas").isJsonArray()) {
      item.getAsJsonArray("rrdatas").forEach(rrdata -> rrdatas.add(rrdata.getAsString()));
    }
    return rrdatas;
  }

  private static JsonArray rrdatas(List<RData> records) {
    JsonArray rrdatas = new JsonArray();
    records.forEach(data -> rrdatas.add(GoogleDnsRecords.rrdata(data)));
    return rrdatas;
  }

  // Whether `object` has no fields but `allowed` (which it has) and neutral ones.
  private static boolean onlyFields(JsonObject object, Set<String> allowed) {
    for (Map.Entry<String, JsonElement> field : object.entrySet()) {
      if (!allowed.contains(field.getKey()) && !NEUTRAL.contains(field.getKey())) {
        return false;
      }
    }
    return allowed.stream().allMatch(object::has);
  }

  private GoogleDnsWeights() {}
}
