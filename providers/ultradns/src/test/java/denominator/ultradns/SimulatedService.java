package denominator.ultradns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * The state and endpoints of the simulated UltraDNS behind authentication: the account, its zones
 * (cursor-paged listing, get, create answered at once or through a task, delete), tasks, and the
 * rrset endpoints of each zone (delegated to {@link SimulatedRRSets}). Not thread-safe: the
 * simulator calls it under its lock.
 */
final class SimulatedService {
  /** The most zones one page may hold: 1000. */
  static final int MAX_ZONE_LIMIT = 1000;

  private static final int DEFAULT_ZONE_LIMIT = 100;
  private static final String CURSOR_PREFIX = "after:";

  private final String account;
  private final Clock clock;
  private final int zonePageSize;
  private final int rrsetPageSize;
  private final Map<String, SimulatedZone> zones = new TreeMap<>();
  private final Map<String, Task> tasks = new HashMap<>();
  private int pendingPolls = -1;
  private int taskCounter;

  SimulatedService(String account, Clock clock, int zonePageSize, int rrsetPageSize) {
    this.account = account;
    this.clock = clock;
    this.zonePageSize = zonePageSize;
    this.rrsetPageSize = rrsetPageSize;
  }

  /**
   * From now on zone creates answer 202 with a task that answers PENDING to its first {@code polls}
   * polls and COMPLETE after; a negative count makes them answer 201 at once.
   */
  void zoneCreatesAsTasks(int polls) {
    this.pendingPolls = polls;
  }

  /** Answers one authenticated request; a {@link Refusal} carries the error answer. */
  SimulatedAnswer handle(String method, List<String> path, HttpUrl url, String body) {
    String route = method + " " + UltraDnsSimulator.pattern(path);
    return switch (route) {
      case "GET /v1/accounts" -> accounts();
      case "GET /v3/zones" -> listZones(url);
      case "POST /v1/zones" -> createZone(body);
      case "GET /v1/zones/{zone}" -> SimulatedAnswer.of(200, zoneJson(zone(path.get(2))));
      case "DELETE /v1/zones/{zone}" -> deleteZone(path.get(2));
      case "GET /v1/tasks/{id}" -> poll(path.get(2));
      case "GET /v1/zones/{zone}/rrsets" -> rrsets(path).list(url, null);
      case "GET /v1/zones/{zone}/rrsets/{type}" -> rrsets(path).list(url, path.get(4));
      case "GET /v1/zones/{zone}/rrsets/{type}/{owner}" ->
          rrsets(path).get(path.get(4), path.get(5));
      case "POST /v1/zones/{zone}/rrsets/{type}/{owner}" ->
          rrsets(path).create(path.get(4), path.get(5), body);
      case "PUT /v1/zones/{zone}/rrsets/{type}/{owner}" ->
          rrsets(path).replace(path.get(4), path.get(5), body);
      case "DELETE /v1/zones/{zone}/rrsets/{type}/{owner}" ->
          rrsets(path).delete(path.get(4), path.get(5));
      default -> SimulatedAnswer.error(404, 404, "No such resource: " + route);
    };
  }

  Optional<SimulatedZone> find(String zone) {
    return Optional.ofNullable(zones.get(zoneName(zone)));
  }

  /** Creates a zone directly, as if created long ago (for seeding benchmarks and tests). */
  void seed(String zone) {
    String name = zoneName(zone);
    zones.putIfAbsent(name, new SimulatedZone(name, account, clock.instant()));
  }

  private SimulatedAnswer accounts() {
    JsonObject entry = new JsonObject();
    entry.addProperty("accountName", account);
    entry.addProperty("accountType", "ORGANIZATION");
    JsonArray accounts = new JsonArray();
    accounts.add(entry);
    JsonObject json = new JsonObject();
    json.add("accounts", accounts);
    return SimulatedAnswer.of(200, json);
  }

  /** {@code GET /v3/zones}: zones by name, after the cursor's name, filtered by {@code q=name:}. */
  private SimulatedAnswer listZones(HttpUrl url) {
    String filter = nameFilter(url.queryParameter("q"));
    List<SimulatedZone> matching =
        zones.values().stream().filter(zone -> zone.name().contains(filter)).toList();
    if (matching.isEmpty()) {
      throw Refusal.dataNotFound();
    }
    int limit =
        Math.min(SimulatedRRSets.intParameter(url, "limit", DEFAULT_ZONE_LIMIT), MAX_ZONE_LIMIT);
    if (limit == 0) {
      throw Refusal.invalidInput("limit=0 (expected 1 to " + MAX_ZONE_LIMIT + ")");
    }
    String after = after(url.queryParameter("cursor"));
    int offset = (int) matching.stream().filter(zone -> zone.name().compareTo(after) <= 0).count();
    List<SimulatedZone> page =
        matching.subList(offset, Math.min(matching.size(), offset + Math.min(limit, zonePageSize)));
    JsonObject json = new JsonObject();
    JsonObject queryInfo = new JsonObject();
    queryInfo.addProperty("limit", limit);
    json.add("queryInfo", queryInfo);
    JsonObject resultInfo = new JsonObject();
    resultInfo.addProperty("totalCount", matching.size());
    resultInfo.addProperty("offset", offset);
    resultInfo.addProperty("returnedCount", page.size());
    json.add("resultInfo", resultInfo);
    JsonObject cursorInfo = new JsonObject();
    if (offset + page.size() < matching.size()) {
      cursorInfo.addProperty("next", cursor(page.get(page.size() - 1).name()));
    }
    cursorInfo.addProperty("first", cursor(""));
    json.add("cursorInfo", cursorInfo);
    JsonArray list = new JsonArray();
    page.forEach(zone -> list.add(zoneJson(zone)));
    json.add("zones", list);
    return SimulatedAnswer.of(200, json);
  }

  /** {@code POST /v1/zones}: a NEW primary zone of this account, at once or through a task. */
  private SimulatedAnswer createZone(String body) {
    JsonObject json = SimulatedRRSets.object(body);
    JsonObject properties = json.getAsJsonObject("properties");
    if (properties == null) {
      throw Refusal.invalidInput("no properties (expected properties.name, accountName, type)");
    }
    String name = zoneName(PoolRules.string(properties, "name"));
    String createType =
        json.has("primaryCreateInfo")
            ? PoolRules.string(json.getAsJsonObject("primaryCreateInfo"), "createType")
            : "";
    if (!PoolRules.string(properties, "type").equals("PRIMARY") || !createType.equals("NEW")) {
      throw Refusal.invalidInput("zone " + name + " (expected type PRIMARY, createType NEW)");
    }
    if (!account.equals(PoolRules.string(properties, "accountName"))) {
      throw Refusal.permissionDenied();
    }
    boolean pending =
        tasks.values().stream().anyMatch(task -> task.zone.equals(name) && !task.done);
    if (zones.containsKey(name) || pending) {
      throw Refusal.zoneExists();
    }
    if (pendingPolls < 0) {
      seed(name);
      return SimulatedAnswer.successful(201);
    }
    String id = "task-" + ++taskCounter;
    tasks.put(id, new Task(name, pendingPolls));
    JsonObject message = new JsonObject();
    message.addProperty("message", "Pending");
    return SimulatedAnswer.of(202, message).withHeader("X-Task-Id", id);
  }

  private SimulatedAnswer deleteZone(String zone) {
    if (zones.remove(zone(zone).name()) == null) {
      throw Refusal.zoneNotFound();
    }
    return SimulatedAnswer.noContent();
  }

  /** {@code GET /v1/tasks/{id}}: PENDING for the task's first polls, then COMPLETE. */
  private SimulatedAnswer poll(String id) {
    Task task = tasks.get(id);
    if (task == null) {
      throw Refusal.dataNotFound();
    }
    if (!task.done && task.polls++ >= task.pendingPolls) {
      task.done = true;
      seed(task.zone);
    }
    JsonObject json = new JsonObject();
    json.addProperty("taskId", id);
    json.addProperty("code", task.done ? "COMPLETE" : "PENDING");
    json.addProperty("message", task.done ? "Complete" : "Pending");
    json.addProperty("resultUri", "/v1/zones/" + task.zone);
    return SimulatedAnswer.of(200, json);
  }

  private SimulatedRRSets rrsets(List<String> path) {
    return new SimulatedRRSets(zone(path.get(2)), rrsetPageSize, clock.instant());
  }

  private SimulatedZone zone(String zone) {
    return find(zone).orElseThrow(Refusal::zoneNotFound);
  }

  private static JsonObject zoneJson(SimulatedZone zone) {
    JsonObject json = new JsonObject();
    json.add("properties", zone.properties());
    return json;
  }

  /**
   * A zone name in the service's form: lower-case with the trailing dot; 400 1000 if not a name.
   */
  static String zoneName(String zone) {
    String name = zone.toLowerCase(Locale.ROOT);
    name = name.endsWith(".") ? name : name + ".";
    try {
      Name.fromString(name);
    } catch (TextParseException e) {
      throw Refusal.invalidInput("zone name " + zone + " (expected a domain name)");
    }
    if (name.equals(".")) {
      throw Refusal.invalidInput("zone name " + zone + " (expected a domain name below the root)");
    }
    return name;
  }

  private static String nameFilter(String q) {
    if (q == null || q.isBlank()) {
      return "";
    }
    if (!q.startsWith("name:")) {
      throw Refusal.invalidInput("query " + q + " (expected name:<part of a zone name>)");
    }
    return q.substring("name:".length()).toLowerCase(Locale.ROOT);
  }

  private static String cursor(String afterName) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((CURSOR_PREFIX + afterName).getBytes(StandardCharsets.UTF_8));
  }

  private static String after(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return ""; // UltraDNS's Go client sends an empty cursor for the first page
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith(CURSOR_PREFIX)) {
        return decoded.substring(CURSOR_PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // answered below with the cursor
    }
    throw Refusal.invalidInput("cursor " + cursor + " (expected a cursorInfo value of a listing)");
  }

  /** A zone create awaiting its polls. */
  private static final class Task {
    final String zone;
    final int pendingPolls;
    int polls;
    boolean done;

    Task(String zone, int pendingPolls) {
      this.zone = zone;
      this.pendingPolls = pendingPolls;
    }
  }
}
