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
    return json.get(PowerDnsErrors.LIST_ZONES, "", zones(null).build(), ZONES);
  }

  /** {@code GET /zones?zone=NAME}: the zone with this absolute name, if any. */
  List<ZoneJson> zonesNamed(String name) {
    HttpUrl url = zones(null).addQueryParameter("zone", name).build();
    return json.get(PowerDnsErrors.LIST_ZONES, name, url, ZONES);
  }

  /**
   * {@code GET /zones/ID?rrset_name=&rrset_type=}: the zone with the record sets of this name (and
   * type), or all of them when {@code name} is null. The server may add comment-only sets of other
   * names: filter again.
   */
  ZoneJson zone(String id, String name, String type) {
    HttpUrl.Builder url = zones(id);
    if (name != null) {
      url.addQueryParameter("rrset_name", name);
    }
    if (type != null) {
      url.addQueryParameter("rrset_type", type);
    }
    return json.get("read zone", id, url.build(), ZoneJson.class);
  }

  /**
   * {@code GET /search-data?q=NAME&object_type=record}: the rrsets named {@code name} in zone
   * {@code id}, disabled records included, which an answer of the zone filtered by name leaves out
   * (PowerDNS 4.7). Empty when the search cannot be exact: a name holding the search's wildcards
   * ({@code *}, {@code ?}), or more matches than one answer holds; read the zone then.
   */
  Optional<List<RRSet>> rrsetsNamed(String id, String name) {
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
    return json.post("create zone", zone.name(), zones(null).build(), zone, ZoneJson.class);
  }

  /** {@code DELETE /zones/ID}. */
  void deleteZone(String id) {
    json.delete("delete zone", id, zones(id).build(), Void.class);
  }

  /**
   * {@code PATCH /zones/ID}: replaces and deletes whole record sets in one transaction. Safe to
   * retry, as every change names the complete new state of its set.
   */
  void patch(String id, List<RRSet> rrsets) {
    json.retrySafe()
        .patch("patch rrsets", id, zones(id).build(), new PowerDnsJson.Patch(rrsets), Void.class);
  }

  private HttpUrl.Builder zones(String id) {
    HttpUrl.Builder url = server.newBuilder().addPathSegment("zones");
    return id == null ? url : url.addPathSegment(id);
  }
}
