package denominator.azure;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
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
  private final RecordSets recordSets;
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
    this.recordSets = new RecordSets(ids, limits, subscription, resourceGroup);
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
              zone(call.path().get(1)).filter(zone -> RecordSets.exists(call, zone)).isPresent()
                  ? RateLimits.Kind.RECORD_UPDATE
                  : RateLimits.Kind.RECORD_CREATE;
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
      case "GET R/dnsZones/{zone}/recordsets" -> recordSets.list(call, existing(path.get(1)), null);
      case "GET R/dnsZones/{zone}/{type}" ->
          recordSets.list(call, existing(path.get(1)), RecordSets.type(path.get(2)));
      case "GET R/dnsZones/{zone}/{type}/{name}" -> recordSets.get(call, existing(path.get(1)));
      case "PUT R/dnsZones/{zone}/{type}/{name}" ->
          recordSets.put(call, writable(path.get(1)), false);
      case "PATCH R/dnsZones/{zone}/{type}/{name}" ->
          recordSets.put(call, writable(path.get(1)), true);
      case "DELETE R/dnsZones/{zone}/{type}/{name}" ->
          recordSets.delete(call, writable(path.get(1)));
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
    JsonObject body = JsonBodies.object(call.body(), "zone");
    JsonElement location = body.get("location");
    if (location == null
        || !location.isJsonPrimitive()
        || !location.getAsString().equalsIgnoreCase("global")) {
      throw ArmRefusal.invalid("location", location == null ? null : location.getAsString());
    }
    JsonObject tags = JsonBodies.strings(body, "tags");
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
    JsonArray servers = new JsonArray();
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
}
