package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cloud DNS's change semantics, all or nothing (wire page, section 6): the whole change is checked
 * before anything moves, in the page's order (shape, limits, each rrset, the apex rules, deletions
 * present and equal, additions absent and unique, no CNAME beside another type, the zone's rrset
 * quota), then deletions and additions are applied to a copy that replaces the zone's rrsets.
 */
final class ChangeApplier {
  private final ChangeLimits limits;

  ChangeApplier(ChangeLimits limits) {
    this.limits = limits;
  }

  /** A checked change: the rrsets as stored and the zone's rrsets after it. */
  record Result(
      List<JsonObject> additions,
      List<JsonObject> deletions,
      NavigableMap<RrsetKey, JsonObject> rrsets) {}

  /** Checks {@code change} against {@code zone}; refuses with the first failure. */
  Result apply(SimulatedManagedZone zone, JsonObject change) {
    JsonArray additions = array(change, "additions");
    JsonArray deletions = array(change, "deletions");
    if (additions.isEmpty() && deletions.isEmpty()) {
      throw GoogleRefusal.required("entity.change.additions");
    }
    checkLimits(change, additions, deletions);
    List<JsonObject> added = checked(zone, additions, "entity.change.additions");
    List<JsonObject> deleted = checked(zone, deletions, "entity.change.deletions");
    checkApex(zone, added, deleted);
    NavigableMap<RrsetKey, JsonObject> rrsets = new TreeMap<>(zone.rrsets());
    for (int i = 0; i < deleted.size(); i++) {
      delete(rrsets, deleted.get(i), deletions.get(i).getAsJsonObject(), i);
    }
    Set<RrsetKey> seen = new HashSet<>();
    for (int i = 0; i < added.size(); i++) {
      RrsetKey key = SimulatedManagedZone.key(added.get(i));
      String entity = "entity.change.additions[" + i + "]";
      if (!seen.add(key)) {
        throw GoogleRefusal.invalidValue(entity, key.display() + " (added twice)");
      }
      if (rrsets.containsKey(key)) {
        throw GoogleRefusal.alreadyExists(entity, key.display());
      }
      rrsets.put(key, added.get(i));
    }
    checkCnames(rrsets, added);
    if (rrsets.size() > limits.rrsetsPerZone()) {
      throw GoogleRefusal.quotaExceeded(
          "rrsetsPerManagedZone", rrsets.size(), limits.rrsetsPerZone());
    }
    return new Result(added, deleted, rrsets);
  }

  private void checkLimits(JsonObject change, JsonArray additions, JsonArray deletions) {
    if (additions.size() > limits.additions()) {
      throw GoogleRefusal.quotaExceeded(
          "rrsetAdditionsPerChange", additions.size(), limits.additions());
    }
    if (deletions.size() > limits.deletions()) {
      throw GoogleRefusal.quotaExceeded(
          "rrsetDeletionsPerChange", deletions.size(), limits.deletions());
    }
    long bytes = RrsetRules.rrdataBytes(change);
    if (bytes > limits.rrdataBytes()) {
      throw GoogleRefusal.quotaExceeded("totalRrdataSizePerChange", bytes, limits.rrdataBytes());
    }
  }

  private List<JsonObject> checked(SimulatedManagedZone zone, JsonArray rrsets, String entity) {
    List<JsonObject> checked = new ArrayList<>();
    for (int i = 0; i < rrsets.size(); i++) {
      String itemEntity = entity + "[" + i + "]";
      if (!rrsets.get(i).isJsonObject()) {
        throw GoogleRefusal.invalidValue(itemEntity, rrsets.get(i));
      }
      checked.add(
          RrsetRules.check(
              rrsets.get(i).getAsJsonObject(),
              itemEntity,
              zone.dnsName(),
              limits.rrdatasPerRrset()));
    }
    return checked;
  }

  /** The apex SOA and NS may be replaced in one change, never deleted alone. */
  private static void checkApex(
      SimulatedManagedZone zone, List<JsonObject> added, List<JsonObject> deleted) {
    Set<RrsetKey> addedKeys = new HashSet<>();
    added.forEach(rrset -> addedKeys.add(SimulatedManagedZone.key(rrset)));
    for (int i = 0; i < deleted.size(); i++) {
      RrsetKey key = SimulatedManagedZone.key(deleted.get(i));
      boolean apexRecord =
          zone.isApex(key.name()) && (key.type().equals("SOA") || key.type().equals("NS"));
      if (apexRecord && !addedKeys.contains(key)) {
        throw GoogleRefusal.invalid(
            "The resource 'entity.change.deletions["
                + i
                + "]' named '"
                + key.display()
                + "' is the zone apex's and may only be replaced, not deleted");
      }
    }
  }

  private static void delete(
      NavigableMap<RrsetKey, JsonObject> rrsets, JsonObject deletion, JsonObject sent, int i) {
    RrsetKey key = SimulatedManagedZone.key(deletion);
    String entity = "entity.change.deletions[" + i + "]";
    JsonObject current = rrsets.get(key);
    if (current == null) {
      throw GoogleRefusal.notFound(entity, key.display());
    }
    boolean withSignatures =
        sent.has("signatureRrdatas") && !sent.get("signatureRrdatas").isJsonNull();
    JsonElement expected = RrsetComparison.of(current, withSignatures);
    if (!expected.equals(RrsetComparison.of(deletion, withSignatures))) {
      throw GoogleRefusal.conditionNotMet(entity);
    }
    rrsets.remove(key);
  }

  /**
   * Refuses an addition that leaves a CNAME beside another type at its name, naming it: an added
   * CNAME first, else the addition beside an existing CNAME.
   */
  private static void checkCnames(
      NavigableMap<RrsetKey, JsonObject> rrsets, List<JsonObject> added) {
    for (boolean cnames : List.of(true, false)) {
      for (int i = 0; i < added.size(); i++) {
        RrsetKey key = SimulatedManagedZone.key(added.get(i));
        if (key.type().equals("CNAME") == cnames && conflicts(rrsets, key.name())) {
          throw GoogleRefusal.cnameConflict("entity.change.additions[" + i + "]", key.display());
        }
      }
    }
  }

  private static boolean conflicts(NavigableMap<RrsetKey, JsonObject> rrsets, String name) {
    Set<String> types = new HashSet<>();
    rrsets
        .subMap(
            new RrsetKey(name, ""),
            true,
            new RrsetKey(name, String.valueOf(Character.MAX_VALUE)),
            true)
        .keySet()
        .forEach(key -> types.add(key.type()));
    return types.contains("CNAME") && types.size() > 1;
  }

  private static JsonArray array(JsonObject change, String member) {
    JsonElement value = change.get(member);
    if (value == null || value.isJsonNull()) {
      return new JsonArray();
    }
    if (!value.isJsonArray()) {
      throw GoogleRefusal.invalidValue("entity.change." + member, value);
    }
    return value.getAsJsonArray();
  }
}
