package denominator.ns1;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * The state and endpoints of the simulated NS1 behind authentication and rate limiting: zones
 * (Link-paged list, get with Link-paged record summaries, create writing the apex NS, update,
 * delete) and records (GET, PUT creates, POST updates the fields it carries, DELETE). Not
 * thread-safe: the simulator calls it under its lock.
 */
final class Ns1Service {
  private final Clock clock;
  private final int zonePageSize;
  private final int recordPageSize;
  private final NavigableMap<String, SimulatedZone> zones = new TreeMap<>();
  private long ids;

  Ns1Service(Clock clock, int zonePageSize, int recordPageSize) {
    this.clock = clock;
    this.zonePageSize = zonePageSize;
    this.recordPageSize = recordPageSize;
  }

  /** The path pattern of a request under {@code /v1}, e.g. {@code /v1/zones/{zone}}. */
  static String pattern(List<String> path) {
    List<String> names = List.of("v1", "zones", "{zone}", "{domain}", "{type}");
    if (path.size() < 2
        || path.size() > names.size()
        || !path.subList(0, 2).equals(names.subList(0, 2))) {
      return "/" + String.join("/", path);
    }
    return "/" + String.join("/", names.subList(0, path.size()));
  }

  /** Answers one request that passed authentication and the rate limit. */
  Ns1Reply handle(String method, List<String> path, HttpUrl url, String body) {
    String route = method + " " + pattern(path);
    return switch (route) {
      case "GET /v1/zones" -> listZones(url);
      case "GET /v1/zones/{zone}" -> getZone(path.get(2), url);
      case "PUT /v1/zones/{zone}" -> createZone(path.get(2), object(body));
      case "POST /v1/zones/{zone}" -> updateZone(path.get(2), object(body));
      case "DELETE /v1/zones/{zone}" -> deleteZone(path.get(2));
      case "GET /v1/zones/{zone}/{domain}/{type}" -> Ns1Reply.ok(record(path).toJson());
      case "PUT /v1/zones/{zone}/{domain}/{type}" -> createRecord(path, object(body));
      case "POST /v1/zones/{zone}/{domain}/{type}" -> updateRecord(path, object(body));
      case "DELETE /v1/zones/{zone}/{domain}/{type}" -> deleteRecord(path);
      default -> throw Ns1Refusal.noRoute(route);
    };
  }

  Optional<SimulatedZone> find(String zone) {
    return Optional.ofNullable(zones.get(zone.toLowerCase(Locale.ROOT)));
  }

  private Ns1Reply listZones(HttpUrl url) {
    Paging paging = Paging.of(url, zonePageSize);
    List<SimulatedZone> rest =
        new ArrayList<>(
            paging.after() == null
                ? zones.values()
                : zones.tailMap(paging.after(), false).values());
    List<SimulatedZone> page = rest.subList(0, Math.min(paging.limit(), rest.size()));
    JsonArray json = new JsonArray();
    page.forEach(zone -> json.add(zone.toJson()));
    Ns1Reply reply = Ns1Reply.ok(json);
    return page.size() < rest.size()
        ? paging.next(reply, url, page.get(page.size() - 1).name())
        : reply;
  }

  private Ns1Reply getZone(String name, HttpUrl url) {
    SimulatedZone zone = zone(name);
    if ("false".equals(url.queryParameter("records"))) {
      return Ns1Reply.ok(zone.toJson(List.of()));
    }
    Paging paging = Paging.of(url, recordPageSize);
    NavigableMap<SimulatedRecord.Key, SimulatedRecord> records = zone.records();
    List<SimulatedRecord> rest =
        new ArrayList<>(
            paging.after() == null
                ? records.values()
                : records.tailMap(SimulatedRecord.Key.ofCursor(paging.after()), false).values());
    List<SimulatedRecord> page = rest.subList(0, Math.min(paging.limit(), rest.size()));
    Ns1Reply reply = Ns1Reply.ok(zone.toJson(page));
    return page.size() < rest.size()
        ? paging.next(reply, url, page.get(page.size() - 1).key().cursor())
        : reply;
  }

  private Ns1Reply createZone(String path, JsonObject body) {
    String name = Names.canonical(path);
    JsonElement named = body.get("zone");
    if (named != null && !Names.canonical(named.getAsString()).equals(name)) {
      throw Ns1Refusal.invalid("zone: " + named + " does not match the path's " + name);
    }
    if (zones.containsKey(name)) {
      throw Ns1Refusal.zoneExists();
    }
    SimulatedZone zone = new SimulatedZone(id(), name, clock.instant().getEpochSecond());
    zone.update(body);
    JsonObject ns = new JsonObject();
    ns.addProperty("ttl", zone.ttl());
    JsonArray answers = new JsonArray();
    for (String server : SimulatedZone.DNS_SERVERS) {
      JsonObject answer = new JsonObject();
      JsonArray fields = new JsonArray();
      fields.add(server);
      answer.add("answer", fields);
      answers.add(answer);
    }
    ns.add("answers", answers);
    store(zone, new SimulatedRecord.Key(name, "NS"), RecordRules.normalize("NS", ns));
    zones.put(name, zone);
    return Ns1Reply.ok(zone.toJson(List.copyOf(zone.records().values())));
  }

  private Ns1Reply updateZone(String name, JsonObject body) {
    SimulatedZone zone = zone(name);
    zone.update(body);
    return Ns1Reply.ok(zone.toJson(List.copyOf(zone.records().values())));
  }

  private Ns1Reply deleteZone(String name) {
    zones.remove(zone(name).name());
    return Ns1Reply.ok(new JsonObject());
  }

  private Ns1Reply createRecord(List<String> path, JsonObject body) {
    SimulatedZone zone = zone(path.get(2));
    SimulatedRecord.Key key = key(zone, path, body);
    AnswerRules.writableType(key.type());
    if (zone.records().containsKey(key)) {
      throw Ns1Refusal.recordExists();
    }
    refuseBesideCname(zone, key);
    JsonObject fields = new JsonObject();
    for (String field : RecordRules.FIELDS) {
      if (body.has(field)) {
        fields.add(field, body.get(field));
      }
    }
    if (!fields.has("ttl") || fields.get("ttl").isJsonNull()) {
      fields.addProperty("ttl", zone.ttl());
    }
    return Ns1Reply.ok(store(zone, key, RecordRules.normalize(key.type(), fields)).toJson());
  }

  /**
   * A CNAME owns its name (RFC 1034 §3.6.2): one beside another type at the same domain is refused
   * either way round. ASSUMPTION: the message's wording; NS1 refuses such records.
   */
  private static void refuseBesideCname(SimulatedZone zone, SimulatedRecord.Key key) {
    for (SimulatedRecord.Key other : zone.records().keySet()) {
      if (other.domain().equals(key.domain())
          && (other.type().equals("CNAME") || key.type().equals("CNAME"))) {
        throw Ns1Refusal.invalid(
            key.type()
                + " "
                + key.domain()
                + ": a CNAME cannot share its name with other records ("
                + other.type()
                + " exists)");
      }
    }
  }

  /** POST: each field the body carries replaces the stored one wholesale; the others are kept. */
  private Ns1Reply updateRecord(List<String> path, JsonObject body) {
    SimulatedZone zone = zone(path.get(2));
    SimulatedRecord.Key key = key(zone, path, body);
    AnswerRules.writableType(key.type());
    SimulatedRecord record = zone.records().get(key);
    if (record == null) {
      throw Ns1Refusal.recordNotFound();
    }
    JsonObject fields = record.fields();
    for (String field : RecordRules.FIELDS) {
      if (body.has(field)) {
        fields.add(field, body.get(field));
      }
    }
    return Ns1Reply.ok(store(zone, key, RecordRules.normalize(key.type(), fields)).toJson());
  }

  private Ns1Reply deleteRecord(List<String> path) {
    SimulatedZone zone = zone(path.get(2));
    SimulatedRecord.Key key = key(zone, path, new JsonObject());
    if (zone.records().remove(key) == null) {
      throw Ns1Refusal.recordNotFound();
    }
    zone.changed();
    return Ns1Reply.ok(new JsonObject());
  }

  private SimulatedRecord record(List<String> path) {
    SimulatedZone zone = zone(path.get(2));
    SimulatedRecord record = zone.records().get(key(zone, path, new JsonObject()));
    if (record == null) {
      throw Ns1Refusal.recordNotFound();
    }
    return record;
  }

  /** Stores a record's normalized fields, giving it and each answer the server's ids. */
  private SimulatedRecord store(SimulatedZone zone, SimulatedRecord.Key key, JsonObject fields) {
    fields
        .getAsJsonArray("answers")
        .forEach(answer -> answer.getAsJsonObject().addProperty("id", id()));
    // the id goes first in each answer, as NS1 lists it
    JsonArray answers = new JsonArray();
    for (JsonElement element : fields.getAsJsonArray("answers")) {
      JsonObject ordered = new JsonObject();
      ordered.add("id", element.getAsJsonObject().get("id"));
      element.getAsJsonObject().entrySet().stream()
          .filter(entry -> !entry.getKey().equals("id"))
          .forEach(entry -> ordered.add(entry.getKey(), entry.getValue()));
      answers.add(ordered);
    }
    fields.add("answers", answers);
    SimulatedRecord record = zone.records().get(key);
    if (record == null) {
      record = new SimulatedRecord(id(), zone.name(), key, fields);
      zone.records().put(key, record);
    } else {
      record.replace(fields);
    }
    zone.changed();
    return record;
  }

  /** The record key of a path, checking that the body names the same record if it names one. */
  private static SimulatedRecord.Key key(SimulatedZone zone, List<String> path, JsonObject body) {
    String domain = Names.canonical(path.get(3));
    if (!Names.inZone(domain, zone.name())) {
      throw Ns1Refusal.invalid("domain: " + domain + " is not in zone " + zone.name());
    }
    String type = path.get(4).toUpperCase(Locale.ROOT);
    for (Map.Entry<String, String> named :
        Map.of("zone", zone.name(), "domain", domain, "type", type).entrySet()) {
      JsonElement value = body.get(named.getKey());
      if (value != null
          && !value.isJsonNull()
          && !value.getAsString().replaceAll("\\.$", "").equalsIgnoreCase(named.getValue())) {
        throw Ns1Refusal.invalid(
            named.getKey() + ": " + value + " does not match the path's " + named.getValue());
      }
    }
    return new SimulatedRecord.Key(domain, type);
  }

  private SimulatedZone zone(String name) {
    return find(Names.canonical(name)).orElseThrow(Ns1Refusal::zoneNotFound);
  }

  private String id() {
    return String.format("%024x", ++ids);
  }

  private static JsonObject object(String body) {
    if (body.isBlank()) {
      return new JsonObject();
    }
    try {
      JsonElement json = JsonParser.parseString(body);
      if (json.isJsonObject()) {
        return json.getAsJsonObject();
      }
    } catch (RuntimeException e) {
      // answered below, naming the body
    }
    String shown = body.length() <= 80 ? body : body.substring(0, 80) + "…";
    throw Ns1Refusal.invalid("body: " + shown + " is not a JSON object");
  }
}
