package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.ValidationException;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routing policies as qualified sets. A {@code routingPolicy.wrr} whose items all carry rrdatas and
 * a whole weight in {@value #MIN_WEIGHT}..{@value #MAX_WEIGHT}, and nothing else, is our weighted
 * sets: Cloud DNS's items have no names, so each set's qualifier is its item's position, {@code
 * "0"} to {@code "n-1"}. A write takes qualifiers that are decimal integers and writes the items in
 * numeric order, so the next read names them 0 to n-1 again.
 *
 * <p>Any other policy (GCP-region {@code geo}, {@code primaryBackup}, health checks, fractional
 * weights) is read as sets routed by a policy the model lacks ({@link ResourceRecordSet#ROUTING}
 * provider data): one per item, qualified by its position ({@code wrr}), its location ({@code
 * geo}), {@code primary} or {@code backup-}location ({@code primaryBackup}); an item's
 * health-checked targets are its {@link GoogleDnsTargets}. Those are listed and kept; this provider
 * does not write them.
 */
final class GoogleDnsWeights {
  static final int MIN_WEIGHT = 0;
  static final int MAX_WEIGHT = 1000;

  /** A qualifier this provider writes: a decimal integer. */
  private static final Pattern POSITION = Pattern.compile("0|[1-9][0-9]{0,8}");

  /** One item of a policy: how it routes, its set's qualifier, its whole weight if any. */
  private record Item(String routing, String qualifier, Integer weight, JsonObject json) {}

  /** The sets of an rrset routed by a policy, by key. */
  static List<ResourceRecordSet> sets(RRSet rrset) {
    JsonObject policy = rrset.routingPolicy();
    List<Item> items = new ArrayList<>();
    JsonArray wrr = items(policy, "wrr");
    for (int i = 0; i < wrr.size(); i++) {
      JsonObject item = wrr.get(i).getAsJsonObject();
      items.add(new Item("wrr weight=" + item.get("weight"), "" + i, weight(item), item));
    }
    for (JsonElement item : items(policy, "geo")) {
      String location = location(item.getAsJsonObject());
      items.add(new Item("geo location=" + location, location, null, item.getAsJsonObject()));
    }
    JsonElement backup = policy.get("primaryBackup");
    if (backup != null && backup.isJsonObject() && backup.getAsJsonObject().has("primaryTargets")) {
      JsonObject primary = new JsonObject();
      primary.add("healthCheckedTargets", backup.getAsJsonObject().get("primaryTargets"));
      items.add(new Item("primaryBackup primary", "primary", null, primary));
    }
    for (JsonElement item : backup == null ? new JsonArray() : items(backup, "backupGeoTargets")) {
      String location = location(item.getAsJsonObject());
      items.add(
          new Item(
              "primaryBackup backup location=" + location,
              "backup-" + location,
              null,
              item.getAsJsonObject()));
    }
    boolean weighted =
        onlyFields(policy, "wrr")
            && items.stream()
                .allMatch(
                    item ->
                        item.weight() != null
                            && onlyFields(item.json(), "weight", "rrdatas")
                            && !rrdatas(item.json()).isEmpty());
    return items.stream()
        .filter(item -> !rrdatas(item.json()).isEmpty() || item.json().has("healthCheckedTargets"))
        .map(item -> set(rrset, item, weighted))
        .sorted(Comparator.comparing(ResourceRecordSet::key))
        .toList();
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
              item.add("rrdatas", GoogleDnsRecords.rrdatas(set.records()));
              items.add(item);
            });
    JsonObject wrr = new JsonObject();
    wrr.add("items", items);
    JsonObject policy = new JsonObject();
    policy.add("wrr", wrr);
    return policy;
  }

  private static ResourceRecordSet set(RRSet rrset, Item item, boolean weighted) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(rrset.name())
            .type(rrset.type())
            .qualifier(item.qualifier());
    if (rrset.ttl() != null) {
      set.ttl(rrset.ttl());
    }
    rrdatas(item.json()).forEach(rrdata -> set.add(GoogleDnsRecords.data(rrset.type(), rrdata)));
    if (item.json().has("healthCheckedTargets")) {
      set.add(GoogleDnsTargets.of(rrset.type(), item.json().get("healthCheckedTargets")));
    }
    return weighted
        ? set.weighted(new Weighted(item.weight())).build()
        : set.providerData(ResourceRecordSet.ROUTING, item.routing()).build();
  }

  private static JsonArray items(JsonElement policy, String kind) {
    JsonElement within = policy.isJsonObject() ? policy.getAsJsonObject().get(kind) : null;
    JsonElement items =
        within != null && within.isJsonObject() ? within.getAsJsonObject().get("items") : null;
    return items != null && items.isJsonArray() ? items.getAsJsonArray() : new JsonArray();
  }

  // The item's weight when it is whole and within our range, else null.
  private static Integer weight(JsonObject item) {
    JsonElement weight = item.get("weight");
    if (weight == null || !weight.isJsonPrimitive() || !weight.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    BigDecimal value = weight.getAsBigDecimal();
    boolean whole = value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
    return whole && value.compareTo(BigDecimal.valueOf(MAX_WEIGHT)) <= 0 ? value.intValue() : null;
  }

  private static String location(JsonObject item) {
    return item.has("location") ? item.get("location").getAsString() : "unknown";
  }

  private static List<String> rrdatas(JsonObject item) {
    List<String> rrdatas = new ArrayList<>();
    JsonElement array = item.get("rrdatas");
    if (array != null && array.isJsonArray()) {
      array.getAsJsonArray().forEach(rrdata -> rrdatas.add(rrdata.getAsString()));
    }
    return rrdatas;
  }

  // Whether `object` has exactly these fields, besides `kind`, which says nothing about routing.
  private static boolean onlyFields(JsonObject object, String... fields) {
    Set<String> present = new HashSet<>(object.keySet());
    present.remove("kind");
    return present.equals(Set.of(fields));
  }

  private GoogleDnsWeights() {}
}
