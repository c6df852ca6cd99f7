package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The state and endpoints of one simulated Cloud DNS project behind authentication and the rate
 * limit: managed zones (paged list with a {@code dnsName} filter, get, create writing the apex SOA
 * and NS, delete only when empty), rrsets (paged list with {@code name} and {@code type} filters,
 * get) and changes (create all or nothing with exact-match deletions, get turning pending to done,
 * paged list). Not thread-safe: the simulator calls it under its lock.
 */
final class GoogleDnsService {
  private static final Pattern ZONE_LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final List<String> API = List.of("dns", "v1", "projects");
  private static final String PROJECT = "/dns/v1/projects/{project}";

  private final Clock clock;
  private final int pageSize;
  private final int pendingGets;
  private final Duration pendingFor;
  private final ChangeApplier changes;
  private final NavigableMap<String, SimulatedManagedZone> zones = new TreeMap<>();
  private long ids = 1_000_000_000_000_000_000L;

  GoogleDnsService(
      Clock clock, int pageSize, ChangeLimits limits, int pendingGets, Duration pendingFor) {
    this.clock = clock;
    this.pageSize = pageSize;
    this.pendingGets = pendingGets;
    this.pendingFor = pendingFor;
    this.changes = new ChangeApplier(limits);
  }

  /**
   * The path pattern of a request, e.g. {@code
   * /dns/v1/projects/{project}/managedZones/{zone}/rrsets/{name}/{type}}; a path outside the API is
   * returned as it is.
   */
  static String pattern(List<String> path) {
    if (path.size() < 3 || path.size() > 9 || !path.subList(0, 3).equals(API)) {
      return "/" + String.join("/", path);
    }
    List<String> names = new ArrayList<>(API);
    if (path.size() > 3) {
      names.add("{project}");
    }
    if (path.size() > 4) {
      names.add(path.get(4));
    }
    if (path.size() > 5) {
      names.add("{zone}");
    }
    if (path.size() > 6) {
      names.add(path.get(6));
    }
    if (path.size() > 7) {
      names.add(path.get(6).equals("rrsets") ? "{name}" : "{changeId}");
    }
    if (path.size() > 8) {
      names.add("{type}");
    }
    return "/" + String.join("/", names);
  }

  /** Answers one request that passed authentication and the rate limit. */
  GoogleReply handle(String method, List<String> path, HttpUrl url, String body) {
    String route = method + " " + pattern(path).replace(PROJECT, "");
    return switch (route) {
      case "GET /managedZones" -> listZones(url);
      case "POST /managedZones" -> createZone(object(body));
      case "GET /managedZones/{zone}" -> GoogleReply.ok(zone(path.get(5)).toJson());
      case "DELETE /managedZones/{zone}" -> deleteZone(path.get(5));
      case "GET /managedZones/{zone}/rrsets" -> listRrsets(zone(path.get(5)), url);
      case "GET /managedZones/{zone}/rrsets/{name}/{type}" ->
          getRrset(zone(path.get(5)), path.get(7), path.get(8));
      case "POST /managedZones/{zone}/changes" ->
          createChange(zone(path.get(5)), url.queryParameter("clientOperationId"), object(body));
      case "GET /managedZones/{zone}/changes" -> listChanges(zone(path.get(5)), url);
      case "GET /managedZones/{zone}/changes/{changeId}" ->
          getChange(zone(path.get(5)), path.get(7));
      default -> throw GoogleRefusal.noRoute(method + " " + pattern(path));
    };
  }

  /** The zone whose {@code dnsName} (dot optional) or label is {@code zone}. */
  Optional<SimulatedManagedZone> find(String zone) {
    String dnsName = absolute(zone);
    return zones.values().stream()
        .filter(found -> found.name().equals(zone) || found.dnsName().equalsIgnoreCase(dnsName))
        .findFirst();
  }

  private GoogleReply listZones(HttpUrl url) {
    String dnsName = url.queryParameter("dnsName");
    Paging paging = Paging.of(url, pageSize);
    List<SimulatedManagedZone> rest =
        new ArrayList<>(
            paging.after() == null
                ? zones.values()
                : zones.tailMap(paging.after(), false).values());
    if (dnsName != null) {
      rest.removeIf(zone -> !zone.dnsName().equalsIgnoreCase(absolute(dnsName)));
    }
    return list(
        "dns#managedZonesListResponse",
        "managedZones",
        paging.page(rest, SimulatedManagedZone::name),
        SimulatedManagedZone::toJson);
  }

  private GoogleReply createZone(JsonObject body) {
    String name = required(body, "name", "entity.managedZone");
    if (!ZONE_LABEL.matcher(name).matches()) {
      throw GoogleRefusal.invalidValue("entity.managedZone.name", name);
    }
    String dnsName = required(body, "dnsName", "entity.managedZone");
    if (!DnsNames.isAbsolute(dnsName)) {
      throw GoogleRefusal.invalidValue("entity.managedZone.dnsName", dnsName);
    }
    String description = required(body, "description", "entity.managedZone");
    if (description.length() > 1024) {
      throw GoogleRefusal.invalidValue(
          "entity.managedZone.description", description.length() + " characters (at most 1024)");
    }
    JsonElement visibility = body.get("visibility");
    if (visibility != null
        && !visibility.isJsonNull()
        && !visibility.getAsString().equals("public")) {
      throw GoogleRefusal.invalidValue("entity.managedZone.visibility", visibility.getAsString());
    }
    if (zones.containsKey(name)) {
      throw GoogleRefusal.alreadyExists("entity.managedZone", name);
    }
    SimulatedManagedZone zone =
        new SimulatedManagedZone(name, dnsName, description, Long.toString(++ids), clock.instant());
    zones.put(name, zone);
    return GoogleReply.ok(zone.toJson());
  }

  private GoogleReply deleteZone(String zoneName) {
    SimulatedManagedZone zone = zone(zoneName);
    if (!zone.isEmpty()) {
      throw GoogleRefusal.containerNotEmpty(zone.name());
    }
    zones.remove(zone.name());
    return GoogleReply.noContent();
  }

  private GoogleReply listRrsets(SimulatedManagedZone zone, HttpUrl url) {
    String name = url.queryParameter("name");
    String type = url.queryParameter("type");
    if (type != null && name == null) {
      throw GoogleRefusal.invalidValue("parameters.type", type + " (type requires name)");
    }
    Paging paging = Paging.of(url, pageSize);
    NavigableMap<RrsetKey, JsonObject> all = zone.rrsets();
    RrsetKey after = paging.after() == null ? null : RrsetKey.parse(paging.after());
    if (paging.after() != null && after == null) {
      throw GoogleRefusal.invalidValue("parameters.pageToken", url.queryParameter("pageToken"));
    }
    List<Map.Entry<RrsetKey, JsonObject>> rest =
        new ArrayList<>((after == null ? all : all.tailMap(after, false)).entrySet());
    if (name != null) {
      String lower = absolute(name).toLowerCase(Locale.ROOT);
      rest.removeIf(
          entry ->
              !entry.getKey().name().equals(lower)
                  || type != null && !entry.getKey().type().equals(type));
    }
    return list(
        "dns#resourceRecordSetsListResponse",
        "rrsets",
        paging.page(rest, entry -> entry.getKey().token()),
        Map.Entry::getValue);
  }

  private GoogleReply getRrset(SimulatedManagedZone zone, String name, String type) {
    RrsetKey key = RrsetKey.of(absolute(name), type);
    JsonObject rrset = zone.rrsets().get(key);
    if (rrset == null) {
      throw GoogleRefusal.notFound("parameters.name", key.display());
    }
    return GoogleReply.ok(rrset);
  }

  private GoogleReply createChange(SimulatedManagedZone zone, String opId, JsonObject body) {
    Instant now = clock.instant();
    if (opId != null) {
      Optional<SimulatedChange> earlier = zone.changeByOperationId(opId);
      if (earlier.isPresent()) {
        return GoogleReply.ok(earlier.get().toJson(now));
      }
    }
    ChangeApplier.Result result = changes.apply(zone, body);
    SimulatedChange change =
        new SimulatedChange(
            zone.nextChangeId(),
            now,
            result.additions(),
            result.deletions(),
            pendingGets,
            pendingFor == null ? null : now.plus(pendingFor));
    zone.commit(result.rrsets(), change, opId);
    return GoogleReply.ok(change.toJson(now));
  }

  private GoogleReply getChange(SimulatedManagedZone zone, String changeId) {
    return GoogleReply.ok(
        zone.change(changeId)
            .orElseThrow(() -> GoogleRefusal.notFound("parameters.changeId", changeId))
            .read(clock.instant()));
  }

  private GoogleReply listChanges(SimulatedManagedZone zone, HttpUrl url) {
    Paging paging = Paging.of(url, pageSize);
    List<SimulatedChange> ordered = new ArrayList<>(zone.changes());
    if ("descending".equals(url.queryParameter("sortOrder"))) {
      Collections.reverse(ordered);
    }
    int start = 0;
    if (paging.after() != null) {
      start = 1 + ordered.stream().map(SimulatedChange::id).toList().indexOf(paging.after());
      if (start == 0) {
        throw GoogleRefusal.invalidValue("parameters.pageToken", url.queryParameter("pageToken"));
      }
    }
    Instant now = clock.instant();
    return list(
        "dns#changesListResponse",
        "changes",
        paging.page(ordered.subList(start, ordered.size()), SimulatedChange::id),
        change -> change.toJson(now));
  }

  private SimulatedManagedZone zone(String zone) {
    SimulatedManagedZone found = zones.get(zone);
    if (found == null) {
      found = zones.values().stream().filter(z -> z.id().equals(zone)).findFirst().orElse(null);
    }
    if (found == null) {
      throw GoogleRefusal.notFound("parameters.managedZone", zone);
    }
    return found;
  }

  /** A list answer: its {@code kind}, the items (the array omitted when empty) and the token. */
  private static <T> GoogleReply list(
      String kind, String member, Paging.Page<T> page, Function<T, JsonObject> json) {
    JsonObject answer = new JsonObject();
    answer.addProperty("kind", kind);
    if (!page.items().isEmpty()) {
      JsonArray items = new JsonArray();
      page.items().forEach(item -> items.add(json.apply(item)));
      answer.add(member, items);
    }
    if (page.nextPageToken() != null) {
      answer.addProperty("nextPageToken", page.nextPageToken());
    }
    return GoogleReply.ok(answer);
  }

  private static String required(JsonObject body, String member, String entity) {
    JsonElement value = body.get(member);
    if (value == null || value.isJsonNull()) {
      throw GoogleRefusal.required(entity + "." + member);
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw GoogleRefusal.invalidValue(entity + "." + member, value);
    }
    return value.getAsString();
  }

  private static JsonObject object(String body) {
    try {
      JsonElement json = JsonParser.parseString(body);
      if (json.isJsonObject()) {
        return json.getAsJsonObject();
      }
    } catch (JsonParseException e) {
      // answered below, as for any body that is not an object
    }
    throw GoogleRefusal.invalid("Invalid JSON payload received: expected one JSON object");
  }

  private static String absolute(String name) {
    return name.endsWith(".") ? name : name + ".";
  }
}
