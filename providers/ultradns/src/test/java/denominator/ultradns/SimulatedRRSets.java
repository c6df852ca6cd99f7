package denominator.ultradns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import okhttp3.HttpUrl;

/**
 * The rrset endpoints of the simulated UltraDNS on one zone: {@code /v1/zones/{zone}/rrsets}
 * listings with offset paging and the {@code q=kind:} filter, and get, create, replace and delete
 * by type and owner, with the service's checks on types, owners, TTLs, rdata and pool profiles.
 */
final class SimulatedRRSets {
  /** The most rrsets one page may hold (an ASSUMPTION: 500). */
  static final int MAX_LIMIT = 500;

  private static final int DEFAULT_LIMIT = 100;

  private final SimulatedZone zone;
  private final int pageSize;
  private final Instant now;

  /**
   * @param pageSize the most rrsets the service puts on one page, whatever limit is asked
   */
  SimulatedRRSets(SimulatedZone zone, int pageSize, Instant now) {
    this.zone = zone;
    this.pageSize = pageSize;
    this.now = now;
  }

  /** {@code GET /v1/zones/{zone}/rrsets[/{type}]}: a page of the zone's rrsets. */
  SimulatedAnswer list(HttpUrl url, String type) {
    Predicate<SimulatedRRSet> filter = kind(url.queryParameter("q"));
    if (type != null && !type.equalsIgnoreCase("ANY")) {
      String mnemonic = RdataRules.type(type);
      filter = filter.and(rrset -> rrset.type().equals(mnemonic));
    }
    List<SimulatedRRSet> matching = zone.all().stream().filter(filter).toList();
    if (matching.isEmpty()) {
      throw Refusal.dataNotFound();
    }
    int offset = intParameter(url, "offset", 0);
    int limit = Math.min(intParameter(url, "limit", DEFAULT_LIMIT), MAX_LIMIT);
    if (limit == 0) {
      throw Refusal.invalidInput("limit=0 (expected 1 to " + MAX_LIMIT + ")");
    }
    List<SimulatedRRSet> page =
        matching.subList(
            Math.min(offset, matching.size()),
            Math.min(matching.size(), offset + Math.min(limit, pageSize)));
    return SimulatedAnswer.of(
        200, listing(page, url.queryParameter("q"), limit, offset, matching.size()));
  }

  /** {@code GET .../rrsets/{type}/{owner}}: that rrset, or each type at the owner for ANY. */
  SimulatedAnswer get(String type, String owner) {
    String name = owner(owner);
    List<SimulatedRRSet> found =
        type.equalsIgnoreCase("ANY")
            ? zone.all().stream().filter(rrset -> rrset.owner().equals(name)).toList()
            : zone.get(name, RdataRules.type(type)).stream().toList();
    if (found.isEmpty()) {
      throw Refusal.rrsetNotFound();
    }
    return SimulatedAnswer.of(200, listing(found, "", MAX_LIMIT, 0, found.size()));
  }

  /** {@code POST .../rrsets/{type}/{owner}}: creates, or 400 2111 when it exists. */
  SimulatedAnswer create(String type, String owner, String body) {
    SimulatedRRSet rrset = parse(type, owner, body);
    if (zone.get(rrset.owner(), rrset.type()).isPresent()) {
      throw Refusal.rrsetExists(rrset.typeNumber());
    }
    if (rrset.type().equals("SOA")) {
      throw Refusal.invalidInput("an SOA outside the apex " + zone.name() + ": " + rrset.owner());
    }
    refuseCnameBesideOtherData(rrset);
    zone.put(rrset);
    zone.changed(now);
    return SimulatedAnswer.successful(201);
  }

  /** A CNAME may not share its owner with other data (RFC 1034 §3.6.2). */
  private void refuseCnameBesideOtherData(SimulatedRRSet rrset) {
    boolean conflict =
        zone.all().stream()
            .filter(other -> other.owner().equals(rrset.owner()))
            .anyMatch(other -> other.type().equals("CNAME") || rrset.type().equals("CNAME"));
    if (conflict) {
      throw Refusal.invalidInput(
          "a "
              + rrset.type()
              + " at "
              + rrset.owner()
              + " beside other data (expected a CNAME alone)");
    }
  }

  /** {@code PUT .../rrsets/{type}/{owner}}: replaces the whole rrset, or 404 56001. */
  SimulatedAnswer replace(String type, String owner, String body) {
    SimulatedRRSet rrset = parse(type, owner, body);
    if (zone.get(rrset.owner(), rrset.type()).isEmpty()) {
      throw Refusal.rrsetNotFound();
    }
    if (rrset.type().equals("SOA") && rrset.rdata().size() != 1) {
      throw Refusal.invalidInput("SOA with " + rrset.rdata().size() + " rdata (expected one)");
    }
    zone.put(rrset);
    zone.changed(now); // for the SOA this also puts back the service's own serial
    return SimulatedAnswer.successful(200);
  }

  /** {@code DELETE .../rrsets/{type}/{owner}}: 204, or 404 56001; never the SOA or apex NS. */
  SimulatedAnswer delete(String type, String owner) {
    String name = owner(owner);
    String mnemonic = RdataRules.type(type);
    if (zone.get(name, mnemonic).isEmpty()) {
      throw Refusal.rrsetNotFound();
    }
    if (name.equals(zone.name()) && (mnemonic.equals("SOA") || mnemonic.equals("NS"))) {
      throw Refusal.invalidInput("the apex " + mnemonic + " cannot be deleted");
    }
    zone.remove(name, mnemonic);
    zone.changed(now);
    return SimulatedAnswer.noContent();
  }

  private SimulatedRRSet parse(String type, String owner, String body) {
    String mnemonic = RdataRules.type(type);
    JsonObject json = object(body);
    long ttl = ttl(json.get("ttl"));
    JsonArray values = json.getAsJsonArray("rdata");
    List<String> rdata = new ArrayList<>();
    if (values != null) {
      values.forEach(value -> rdata.add(value.getAsString()));
    }
    RdataRules.check(mnemonic, rdata);
    JsonObject profile = json.getAsJsonObject("profile");
    if (profile != null) {
      PoolRules.check(mnemonic, rdata, profile);
    }
    return new SimulatedRRSet(owner(owner), mnemonic, ttl, rdata, profile);
  }

  /**
   * The absolute owner of a path's owner: lower-cased, the trailing dot added when the name ends
   * with the zone's name, else taken relative to the zone; 400 1000 when outside the zone.
   */
  String owner(String owner) {
    String name = owner.toLowerCase(Locale.ROOT);
    String zoneName = zone.name();
    String bare = zoneName.substring(0, zoneName.length() - 1);
    if (!name.endsWith(".")) {
      name = name.equals(bare) || name.endsWith("." + bare) ? name + "." : name + "." + zoneName;
    }
    if (!name.equals(zoneName) && !name.endsWith("." + zoneName)) {
      throw Refusal.invalidInput("owner " + owner + " is outside the zone " + zoneName);
    }
    return name;
  }

  private JsonObject listing(
      List<SimulatedRRSet> page, String q, int limit, int offset, int totalCount) {
    JsonObject json = new JsonObject();
    json.addProperty("zoneName", zone.name());
    JsonArray rrsets = new JsonArray();
    page.forEach(rrset -> rrsets.add(rrset.toJson()));
    json.add("rrSets", rrsets);
    JsonObject queryInfo = new JsonObject();
    queryInfo.addProperty("q", q == null ? "" : q);
    queryInfo.addProperty("sort", "OWNER");
    queryInfo.addProperty("reverse", false);
    queryInfo.addProperty("limit", limit);
    json.add("queryInfo", queryInfo);
    JsonObject resultInfo = new JsonObject();
    resultInfo.addProperty("totalCount", totalCount);
    resultInfo.addProperty("offset", offset);
    resultInfo.addProperty("returnedCount", page.size());
    json.add("resultInfo", resultInfo);
    return json;
  }

  private static Predicate<SimulatedRRSet> kind(String q) {
    if (q == null || q.isBlank()) {
      return rrset -> true;
    }
    return switch (q.strip().toUpperCase(Locale.ROOT)) {
      case "KIND:RECORDS" -> rrset -> !rrset.isPool();
      case "KIND:POOLS" -> SimulatedRRSet::isPool;
      case "KIND:ALL" -> rrset -> true;
      default ->
          throw Refusal.invalidInput("query " + q + " (expected kind:RECORDS or kind:POOLS)");
    };
  }

  static JsonObject object(String body) {
    JsonElement json;
    try {
      json = JsonParser.parseString(body == null ? "" : body);
    } catch (RuntimeException e) {
      throw Refusal.invalidInput("malformed JSON (" + e.getMessage() + ")");
    }
    if (!json.isJsonObject()) {
      throw Refusal.invalidInput("body " + json + " (expected a JSON object)");
    }
    return json.getAsJsonObject();
  }

  private static long ttl(JsonElement ttl) {
    if (ttl == null) {
      return SimulatedZone.APEX_TTL; // an ASSUMPTION: the zone's default TTL when none is sent
    }
    long value = ttl.getAsLong();
    if (value < 0 || value > Integer.MAX_VALUE || ttl.getAsDouble() != value) {
      throw Refusal.invalidInput("ttl " + ttl + " (expected 0 to 2147483647)");
    }
    return value;
  }

  static int intParameter(HttpUrl url, String name, int otherwise) {
    String value = url.queryParameter(name);
    if (value == null) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below with the value
    }
    throw Refusal.invalidInput(name + "=" + value + " (expected a non-negative integer)");
  }
}
