package denominator.azure;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The record-set endpoints of the simulated Azure DNS (wire page, sections 5, 6 and 8): list (all
 * or by type, paged), get, PUT guarded by etags, PATCH and delete, with Azure's checks of names,
 * TTLs, metadata, aliases, CNAME exclusivity, the apex NS and SOA rules and the zone's size. Not
 * thread-safe: the simulator calls it under its lock.
 */
final class RecordSets {
  private final AzureIds ids;
  private final AzureDns.Limits limits;
  private final String subscription;
  private final String resourceGroup;

  RecordSets(AzureIds ids, AzureDns.Limits limits, String subscription, String resourceGroup) {
    this.ids = ids;
    this.limits = limits;
    this.subscription = subscription;
    this.resourceGroup = resourceGroup;
  }

  /** Lists a zone's record sets, all or of one type, a page at a time. */
  ArmReply list(AzureDns.Call call, SimulatedZone zone, String type) {
    List<SimulatedRecordSet> sets =
        zone.inOrder().stream().filter(set -> type == null || set.type().equals(type)).toList();
    JsonObject page =
        new SkipTokenPaging(call.url(), call.root(), limits.defaultTop(), limits.maxTop())
            .page(
                sets,
                SimulatedRecordSet::skipKey,
                (set, last) -> SimulatedRecordSet.ORDER.compare(set, probe(last)) > 0,
                set -> set.toJson(zone.id(), zone.name()));
    return ArmReply.of(200, page.toString());
  }

  // a set standing for a skip token whose set is gone: the longest type ending it is its type
  private static SimulatedRecordSet probe(String last) {
    String type =
        RecordData.PROPERTIES.keySet().stream()
            .filter(candidate -> last.endsWith(candidate) && last.length() > candidate.length())
            .max(Comparator.comparingInt(String::length))
            .orElse("");
    String name = last.substring(0, last.length() - type.length());
    return new SimulatedRecordSet(name, type, 0, new JsonObject(), null, null, "");
  }

  /** {@code GET}: the set, or 404 flat {@code NotFound}. */
  ArmReply get(AzureDns.Call call, SimulatedZone zone) {
    List<String> path = call.path();
    String type = type(path.get(2));
    String name = path.get(3);
    SimulatedRecordSet set =
        zone.get(name, type)
            .orElseThrow(() -> ArmRefusal.recordSetNotFound(name, resourceGroup, subscription));
    return setReply(200, zone, set);
  }

  private ArmReply setReply(int status, SimulatedZone zone, SimulatedRecordSet set) {
    return ArmReply.of(status, set.toJson(zone.id(), zone.name()).toString())
        .withHeader("ETag", set.etag());
  }

  /** Whether the set a call names exists in {@code zone} (a PUT updates it, else creates). */
  static boolean exists(AzureDns.Call call, SimulatedZone zone) {
    String type = call.path().get(2).toUpperCase(Locale.ROOT);
    return zone.get(call.path().get(3), type).isPresent();
  }

  /**
   * {@code PUT} (the whole set) or {@code PATCH} (the properties given) under the call's {@code
   * If-Match} or {@code If-None-Match}.
   */
  ArmReply put(AzureDns.Call call, SimulatedZone zone, boolean patch) {
    String type = type(call.path().get(2));
    String name = call.path().get(3);
    checkName(name, zone);
    Optional<SimulatedRecordSet> existing = zone.get(name, type);
    if (patch && existing.isEmpty()) {
      throw ArmRefusal.recordSetNotFound(name, resourceGroup, subscription);
    }
    JsonObject body = JsonBodies.object(call.body(), "record set");
    JsonElement given = body.get("properties");
    if (given == null || !given.isJsonObject()) {
      throw ArmRefusal.invalid("properties", given);
    }
    JsonObject properties = given.getAsJsonObject();
    if (patch) {
      properties = merged(existing.get(), properties);
    }
    Preconditions preconditions = Preconditions.of(call.headers());
    if (type.equals("SOA") && preconditions.createOnly()) {
      throw ArmRefusal.badRequest(
          "There can be only one record set of type SOA, and it can be modified but not deleted.");
    }
    if (preconditions.refuses(existing.map(SimulatedRecordSet::etag))) {
      throw existing.isPresent() && preconditions.createOnly()
          ? ArmRefusal.recordSetExists(name)
          : ArmRefusal.recordSetModified(name);
    }
    SimulatedRecordSet set = checked(zone, name, type, properties, existing);
    if (existing.isEmpty()) {
      checkNewSet(zone, name, type);
    }
    zone.put(set);
    return setReply(existing.isPresent() ? 200 : 201, zone, set);
  }

  // a PATCH: the top-level properties given replace those stored, the others are kept
  private static JsonObject merged(SimulatedRecordSet stored, JsonObject given) {
    JsonObject properties = JsonParser.parseString(stored.state()).getAsJsonObject();
    for (Map.Entry<String, JsonElement> member : given.entrySet()) {
      properties.add(member.getKey(), member.getValue());
    }
    return properties;
  }

  private SimulatedRecordSet checked(
      SimulatedZone zone,
      String name,
      String type,
      JsonObject properties,
      Optional<SimulatedRecordSet> existing) {
    long ttl = ttl(properties.get("TTL"));
    JsonObject metadata = JsonBodies.strings(properties, "metadata");
    String target = target(properties.get("targetResource"));
    JsonElement records = RecordData.read(type, properties, limits.records());
    if (records != null && target != null) {
      throw ArmRefusal.badRequest(
          "The targetResource '" + target + "' is invalid. A record set with records is no alias.");
    }
    boolean apex = name.equals("@");
    if (type.equals("CNAME") && apex) {
      throw ArmRefusal.badRequest(
          "The record set name '@' is invalid. A CNAME record set cannot be at the zone apex.");
    }
    if (type.equals("SOA")) {
      checkSoa(name, records, existing);
    }
    if (type.equals("NS") && apex) {
      checkApexNs(records);
    }
    String stored = existing.map(SimulatedRecordSet::name).orElse(name);
    return new SimulatedRecordSet(stored, type, ttl, metadata, target, records, ids.uuid());
  }

  private static void checkSoa(
      String name, JsonElement records, Optional<SimulatedRecordSet> existing) {
    if (existing.isEmpty() || !name.equals("@")) {
      throw ArmRefusal.badRequest(
          "There can be only one record set of type SOA, and it can be modified but not deleted.");
    }
    if (records == null) {
      throw ArmRefusal.invalid("SOARecord", null);
    }
    String host = records.getAsJsonObject().get("host").getAsString();
    String current = existing.get().records().getAsJsonObject().get("host").getAsString();
    if (!AzureDns.bare(host).equalsIgnoreCase(AzureDns.bare(current))) {
      throw ArmRefusal.badRequest("The SOA host cannot be changed.");
    }
  }

  private static void checkApexNs(JsonElement records) {
    List<String> names = new ArrayList<>();
    if (records != null) {
      for (JsonElement record : records.getAsJsonArray()) {
        names.add(
            AzureDns.bare(record.getAsJsonObject().get("nsdname").getAsString())
                .toLowerCase(Locale.ROOT));
      }
    }
    for (String server : SimulatedZone.NAME_SERVERS) {
      if (!names.contains(AzureDns.bare(server))) {
        throw ArmRefusal.badRequest(
            "The NS record set at the zone apex must contain the Azure DNS name servers assigned"
                + " to the zone.");
      }
    }
  }

  // what only a new set is checked for: CNAME exclusivity and the zone's size
  private void checkNewSet(SimulatedZone zone, String name, String type) {
    List<SimulatedRecordSet> here = zone.at(name);
    if (type.equals("CNAME") && !here.isEmpty()) {
      throw ArmRefusal.conflict(
          "The CNAME record could not be created because another record with the same name"
              + " already exists in this zone.");
    }
    if (here.stream().anyMatch(set -> set.type().equals("CNAME"))) {
      throw ArmRefusal.conflict(
          "The record could not be created because a CNAME record with the same name already"
              + " exists in this zone.");
    }
    if (zone.size() >= limits.recordSets()) {
      throw ArmRefusal.badRequest(
          "The maximum number of record sets ("
              + limits.recordSets()
              + ") in the zone has been reached.");
    }
  }

  /** {@code DELETE}: 200, or 204 when absent; never the apex SOA or NS. */
  ArmReply delete(AzureDns.Call call, SimulatedZone zone) {
    String type = type(call.path().get(2));
    String name = call.path().get(3);
    if (name.equals("@") && (type.equals("SOA") || type.equals("NS"))) {
      throw ArmRefusal.badRequest(
          "RecordSets of type '" + type + "' with name '@' cannot be deleted.");
    }
    Optional<SimulatedRecordSet> existing = zone.get(name, type);
    if (existing.isEmpty()) {
      return ArmReply.empty(204);
    }
    if (Preconditions.of(call.headers()).refuses(existing.map(SimulatedRecordSet::etag))) {
      throw ArmRefusal.recordSetModified(existing.get().name());
    }
    zone.remove(existing.get());
    return ArmReply.empty(200);
  }

  /** A path's record type, upper-cased; refused unless the API knows it. */
  static String type(String segment) {
    String type = segment.toUpperCase(Locale.ROOT);
    if (!RecordData.known(type)) {
      throw ArmRefusal.badRequest("The record type '" + segment + "' is not supported.");
    }
    return type;
  }

  // @, or labels under the zone, the first of which may be the wildcard *
  private static void checkName(String name, SimulatedZone zone) {
    if (name.equals("@")) {
      return;
    }
    String labels = name.startsWith("*.") ? name.substring(2) : name.equals("*") ? "" : name;
    boolean valid =
        (labels.isEmpty() || RecordData.domainName(labels) && !labels.endsWith("."))
            && name.length() + zone.name().length() + 1 <= 253;
    if (!valid) {
      throw ArmRefusal.invalid("domain name", name);
    }
  }

  private static long ttl(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return 3600;
    }
    try {
      long ttl = value.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
      if (ttl >= 0 && ttl <= Integer.MAX_VALUE) {
        return ttl;
      }
    } catch (RuntimeException e) {
      // not a whole number: refused below
    }
    throw ArmRefusal.invalid("TTL", value);
  }

  private static String target(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return null;
    }
    JsonElement id = value.isJsonObject() ? value.getAsJsonObject().get("id") : value;
    if (value.isJsonObject() && (id == null || id.isJsonNull())) {
      return null;
    }
    String text = id.isJsonPrimitive() ? id.getAsString() : id.toString();
    if (!id.isJsonPrimitive() || !text.startsWith("/subscriptions/")) {
      throw ArmRefusal.invalid("targetResource", text);
    }
    return id.getAsString();
  }
}
