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
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The state and endpoints of the simulated Azure DNS under {@code
 * /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network} (wire page, sections 4 to
 * 9): zones (list, get, create with the apex NS and SOA, delete as a long-running operation),
 * record sets (list all or by type, get, PUT guarded by etags, PATCH, delete) and the operation
 * status and result URLs. Not thread-safe: the simulator calls it under its lock.
 */
final class AzureDns {
  /**
   * One request that passed the gateway's checks.
   *
   * @param method HTTP method
   * @param path segments after {@code Microsoft.Network}
   * @param url the request's absolute URL
   * @param root the URL the client reached the server on, ending in "/"
   * @param headers the request's headers
   * @param body the request body, empty when none
   */
  record Call(
      String method, List<String> path, HttpUrl url, String root, Headers headers, String body) {
    String route() {
      return method + " R" + pattern(path);
    }
  }

  private final AzureIds ids;
  private final Limits limits;
  private final String armPrefix;
  private final String resourceGroup;
  private final String subscription;
  private final ZoneDeletes deletes;
  private final Map<String, SimulatedZone> zones = new TreeMap<>();

  /**
   * The simulated service's sizes.
   *
   * @param zones most zones of the subscription
   * @param recordSets most record sets of a zone, the apex NS and SOA included
   * @param records most records of one set
   * @param defaultTop page size without {@code $top}
   * @param maxTop the largest page served
   */
  record Limits(int zones, int recordSets, int records, int defaultTop, int maxTop) {}

  AzureDns(
      AzureIds ids, Limits limits, String subscription, String resourceGroup, ZoneDeletes deletes) {
    this.ids = ids;
    this.limits = limits;
    this.subscription = subscription;
    this.resourceGroup = resourceGroup;
    this.armPrefix =
        "/subscriptions/"
            + subscription
            + "/resourceGroups/"
            + resourceGroup
            + "/providers/Microsoft.Network";
    this.deletes = deletes;
  }

  /** The path pattern under {@code R}, e.g. {@code /dnsZones/{zone}/{type}/{name}}. */
  static String pattern(List<String> path) {
    if (path.isEmpty()) {
      return "";
    }
    String head = path.get(0);
    if (head.equalsIgnoreCase("dnsZones") && path.size() <= 4) {
      List<String> names = new ArrayList<>(List.of("/dnsZones", "/{zone}", "/{type}", "/{name}"));
      if (path.size() == 3 && path.get(2).equalsIgnoreCase("recordsets")) {
        names.set(2, "/recordsets");
      }
      return String.join("", names.subList(0, path.size()));
    }
    if (path.size() == 2 && head.equalsIgnoreCase("dnsOperationStatuses")) {
      return "/dnsOperationStatuses/{operation}";
    }
    if (path.size() == 2 && head.equalsIgnoreCase("dnsOperationResults")) {
      return "/dnsOperationResults/{operation}";
    }
    return "/" + String.join("/", path);
  }

  /** The rate-limit class of a call, or empty for the calls no bucket limits. */
  Optional<RateLimits.Kind> kind(Call call) {
    String route = call.route();
    return Optional.ofNullable(
        switch (route) {
          case "GET R/dnsZones" -> RateLimits.Kind.ZONE_LIST;
          case "GET R/dnsZones/{zone}" -> RateLimits.Kind.ZONE_GET;
          case "PUT R/dnsZones/{zone}" ->
              zone(call.path().get(1)).isPresent()
                  ? RateLimits.Kind.ZONE_UPDATE
                  : RateLimits.Kind.ZONE_CREATE;
          case "DELETE R/dnsZones/{zone}" -> RateLimits.Kind.ZONE_DELETE;
          case "GET R/dnsZones/{zone}/recordsets", "GET R/dnsZones/{zone}/{type}" ->
              RateLimits.Kind.RECORD_LIST;
          case "GET R/dnsZones/{zone}/{type}/{name}" -> RateLimits.Kind.RECORD_GET;
          case "PUT R/dnsZones/{zone}/{type}/{name}" ->
              recordSetExists(call) ? RateLimits.Kind.RECORD_UPDATE : RateLimits.Kind.RECORD_CREATE;
          case "PATCH R/dnsZones/{zone}/{type}/{name}" -> RateLimits.Kind.RECORD_UPDATE;
          case "DELETE R/dnsZones/{zone}/{type}/{name}" -> RateLimits.Kind.RECORD_DELETE;
          default -> null;
        });
  }

  /** The bucket a call draws from: its zone's, or the subscription's ("") for zone lists. */
  static String bucket(Call call) {
    return call.path().size() >= 2 && call.path().get(0).equalsIgnoreCase("dnsZones")
        ? bare(call.path().get(1)).toLowerCase(Locale.ROOT)
        : "";
  }

  /** Answers one call; a refusal is thrown as {@link ArmRefusal}. */
  ArmReply handle(Call call) {
    List<String> path = call.path();
    return switch (call.route()) {
      case "GET R/dnsZones" -> ArmReply.of(200, listZones(call).toString());
      case "GET R/dnsZones/{zone}" -> zoneReply(200, existing(path.get(1)));
      case "PUT R/dnsZones/{zone}" -> putZone(call);
      case "DELETE R/dnsZones/{zone}" -> deleteZone(call);
      case "GET R/dnsZones/{zone}/recordsets" ->
          ArmReply.of(200, listRecordSets(call, existing(path.get(1)), null).toString());
      case "GET R/dnsZones/{zone}/{type}" ->
          ArmReply.of(
              200, listRecordSets(call, existing(path.get(1)), type(path.get(2))).toString());
      case "GET R/dnsZones/{zone}/{type}/{name}" -> getRecordSet(path);
      case "PUT R/dnsZones/{zone}/{type}/{name}" -> putRecordSet(call, false);
      case "PATCH R/dnsZones/{zone}/{type}/{name}" -> putRecordSet(call, true);
      case "DELETE R/dnsZones/{zone}/{type}/{name}" -> deleteRecordSet(call);
      case "GET R/dnsOperationStatuses/{operation}" -> deletes.status(path.get(1));
      case "GET R/dnsOperationResults/{operation}" -> deletes.result(path.get(1), call.root());
      default ->
          throw ArmRefusal.wrapped(
              404,
              "InvalidResourceType",
              "The resource type '"
                  + (path.isEmpty() ? "" : path.get(0))
                  + "' could not be found in the namespace 'Microsoft.Network' for api version '"
                  + AzureSimulator.API_VERSION
                  + "'.");
    };
  }

  /** Ends the delete operations whose time has come: succeeded ones remove their zone. */
  void settle() {
    deletes.settle(ids.now(), zones);
  }

  Optional<SimulatedZone> zone(String name) {
    return Optional.ofNullable(zones.get(bare(name).toLowerCase(Locale.ROOT)));
  }

  /** A zone name from a path or a caller: one trailing dot dropped. */
  static String bare(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private SimulatedZone existing(String name) {
    return zone(name)
        .orElseThrow(() -> ArmRefusal.resourceNotFound("dnszones", bare(name), resourceGroup));
  }

  private SimulatedZone writable(String name) {
    SimulatedZone zone = existing(name);
    if (zone.deletion().isPresent()) {
      throw ArmRefusal.conflict("The zone " + zone.name() + " is being deleted.");
    }
    return zone;
  }

  private ArmReply zoneReply(int status, SimulatedZone zone) {
    return ArmReply.of(status, zone.toJson(limits.recordSets()).toString())
        .withHeader("ETag", zone.etag());
  }

  private JsonObject listZones(Call call) {
    return new SkipTokenPaging(call.url(), call.root(), limits.defaultTop(), limits.maxTop())
        .page(
            new ArrayList<>(zones.values()),
            zone -> zone.name().toLowerCase(Locale.ROOT),
            (zone, last) -> zone.name().toLowerCase(Locale.ROOT).compareTo(last) > 0,
            zone -> zone.toJson(limits.recordSets()));
  }

  private ArmReply putZone(Call call) {
    String name = bare(call.path().get(1));
    if (!RecordData.domainName(name) || name.indexOf('.') < 0) {
      throw ArmRefusal.invalid("domain name", name);
    }
    JsonObject body = object(call.body(), "zone");
    JsonElement location = body.get("location");
    if (location == null
        || !location.isJsonPrimitive()
        || !location.getAsString().equalsIgnoreCase("global")) {
      throw ArmRefusal.invalid("location", location == null ? null : location.getAsString());
    }
    JsonObject tags = strings(body, "tags");
    Optional<SimulatedZone> existing = zone(name);
    Preconditions preconditions = Preconditions.of(call.headers());
    if (preconditions.refuses(existing.map(SimulatedZone::etag))) {
      throw existing.isPresent() && preconditions.createOnly()
          ? ArmRefusal.zoneExists(name)
          : ArmRefusal.zoneModified(name);
    }
    if (existing.isPresent()) {
      SimulatedZone zone = writable(name);
      zone.update(tags, ids.zoneEtag());
      return zoneReply(200, zone);
    }
    if (zones.size() >= limits.zones()) {
      throw ArmRefusal.badRequest(
          "The maximum number of zones ("
              + limits.zones()
              + ") in the subscription has been reached.");
    }
    SimulatedZone zone =
        new SimulatedZone(armPrefix + "/dnszones/" + name, name, ids.zoneEtag(), tags);
    writeApex(zone);
    zones.put(name.toLowerCase(Locale.ROOT), zone);
    return zoneReply(201, zone);
  }

  // what the service writes itself: the NS of the four assigned servers and the SOA
  private void writeApex(SimulatedZone zone) {
    com.google.gson.JsonArray servers = new com.google.gson.JsonArray();
    for (String server : SimulatedZone.NAME_SERVERS) {
      JsonObject ns = new JsonObject();
      ns.addProperty("nsdname", server);
      servers.add(ns);
    }
    zone.put(
        new SimulatedRecordSet("@", "NS", 172800, new JsonObject(), null, servers, ids.uuid()));
    JsonObject soa = new JsonObject();
    soa.addProperty("host", SimulatedZone.NAME_SERVERS.get(0));
    soa.addProperty("email", "azuredns-hostmaster.microsoft.com");
    soa.addProperty("serialNumber", 1);
    soa.addProperty("refreshTime", 3600);
    soa.addProperty("retryTime", 300);
    soa.addProperty("expireTime", 2419200);
    soa.addProperty("minimumTTL", 300);
    zone.put(new SimulatedRecordSet("@", "SOA", 3600, new JsonObject(), null, soa, ids.uuid()));
  }

  private ArmReply deleteZone(Call call) {
    String name = bare(call.path().get(1));
    Optional<SimulatedZone> zone = zone(name);
    if (zone.isEmpty()) {
      return ArmReply.empty(204);
    }
    if (Preconditions.of(call.headers()).refuses(Optional.of(zone.get().etag()))) {
      throw ArmRefusal.zoneModified(zone.get().name());
    }
    return deletes.start(zone.get(), ids.now(), armPrefix, call.root());
  }

  private JsonObject listRecordSets(Call call, SimulatedZone zone, String type) {
    List<SimulatedRecordSet> sets =
        zone.inOrder().stream().filter(set -> type == null || set.type().equals(type)).toList();
    return new SkipTokenPaging(call.url(), call.root(), limits.defaultTop(), limits.maxTop())
        .page(
            sets,
            SimulatedRecordSet::skipKey,
            (set, last) -> SimulatedRecordSet.ORDER.compare(set, probe(last)) > 0,
            set -> set.toJson(zone.id(), zone.name()));
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

  private ArmReply getRecordSet(List<String> path) {
    SimulatedZone zone = existing(path.get(1));
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

  private boolean recordSetExists(Call call) {
    Optional<SimulatedZone> zone = zone(call.path().get(1));
    String type = call.path().get(2).toUpperCase(Locale.ROOT);
    return zone.isPresent() && zone.get().get(call.path().get(3), type).isPresent();
  }

  private ArmReply putRecordSet(Call call, boolean patch) {
    SimulatedZone zone = writable(call.path().get(1));
    String type = type(call.path().get(2));
    String name = call.path().get(3);
    checkName(name, zone);
    Optional<SimulatedRecordSet> existing = zone.get(name, type);
    if (patch && existing.isEmpty()) {
      throw ArmRefusal.recordSetNotFound(name, resourceGroup, subscription);
    }
    JsonObject body = object(call.body(), "record set");
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
    JsonObject metadata = strings(properties, "metadata");
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
    if (!bare(host).equalsIgnoreCase(bare(current))) {
      throw ArmRefusal.badRequest("The SOA host cannot be changed.");
    }
  }

  private static void checkApexNs(JsonElement records) {
    List<String> names = new ArrayList<>();
    if (records != null) {
      for (JsonElement record : records.getAsJsonArray()) {
        names.add(
            bare(record.getAsJsonObject().get("nsdname").getAsString()).toLowerCase(Locale.ROOT));
      }
    }
    for (String server : SimulatedZone.NAME_SERVERS) {
      if (!names.contains(bare(server))) {
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

  private ArmReply deleteRecordSet(Call call) {
    SimulatedZone zone = writable(call.path().get(1));
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
  private static String type(String segment) {
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

  private static JsonObject object(String body, String what) {
    try {
      JsonElement json = JsonParser.parseString(body);
      if (json.isJsonObject()) {
        return json.getAsJsonObject();
      }
    } catch (RuntimeException e) {
      // not JSON: refused below
    }
    throw ArmRefusal.badRequest("The " + what + " body '" + body + "' is invalid.");
  }

  // tags and metadata: an object of strings, empty when absent
  private static JsonObject strings(JsonObject parent, String member) {
    JsonElement value = parent.get(member);
    if (value == null || value.isJsonNull()) {
      return new JsonObject();
    }
    if (!value.isJsonObject()) {
      throw ArmRefusal.invalid(member, value);
    }
    for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
      JsonElement text = entry.getValue();
      if (!text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
        throw ArmRefusal.invalid(member, value);
      }
    }
    return value.getAsJsonObject().deepCopy();
  }
}
