package denominator.powerdns;

import denominator.ProviderConfig;
import denominator.UnknownOutcomeException;
import denominator.http.RetrySafe;
import denominator.model.Names;
import denominator.powerdns.PowerDnsErrors.Operation;
import denominator.powerdns.PowerDnsJson.RRSet;
import denominator.powerdns.PowerDnsJson.ZoneJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

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

  private final OkHttpClient http;
  private final HttpUrl server;

  @Inject
  PowerDnsEndpoints(ProviderConfig config) {
    this.server = PowerDnsUrl.parse(config.url()).server();
    this.http =
        config
            .httpClient()
            .newBuilder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header("X-API-Key", config.credentials().get("apiKey").orElse(""))
                            .build()))
            .build();
  }

  /** {@code GET /zones}: every zone, without record sets. */
  List<ZoneJson> zones() {
    return PowerDnsJson.zones(send(Operation.LIST_ZONES, "", get(zones(null).build())));
  }

  /** {@code GET /zones?zone=NAME}: the zone with this absolute name, if any. */
  List<ZoneJson> zonesNamed(String name) {
    HttpUrl url = zones(null).addQueryParameter("zone", name).build();
    return PowerDnsJson.zones(send(Operation.LIST_ZONES, name, get(url)));
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
    return PowerDnsJson.zone(send(Operation.READ_ZONE, id, get(url.build())));
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
    List<PowerDnsJson.Found> found =
        PowerDnsJson.found(send(Operation.SEARCH_RECORDS, name, get(url)));
    if (found.size() >= SEARCH_MAX) {
      return Optional.empty();
    }
    Map<String, RRSet> byType = new LinkedHashMap<>();
    for (PowerDnsJson.Found record : found) {
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
    Request post =
        new Request.Builder().url(zones(null).build()).post(PowerDnsJson.body(zone)).build();
    return PowerDnsJson.zone(send(Operation.CREATE_ZONE, zone.name(), post));
  }

  /** {@code DELETE /zones/ID}. */
  void deleteZone(String id) {
    send(Operation.DELETE_ZONE, id, new Request.Builder().url(zones(id).build()).delete().build());
  }

  /**
   * {@code PATCH /zones/ID}: replaces and deletes whole record sets in one transaction. Safe to
   * retry, as every change names the complete new state of its set.
   */
  void patch(String id, List<RRSet> rrsets) {
    RequestBody body = PowerDnsJson.body(new PowerDnsJson.Patch(rrsets));
    send(
        Operation.PATCH_RRSETS,
        id,
        new Request.Builder()
            .url(zones(id).build())
            .patch(body)
            .tag(RetrySafe.class, RetrySafe.INSTANCE)
            .build());
  }

  private HttpUrl.Builder zones(String id) {
    HttpUrl.Builder url = server.newBuilder().addPathSegment("zones");
    return id == null ? url : url.addPathSegment(id);
  }

  private static Request get(HttpUrl url) {
    return new Request.Builder().url(url).get().build();
  }

  private String send(Operation operation, String subject, Request request) {
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        throw PowerDnsErrors.exception(operation, subject, response.code(), body);
      }
      return body;
    } catch (IOException e) { // after the retries a retry-safe request gets
      throw new UnknownOutcomeException(
          PowerDnsProvider.NAME + ": " + operation + " " + subject + ": " + e, e);
    }
  }
}
