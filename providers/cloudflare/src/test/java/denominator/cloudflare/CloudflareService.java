package denominator.cloudflare;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The endpoints of the simulated Cloudflare behind authentication and rate limiting: zones, their
 * SOA settings, records one at a time and in batches (wire page, sections 4 to 8). Not thread-safe:
 * the simulator calls it under its lock.
 */
final class CloudflareService {
  static final String ID = "[0-9a-f]{32}";

  /** The service's settings from the simulator's builder. */
  record Settings(
      String accountId,
      int zonePageSize,
      int recordPageSize,
      int batchLimit,
      RecordWrites writes) {}

  private final Settings settings;
  private final IdSource ids;
  private final Timestamps time;
  private final Map<String, SimulatedZone> zones = new LinkedHashMap<>();

  CloudflareService(Settings settings, IdSource ids, Timestamps time) {
    this.settings = settings;
    this.ids = ids;
    this.time = time;
  }

  /** The zone named {@code name} (trailing dot and case ignored), if any. */
  Optional<SimulatedZone> byName(String name) {
    String wanted = Names.withoutDot(name).toLowerCase(Locale.ROOT);
    return zones.values().stream().filter(z -> z.name().equals(wanted)).findFirst();
  }

  /**
   * The route of a request, its path below {@code /client/v4} with ids as placeholders: {@code GET
   * /client/v4/zones/{zone_id}/dns_records/{id}}.
   */
  static String pattern(List<String> path) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < path.size(); i++) {
      boolean zoneId = i == 3 && path.get(2).equals("zones");
      boolean recordId =
          i == 5 && path.get(4).equals("dns_records") && !path.get(5).equals("batch");
      parts.add(zoneId ? "{zone_id}" : recordId ? "{id}" : path.get(i));
    }
    return "/" + String.join("/", parts);
  }

  CloudflareReply handle(String method, List<String> path, HttpUrl url, String body) {
    if (path.size() < 3
        || !path.get(0).equals("client")
        || !path.get(1).equals("v4")
        || !path.get(2).equals("zones")) {
      throw CloudflareRefusal.noRoute(url.encodedPath());
    }
    if (path.size() == 3) {
      return switch (method) {
        case "GET" -> listZones(url);
        case "POST" -> createZone(object(body));
        default -> throw CloudflareRefusal.noRoute(url.encodedPath());
      };
    }
    SimulatedZone zone = zone(path.get(3), url);
    String route = method + " " + String.join("/", path.subList(4, path.size()));
    if (path.size() == 6 && path.get(4).equals("dns_records") && !path.get(5).equals("batch")) {
      return record(method, zone, path.get(5), url, body);
    }
    return switch (route) {
      case "GET " -> CloudflareReply.ok(zone.toJson());
      case "DELETE " -> deleteZone(zone);
      case "GET dns_records" -> listRecords(zone, url);
      case "POST dns_records" ->
          CloudflareReply.ok(settings.writes().create(zone, zone.records(), object(body)));
      case "POST dns_records/batch" -> new Batch(settings, zone).apply(object(body));
      case "GET dns_settings" -> CloudflareReply.ok(zone.settingsJson());
      case "PATCH dns_settings" -> patchSettings(zone, object(body));
      default -> throw CloudflareRefusal.noRoute(url.encodedPath());
    };
  }

  private CloudflareReply listZones(HttpUrl url) {
    Paging paging = Paging.of(url, 20, 5, settings.zonePageSize());
    String name = url.queryParameter("name");
    List<JsonObject> listed = new ArrayList<>();
    zones.values().stream()
        .filter(
            z -> name == null || z.name().equals(Names.withoutDot(name).toLowerCase(Locale.ROOT)))
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .forEach(z -> listed.add(z.toJson()));
    return paging.reply(listed);
  }

  private CloudflareReply createZone(JsonObject body) {
    JsonElement sent = body.get("name");
    if (sent == null || !sent.isJsonPrimitive() || !sent.getAsJsonPrimitive().isString()) {
      throw CloudflareRefusal.invalid("name " + sent + " is required and must be a string");
    }
    String name = Names.withoutDot(sent.getAsString()).toLowerCase(Locale.ROOT);
    if (!Names.isDomain(name) || !name.contains(".")) {
      throw CloudflareRefusal.invalid(
          "name \"" + sent.getAsString() + "\" is not a valid zone name");
    }
    JsonElement account = body.get("account");
    if (account == null
        || !account.isJsonObject()
        || !account.getAsJsonObject().has("id")
        || account.getAsJsonObject().get("id").isJsonNull()) {
      throw CloudflareRefusal.invalid("account.id is required");
    }
    if (!settings.accountId().equals(account.getAsJsonObject().get("id").getAsString())) {
      throw CloudflareRefusal.unauthorizedResource();
    }
    if (byName(name).isPresent()) {
      throw CloudflareRefusal.zoneExists(name);
    }
    SimulatedZone zone = new SimulatedZone(ids.next(), name, settings.accountId(), time.now());
    zones.put(zone.id(), zone);
    return CloudflareReply.ok(zone.toJson());
  }

  private CloudflareReply deleteZone(SimulatedZone zone) {
    zones.remove(zone.id());
    return CloudflareReply.ok(idOnly(zone.id()));
  }

  private CloudflareReply listRecords(SimulatedZone zone, HttpUrl url) {
    Paging paging = Paging.of(url, 100, 1, settings.recordPageSize());
    String name =
        Optional.ofNullable(url.queryParameter("name.exact")).orElse(url.queryParameter("name"));
    String type = url.queryParameter("type");
    List<JsonObject> listed =
        zone.sorted().stream()
            .filter(
                r ->
                    name == null
                        || r.get("name")
                            .getAsString()
                            .equals(Names.withoutDot(name).toLowerCase(Locale.ROOT)))
            .filter(r -> type == null || r.get("type").getAsString().equalsIgnoreCase(type))
            .toList();
    return paging.reply(listed);
  }

  private CloudflareReply record(
      String method, SimulatedZone zone, String id, HttpUrl url, String body) {
    if (!id.matches(ID)) {
      throw CloudflareRefusal.noRoute(url.encodedPath());
    }
    RecordWrites writes = settings.writes();
    return switch (method) {
      case "GET" ->
          CloudflareReply.ok(
              Optional.ofNullable(zone.records().get(id))
                  .orElseThrow(CloudflareRefusal::recordMissing)
                  .deepCopy());
      case "PATCH" -> CloudflareReply.ok(writes.patch(zone, zone.records(), id, object(body)));
      case "PUT" -> CloudflareReply.ok(writes.put(zone, zone.records(), id, object(body)));
      case "DELETE" -> {
        writes.delete(zone.records(), id);
        yield CloudflareReply.ok(idOnly(id));
      }
      default -> throw CloudflareRefusal.noRoute(url.encodedPath());
    };
  }

  private static CloudflareReply patchSettings(SimulatedZone zone, JsonObject body) {
    if (!body.has("soa") || !body.get("soa").isJsonObject()) {
      return CloudflareReply.ok(zone.settingsJson());
    }
    JsonObject soa = body.getAsJsonObject("soa");
    JsonObject checked = new JsonObject();
    for (String field : List.of("refresh", "retry", "expire", "min_ttl", "ttl")) {
      if (soa.has(field)) {
        checked.addProperty(
            field, RecordRules.number("soa." + field, soa.get(field), Integer.MAX_VALUE));
      }
    }
    for (String field : List.of("mname", "rname")) {
      if (soa.has(field)) {
        JsonElement value = soa.get(field);
        checked.add(
            field,
            value.isJsonNull() && field.equals("mname")
                ? JsonNull.INSTANCE
                : new JsonPrimitive(
                    RecordRules.domain("soa." + field, RecordRules.text(soa, field))));
      }
    }
    checked.entrySet().forEach(e -> zone.soa().add(e.getKey(), e.getValue()));
    return CloudflareReply.ok(zone.settingsJson());
  }

  private SimulatedZone zone(String id, HttpUrl url) {
    SimulatedZone zone = zones.get(id);
    if (zone == null) {
      throw CloudflareRefusal.noRoute(url.encodedPath());
    }
    return zone;
  }

  static JsonObject idOnly(String id) {
    JsonObject result = new JsonObject();
    result.addProperty("id", id);
    return result;
  }

  static JsonObject object(String body) {
    JsonElement json = body.isBlank() ? new JsonObject() : JsonParser.parseString(body);
    if (!json.isJsonObject()) {
      throw CloudflareRefusal.invalid("the request body " + json + " is not a JSON object");
    }
    return json.getAsJsonObject();
  }
}
