package denominator.powerdns;

import com.google.gson.reflect.TypeToken;
import denominator.ProviderConfig;
import denominator.kit.AuthHeader;
import denominator.kit.JsonTransport;
import denominator.model.Names;
import denominator.powerdns.PowerDnsJson.Found;
import denominator.powerdns.PowerDnsJson.RRSet;
import denominator.powerdns.PowerDnsJson.ZoneJson;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import okhttp3.HttpUrl;

/**
 * The endpoints of the PowerDNS Authoritative HTTP API v1 that this provider uses, under {@code
 * <url>/api/v1/servers/localhost} (or the server path given in the URL). Every request carries the
 * {@code X-API-Key} read from the credentials at that moment.
 *
 * @see <a href="https://doc.powerdns.com/authoritative/http-api/zone.html">Zones endpoint</a>
 */
final class PowerDnsEndpoints {
  /** The most records one search answer may hold before the zone is read instead. */
  private static final int SEARCH_MAX = 1000;

  /** Up to this many names, a read searches each name; past it, it reads the whole zone once. */
  private static final int NAMES_SEARCHED_ONE_BY_ONE = 3;

  private static final Type ZONES = new TypeToken<List<ZoneJson>>() {}.getType();
  private static final Type FOUND = new TypeToken<List<Found>>() {}.getType();

  private final JsonTransport json;
  private final HttpUrl server;

  @Inject
  PowerDnsEndpoints(ProviderConfig config) {
    this.server = PowerDnsUrl.parse(config.url()).server();
    this.json =
        JsonTransport.builder(config, PowerDnsErrors.TABLE)
            .auth(AuthHeader.credential(config, "X-API-Key", "apiKey"))
            .build();
  }

  /** {@code GET /zones}: every zone, without record sets. */
  List<ZoneJson> zones() {
    return json.get(PowerDnsErrors.LIST_ZONES, "", zonesUrl().build(), ZONES);
  }

  /** {@code GET /zones?zone=NAME}: the zone with this absolute name, if any. */
  List<ZoneJson> zonesNamed(String name) {
    HttpUrl url = zonesUrl().addQueryParameter("zone", name).build();
    return json.get(PowerDnsErrors.LIST_ZONES, name, url, ZONES);
  }

  /** {@code GET /zones/ID}: the zone with all its record sets. */
  ZoneJson zone(String id) {
    return json.get("read zone", id, zoneUrl(id).build(), ZoneJson.class);
  }

  /**
   * {@code GET /zones/ID?rrset_name=&rrset_type=}: the zone with the record sets of this name and
   * type. The server may add comment-only sets of other names: filter again.
   */
  ZoneJson zone(String id, String name, String type) {
    return zone("read zone", id, name, type);
  }

  /**
   * {@code GET /zones/ID?rrset_name=ID&rrset_type=SOA}: the zone of this id, with its SOA where the
   * id is the zone's name, as it is but for names that PowerDNS escapes ({@code a/b.} has the id
   * {@code a=2Fb.}); a {@link denominator.ZoneNotFoundException} when there is none, or when
   * PowerDNS refuses the id as no escaped name (400).
   */
  ZoneJson findZone(String id) {
    return zone(PowerDnsErrors.FIND_ZONE, id, id, "SOA");
  }

  private ZoneJson zone(String operation, String id, String name, String type) {
    HttpUrl url =
        zoneUrl(id)
            .addQueryParameter("rrset_name", name)
            .addQueryParameter("rrset_type", type)
            .build();
    return json.get(operation, id, url, ZoneJson.class);
  }

  /**
   * The rrsets of these absolute names in zone {@code id}: one search per name when they are few,
   * else (or when a search cannot be exact) the whole zone once.
   */
  List<RRSet> rrsets(String id, Set<String> names) {
    if (names.size() <= NAMES_SEARCHED_ONE_BY_ONE) {
      List<RRSet> rrsets = new ArrayList<>();
      for (String name : names) {
        Optional<List<RRSet>> found = rrsetsNamed(id, name);
        if (found.isEmpty()) {
          return rrsets(zone(id), names);
        }
        rrsets.addAll(found.get());
      }
      return rrsets;
    }
    return rrsets(zone(id), names);
  }

  private static List<RRSet> rrsets(ZoneJson zone, Set<String> names) {
    return zone.rrsets().stream()
        .filter(rrset -> names.contains(Names.absolute(rrset.name())))
        .toList();
  }

  /**
   * {@code GET /search-data?q=NAME&object_type=record}: the rrsets named {@code name} in zone
   * {@code id}, disabled records included, which an answer of the zone filtered by name leaves out
   * (PowerDNS 4.7). Empty when the search cannot be exact: a name holding the search's wildcards
   * ({@code *}, {@code ?}), or more matches than one answer holds; read the zone then.
   */
  private Optional<List<RRSet>> rrsetsNamed(String id, String name) {
    if (name.contains("*") || name.contains("?")) {
      return Optional.empty();
    }
    HttpUrl url =
        server
            .newBuilder()
            .addPathSegment("search-data")
            .addQueryParameter(
                "q", name.endsWith(".") ? name.substring(0, name.length() - 1) : name)
            .addQueryParameter("max", Integer.toString(SEARCH_MAX))
            .addQueryParameter("object_type", "record")
            .build();
    List<Found> found = json.get("search records", name, url, FOUND);
    if (found.size() >= SEARCH_MAX) {
      return Optional.empty();
    }
    Map<String, RRSet> byType = new LinkedHashMap<>();
    for (Found record : found) {
      if (!"record".equals(record.objectType())
          || !id.equals(record.zoneId())
          || !Names.absolute(record.name()).equals(Names.absolute(name))) {
        continue; // the search also matches contents, and other zones
      }
      byType
          .computeIfAbsent(
              record.type(),
              type -> new RRSet(record.name(), type, record.ttl(), null, new ArrayList<>()))
          .records()
          .add(new PowerDnsJson.Rec(record.content(), record.disabled()));
    }
    return Optional.of(List.copyOf(byType.values()));
  }

  /** {@code POST /zones}: creates a zone, returns it. */
  ZoneJson createZone(ZoneJson zone) {
    return json.post("create zone", zone.name(), zonesUrl().build(), zone, ZoneJson.class);
  }

  /** {@code DELETE /zones/ID}. */
  void deleteZone(String id) {
    json.delete("delete zone", id, zoneUrl(id).build(), Void.class);
  }

  /**
   * {@code PATCH /zones/ID}: replaces and deletes whole record sets in one transaction. Safe to
   * retry, as every change names the complete new state of its set.
   */
  void patch(String id, List<RRSet> rrsets) {
    json.retrySafe()
        .patch("patch rrsets", id, zoneUrl(id).build(), new PowerDnsJson.Patch(rrsets), Void.class);
  }

  private HttpUrl.Builder zonesUrl() {
    return server.newBuilder().addPathSegment("zones");
  }

  private HttpUrl.Builder zoneUrl(String id) {
    return zonesUrl().addPathSegment(id);
  }
}
