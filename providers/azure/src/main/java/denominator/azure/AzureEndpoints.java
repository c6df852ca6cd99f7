package denominator.azure;

import denominator.Credentials.MapCredentials;
import denominator.ProviderConfig;
import denominator.azure.AzureJson.NewZone;
import denominator.azure.AzureJson.Operation;
import denominator.azure.AzureJson.RecordSetJson;
import denominator.azure.AzureJson.RecordSets;
import denominator.azure.AzureJson.ZoneJson;
import denominator.azure.AzureJson.Zones;
import denominator.kit.JsonTransport;
import denominator.kit.Page;
import denominator.kit.Pages;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The Azure DNS calls of this provider, one method each, under {@code
 * /subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Network} of
 * the configured URL, each with {@code api-version=}{@value #API_VERSION} and the current token.
 * Zones are named without the trailing dot. Listings follow {@code nextLink} verbatim until it is
 * absent. Error messages quote Azure's {@code x-ms-request-id}. Writes are sent once: a write
 * guarded by an etag cannot be sent again blindly, so a lost answer is settled by reading.
 */
final class AzureEndpoints {
  static final String API_VERSION = "2018-05-01";

  private final ProviderConfig config;
  private final JsonTransport json;

  @Inject
  AzureEndpoints(ProviderConfig config) {
    this.config = config;
    this.json =
        JsonTransport.builder(config, AzureErrors.TABLE)
            .auth(new AzureTokens(config).auth())
            .gson(AzureProvider.GSON)
            .requestIdHeader("x-ms-request-id")
            .build();
  }

  /** {@code GET R/dnsZones}, page after page. */
  Iterator<ZoneJson> zones() {
    return Pages.following(
        url("dnsZones").build(),
        url -> {
          Zones page = json.get("list zones", "", url, Zones.class);
          return page(page.value(), page.nextLink());
        });
  }

  /** {@code GET R/dnsZones/{zone}}; a {@link denominator.ZoneNotFoundException} when missing. */
  ZoneJson zone(String zone) {
    return json.get("read zone", zone, zoneUrl(zone).build(), ZoneJson.class);
  }

  /** {@code PUT R/dnsZones/{zone}} with {@code If-None-Match: *}: a zone there is refused. */
  void createZone(String zone) {
    json.withHeader("If-None-Match", "*")
        .sendOnce()
        .put("create zone", zone, zoneUrl(zone).build(), new NewZone("global"), Void.class);
  }

  /**
   * {@code DELETE R/dnsZones/{zone}}: 202 and the headers of the operation to poll, or 204 when
   * there was no such zone.
   */
  Headers deleteZone(String zone) {
    return json.sendOnce()
        .send("DELETE", "delete zone", zone, zoneUrl(zone).build(), null, Void.class)
        .headers();
  }

  /** {@code GET} of a long-running operation's {@code Azure-AsyncOperation} URL. */
  JsonTransport.Reply<Operation> operation(String zone, HttpUrl url) {
    return json.send("GET", "read operation", zone, url, null, Operation.class);
  }

  /** {@code GET R/dnsZones/{zone}/recordsets}, page after page. */
  Iterator<RecordSetJson> recordSets(String zone) {
    return Pages.following(
        zoneUrl(zone).addPathSegment("recordsets").build(),
        url -> {
          RecordSets page = json.get("list recordsets", zone, url, RecordSets.class);
          return page(page.value(), page.nextLink());
        });
  }

  /** {@code GET R/dnsZones/{zone}/{type}/{name}}: empty when Azure has no such set. */
  Optional<RecordSetJson> recordSet(String zone, String type, String name) {
    try {
      return Optional.of(
          json.get("read recordset", zone, setUrl(zone, type, name), RecordSetJson.class));
    } catch (AzureErrors.NotFound absent) {
      return Optional.empty();
    }
  }

  /**
   * {@code PUT R/dnsZones/{zone}/{type}/{name}}: with {@code If-Match} the etag read, or {@code
   * If-None-Match: *} to create when {@code etag} is null; a {@link AzureErrors.Stale} when the set
   * changed or appeared meanwhile.
   */
  RecordSetJson putRecordSet(
      String zone, String type, String name, String etag, Map<String, Object> properties) {
    return guarded(etag)
        .put(
            "put recordset " + type + " " + name,
            zone,
            setUrl(zone, type, name),
            Map.of("properties", properties),
            RecordSetJson.class);
  }

  /** {@code DELETE R/dnsZones/{zone}/{type}/{name}} with {@code If-Match} the etag read. */
  void deleteRecordSet(String zone, String type, String name, String etag) {
    guarded(etag)
        .delete(
            "delete recordset " + type + " " + name, zone, setUrl(zone, type, name), Void.class);
  }

  private JsonTransport guarded(String etag) {
    JsonTransport guarded =
        etag == null ? json.withHeader("If-None-Match", "*") : json.withHeader("If-Match", etag);
    return guarded.sendOnce();
  }

  private static <T> Page<T, HttpUrl> page(List<T> items, String nextLink) {
    List<T> found = items == null ? List.of() : items;
    return nextLink == null || nextLink.isBlank()
        ? Page.last(found)
        : Page.of(found, HttpUrl.get(nextLink));
  }

  // R: the resource group's Microsoft.Network, from the credentials as of now.
  private HttpUrl.Builder url(String path) {
    MapCredentials credentials = config.credentials();
    return HttpUrl.get(config.url().replaceAll("/+$", "") + "/")
        .newBuilder()
        .addPathSegment("subscriptions")
        .addPathSegment(credentials.get("subscriptionId").orElse(""))
        .addPathSegment("resourceGroups")
        .addPathSegment(credentials.get("resourceGroup").orElse(""))
        .addPathSegments("providers/Microsoft.Network")
        .addPathSegments(path)
        .addQueryParameter("api-version", API_VERSION);
  }

  private HttpUrl.Builder zoneUrl(String zone) {
    return url("dnsZones").addPathSegment(zone);
  }

  private HttpUrl setUrl(String zone, String type, String name) {
    return zoneUrl(zone).addPathSegment(type).addPathSegment(name).build();
  }
}
