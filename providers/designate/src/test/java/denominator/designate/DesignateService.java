package denominator.designate;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The state and endpoints of the simulated Designate v2 behind Keystone's token check: zones
 * (create 202 PENDING writing the managed apex SOA and NS, get, list, PATCH, delete 202 then gone
 * after propagation), the limits, and the routing of record sets to {@link RecordSets}. Writes
 * propagate lazily: {@link #settle} runs before every request. Not thread-safe: the simulator calls
 * it under its lock.
 */
final class DesignateService {
  static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
  private static final Set<String> ZONE_KEYS =
      Set.of("name", "email", "ttl", "description", "type", "masters", "attributes");
  private static final Set<String> ZONE_PATCH_KEYS = Set.of("email", "ttl", "description");
  private static final Set<String> ZONE_FILTERS =
      Set.of("name", "type", "email", "status", "description", "ttl");

  /**
   * One request that passed the token check.
   *
   * @param method HTTP method
   * @param path segments after the endpoint's prefix, starting {@code v2}
   * @param url the request's absolute URL
   * @param base the DNS endpoint it came through, e.g. {@code http://127.0.0.1:PORT/dns}
   * @param body the request body, empty when none
   * @param project what the token is scoped to
   */
  record Call(
      String method,
      List<String> path,
      HttpUrl url,
      String base,
      String body,
      Keystone.Project project) {
    String route() {
      return method + " " + pattern(path);
    }
  }

  private final Stamps stamps;
  private final Quotas quotas;
  private final Duration delay;
  private final int defaultLimit;
  private final Map<String, SimulatedZone> zones = new LinkedHashMap<>();
  private final Set<String> failing = new HashSet<>();
  private final RecordSets recordSets;

  DesignateService(Stamps stamps, Quotas quotas, Duration delay, int defaultLimit) {
    this.stamps = stamps;
    this.quotas = quotas;
    this.delay = delay;
    this.defaultLimit = defaultLimit;
    this.recordSets = new RecordSets(this, stamps, quotas);
  }

  /** The path pattern under an endpoint, e.g. {@code /v2/zones/{zone_id}/recordsets}. */
  static String pattern(List<String> path) {
    List<String> names = List.of("v2", "zones", "{zone_id}", "recordsets", "{recordset_id}");
    if (path.size() >= 2
        && path.size() <= names.size()
        && path.get(0).equals("v2")
        && path.get(1).equals("zones")
        && (path.size() < 4 || path.get(3).equals("recordsets"))) {
      return "/" + String.join("/", names.subList(0, path.size()));
    }
    return "/" + String.join("/", path);
  }

  /** Answers one request; a refusal is thrown as {@link DesignateRefusal}. */
  JsonObject handle(Call call, Reply reply) {
    if (!call.method().equals("GET") && !call.project().writable()) {
      throw DesignateRefusal.of(
          403, "forbidden", "You are not authorized to " + call.route() + " (role reader)");
    }
    return switch (call.route()) {
      case "GET /v2/zones" -> listZones(call);
      case "POST /v2/zones" -> createZone(call, reply);
      case "GET /v2/zones/{zone_id}" -> zone(call).toJson(call.base());
      case "PATCH /v2/zones/{zone_id}" -> patchZone(call, reply);
      case "DELETE /v2/zones/{zone_id}" -> deleteZone(call, reply);
      case "GET /v2/zones/{zone_id}/recordsets" -> recordSets.list(call, zone(call), defaultLimit);
      case "POST /v2/zones/{zone_id}/recordsets" -> recordSets.create(call, zone(call), reply);
      case "GET /v2/zones/{zone_id}/recordsets/{recordset_id}" -> recordSets.get(call, zone(call));
      case "PUT /v2/zones/{zone_id}/recordsets/{recordset_id}" ->
          recordSets.update(call, zone(call), reply);
      case "DELETE /v2/zones/{zone_id}/recordsets/{recordset_id}" ->
          recordSets.delete(call, zone(call), reply);
      case "GET /v2/limits" -> quotas.toJson();
      default -> throw DesignateRefusal.of(404, "not_found", "No route " + call.route());
    };
  }

  /** The status and headers of a successful answer, set by the endpoint that makes it. */
  static final class Reply {
    int status = 200;
    String location;
  }

  /** Propagates every zone whose delay has passed; a propagated delete removes its zone. */
  void settle() {
    zones.values().removeIf(zone -> zone.settle(stamps.now(), delay));
  }

  /** The next propagation of this zone (by name, now or once created) ends in ERROR. */
  void failPropagation(String name) {
    // a propagation already due has happened: the failure is for the next one
    settle();
    String lower = name.toLowerCase(Locale.ROOT);
    failing.add(lower);
    byName(lower).ifPresent(SimulatedZone::failNextPropagation);
  }

  Optional<SimulatedZone> byName(String name) {
    return zones.values().stream().filter(zone -> zone.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The project's zones in creation order. */
  List<SimulatedZone> zonesOf(String projectId) {
    return zones.values().stream().filter(zone -> zone.projectId().equals(projectId)).toList();
  }

  /** The zone of the path's {@code zone_id}, in the caller's project. */
  private SimulatedZone zone(Call call) {
    String id = call.path().get(2);
    if (!UUID.matcher(id).matches()) {
      throw DesignateRefusal.notFound();
    }
    SimulatedZone zone = zones.get(id.toLowerCase(Locale.ROOT));
    if (zone == null || !zone.projectId().equals(call.project().id())) {
      throw DesignateRefusal.zoneNotFound();
    }
    return zone;
  }

  private JsonObject listZones(Call call) {
    MarkerPaging paging =
        new MarkerPaging(call.url(), defaultLimit, quotas.maxPageLimit(), ZONE_FILTERS);
    Map<String, Function<SimulatedZone, List<String>>> fields =
        Map.of(
            "name", zone -> List.of(zone.name()),
            "type", zone -> List.of("PRIMARY"),
            "email", zone -> List.of(zone.email()),
            "status", zone -> List.of(zone.status()),
            "description", zone -> nullable(zone.description()),
            "ttl", zone -> List.of(Integer.toString(zone.ttl())));
    return paging.page(
        "zones",
        zonesOf(call.project().id()),
        SimulatedZone::id,
        fields,
        Map.of("name", Comparator.comparing(SimulatedZone::name)),
        zone -> zone.toJson(call.base()));
  }

  private JsonObject createZone(Call call, Reply reply) {
    Fields body = Fields.parse(call.body(), ZONE_KEYS, "zone").require("name").require("email");
    String name = body.fqdn("name");
    if (name.length() > Fields.MAX_NAME) {
      throw DesignateRefusal.of(400, "invalid_zone_name", "Name too long");
    }
    if (name.indexOf('.') == name.length() - 1) {
      throw DesignateRefusal.of(400, "invalid_zone_name", "More than one label is required");
    }
    String email = body.string("email");
    if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
      throw DesignateRefusal.valueError(email + " is not a valid email address");
    }
    Integer ttl = body.ttl();
    quotas.checkTtl(ttl);
    String description = body.description();
    String type = body.string("type");
    if (type != null && !type.equals("PRIMARY")) {
      throw DesignateRefusal.badRequest("The simulator serves PRIMARY zones only, not " + type);
    }
    checkPlacement(call, name);
    SimulatedZone zone =
        new SimulatedZone(
            stamps.uuid(),
            call.project().id(),
            name,
            email,
            description,
            ttl == null ? 3600 : ttl,
            stamps.created());
    if (failing.remove(name.toLowerCase(Locale.ROOT))) {
      zone.failNextPropagation();
    }
    recordSets.writeManaged(zone);
    zones.put(zone.id(), zone);
    reply.status = 202;
    reply.location = call.base() + "/v2/zones/" + zone.id();
    return zone.toJson(call.base());
  }

  // quota, duplicate, and zones of other projects above or below the new one
  private void checkPlacement(Call call, String name) {
    if (zonesOf(call.project().id()).size() >= quotas.zones()) {
      throw DesignateRefusal.overQuota("zones");
    }
    if (byName(name).isPresent()) {
      throw DesignateRefusal.of(409, "duplicate_zone", "Duplicate Zone");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (SimulatedZone other : zones.values()) {
      if (other.projectId().equals(call.project().id())) {
        continue;
      }
      if (other.contains(lower)) {
        throw DesignateRefusal.of(
            403, "illegal_child", "Zone " + name + " is inside another project's " + other.name());
      }
      if (other.name().toLowerCase(Locale.ROOT).endsWith("." + lower)) {
        throw DesignateRefusal.of(
            403, "illegal_parent", "Zone " + name + " is above another project's " + other.name());
      }
    }
  }

  private JsonObject patchZone(Call call, Reply reply) {
    SimulatedZone zone = zone(call);
    Fields body = Fields.parse(call.body(), ZONE_PATCH_KEYS, "zone");
    String email = body.string("email");
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
      throw DesignateRefusal.valueError(email + " is not a valid email address");
    }
    Integer ttl = body.ttl();
    quotas.checkTtl(ttl);
    String description = body.description();
    if (zone.deleting()) {
      throw DesignateRefusal.deletingZone();
    }
    zone.patch(email, ttl, description, body.has("description"));
    zone.touch(stamps.now());
    reply.status = 202;
    return zone.toJson(call.base());
  }

  private JsonObject deleteZone(Call call, Reply reply) {
    SimulatedZone zone = zone(call);
    for (SimulatedZone other : zonesOf(zone.projectId())) {
      if (other != zone && zone.contains(other.name()) && !other.deleting()) {
        throw DesignateRefusal.of(
            400, "zone_has_sub_zone", "Please delete any subzones before deleting this zone");
      }
    }
    zone.delete(stamps.now());
    reply.status = 202;
    return zone.toJson(call.base());
  }

  /** A child zone of {@code zone} in the same project holding {@code name}, if any. */
  Optional<SimulatedZone> childHolding(SimulatedZone zone, String name) {
    return zonesOf(zone.projectId()).stream()
        .filter(other -> other != zone && zone.contains(other.name()) && other.contains(name))
        .findFirst();
  }

  static List<String> nullable(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
