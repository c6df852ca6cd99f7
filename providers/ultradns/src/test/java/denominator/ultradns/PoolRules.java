package denominator.ultradns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules the simulated UltraDNS checks on a pool's {@code profile}, each broken rule answered
 * 400 2401 naming it: directional (DIR) and traffic-controller (TC) pools are checked in full; the
 * other kinds (RD, SB, SF, SLB) only for their type and then stored untouched.
 */
final class PoolRules {
  static final String SCHEMAS = "http://schemas.ultradns.com/";
  static final String DIR = SCHEMAS + "DirPool.jsonschema";
  static final String TC = SCHEMAS + "TCPool.jsonschema";
  private static final Set<String> OTHER_KINDS =
      Set.of(
          SCHEMAS + "RDPool.jsonschema",
          SCHEMAS + "SBPool.jsonschema",
          SCHEMAS + "SFPool.jsonschema",
          SCHEMAS + "SLBPool.jsonschema");
  private static final Set<String> LOAD_BALANCED_TYPES = Set.of("A", "AAAA", "CNAME");
  private static final Set<String> TC_TYPES = Set.of("A", "CNAME");
  private static final Set<String> CONFLICT_RESOLVE = Set.of("GEO", "IP", "");
  private static final Set<String> STATES = Set.of("NORMAL", "ACTIVE", "INACTIVE");

  private PoolRules() {}

  /** Refuses with 400 2401 a profile that breaks a rule for a pool of this type and rdata. */
  static void check(String type, List<String> rdata, JsonObject profile) {
    String context = string(profile, "@context");
    if (DIR.equals(context)) {
      refuseType(type.equals("SOA"), type, "DIR");
      checkDirectional(rdata, profile);
    } else if (TC.equals(context)) {
      refuseType(!TC_TYPES.contains(type), type, "TC");
      checkTrafficController(rdata, profile);
    } else if (OTHER_KINDS.contains(context)) {
      refuseType(!LOAD_BALANCED_TYPES.contains(type), type, context);
    } else {
      throw Refusal.invalidPool(
          "unknown @context " + context + " (expected " + DIR + ", " + TC + " or " + OTHER_KINDS);
    }
  }

  private static void checkDirectional(List<String> rdata, JsonObject profile) {
    String conflictResolve = string(profile, "conflictResolve");
    if (!CONFLICT_RESOLVE.contains(conflictResolve)) {
      throw Refusal.invalidPool(
          "conflictResolve " + conflictResolve + " (expected GEO, IP or none)");
    }
    List<JsonObject> groups = new ArrayList<>(rdataInfo(rdata, profile));
    JsonObject noResponse = profile.getAsJsonObject("noResponse");
    if (noResponse != null) {
      groups.add(noResponse);
    }
    Map<String, Set<String>> codesOfGroup = new HashMap<>();
    for (JsonObject group : groups) {
      checkTtl(group);
      if (bool(group, "allNonConfigured")) {
        continue; // its geoInfo and ipInfo are ignored
      }
      if (!group.has("geoInfo") && !group.has("ipInfo") && group != noResponse) {
        throw Refusal.invalidPool(
            "rdataInfo entry "
                + group
                + " has no group (expected geoInfo, ipInfo or allNonConfigured)");
      }
      if (group.has("geoInfo")) {
        addGroup(codesOfGroup, group.getAsJsonObject("geoInfo"));
      }
      if (group.has("ipInfo")) {
        checkIps(group.getAsJsonObject("ipInfo"));
      }
    }
    boolean entryForTheRest =
        groups.stream().anyMatch(g -> g != noResponse && bool(g, "allNonConfigured"));
    if (entryForTheRest && noResponse != null && bool(noResponse, "allNonConfigured")) {
      throw Refusal.invalidPool(
          "allNonConfigured both in rdataInfo and in noResponse (expected at most one group)");
    }
    refuseSharedCodes(codesOfGroup);
  }

  /** Each IP of a group is one of: start and end, cidr, or address. */
  private static void checkIps(JsonObject ipInfo) {
    JsonArray ips = ipInfo.getAsJsonArray("ips");
    for (JsonElement element : ips == null ? new JsonArray() : ips) {
      JsonObject ip = element.getAsJsonObject();
      boolean range = ip.has("start") && ip.has("end");
      int forms = (range ? 1 : 0) + (ip.has("cidr") ? 1 : 0) + (ip.has("address") ? 1 : 0);
      if (forms != 1 || (!range && (ip.has("start") || ip.has("end")))) {
        throw Refusal.invalidPool(
            "ip "
                + ip
                + " in group "
                + groupName(ipInfo)
                + " (expected start and end, cidr, or address)");
      }
    }
  }

  private static void checkTtl(JsonObject entry) {
    JsonElement ttl = entry.get("ttl");
    if (ttl != null && (ttl.getAsLong() < 0 || ttl.getAsLong() > Integer.MAX_VALUE)) {
      throw Refusal.invalidPool("rdataInfo ttl " + ttl + " (expected 0 to 2147483647)");
    }
  }

  /** Adds a group's codes, refusing a second group of that name with other codes. */
  private static void addGroup(Map<String, Set<String>> codesOfGroup, JsonObject geoInfo) {
    String name = groupName(geoInfo);
    Set<String> codes = new TreeSet<>();
    JsonArray array = geoInfo.getAsJsonArray("codes");
    if (array != null) {
      array.forEach(code -> codes.add(code.getAsString()));
    }
    for (String code : codes) {
      if (!UltraDnsGeoCodes.isKnown(code)) {
        throw Refusal.invalidPool(
            "unknown geo code "
                + code
                + " in group "
                + name
                + " (expected a country, a US or CA subdivision, NAM SAM EUR ASI AFR OCN ANT, or A1-A3)");
      }
    }
    Set<String> known = codesOfGroup.putIfAbsent(name, codes);
    if (known != null && !known.equals(codes)) {
      throw Refusal.invalidPool(
          "group " + name + " has codes " + codes + " and " + known + " (expected the same codes)");
    }
  }

  private static void refuseSharedCodes(Map<String, Set<String>> codesOfGroup) {
    Map<String, String> groupOfCode = new HashMap<>();
    codesOfGroup.forEach(
        (name, codes) -> {
          for (String code : codes) {
            String other = groupOfCode.putIfAbsent(code, name);
            if (other != null) {
              throw Refusal.invalidPool(
                  "geo code "
                      + code
                      + " is in groups "
                      + other
                      + " and "
                      + name
                      + " (expected each code in one group)");
            }
          }
        });
  }

  private static void checkTrafficController(List<String> rdata, JsonObject profile) {
    for (JsonObject entry : rdataInfo(rdata, profile)) {
      String state = string(entry, "state");
      if (!state.isEmpty() && !STATES.contains(state)) {
        throw Refusal.invalidPool("state " + state + " (expected one of " + STATES + ")");
      }
      JsonElement weight = entry.get("weight");
      if (weight == null) {
        continue;
      }
      double value = weight.getAsDouble();
      if (value != Math.rint(value) || value < 2 || value > 100 || ((long) value) % 2 != 0) {
        throw Refusal.invalidPool("weight " + weight + " (expected an even integer 2 to 100)");
      }
    }
  }

  /** The pool's rdataInfo entries, refusing a count that differs from the rdata's. */
  private static List<JsonObject> rdataInfo(List<String> rdata, JsonObject profile) {
    JsonArray info = profile.getAsJsonArray("rdataInfo");
    int size = info == null ? 0 : info.size();
    if (size != rdata.size()) {
      throw Refusal.invalidPool(
          size + " rdataInfo entries for " + rdata.size() + " rdata (expected one per rdata)");
    }
    return info.asList().stream().map(JsonElement::getAsJsonObject).toList();
  }

  private static void refuseType(boolean refused, String type, String kind) {
    if (refused) {
      throw Refusal.invalidPool("a " + kind + " pool of type " + type + " (expected another type)");
    }
  }

  static String groupName(JsonObject info) {
    return string(info, "name");
  }

  static String string(JsonObject object, String member) {
    JsonElement value = object.get(member);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }

  static boolean bool(JsonObject object, String member) {
    JsonElement value = object.get(member);
    return value != null && value.isJsonPrimitive() && value.getAsBoolean();
  }
}
