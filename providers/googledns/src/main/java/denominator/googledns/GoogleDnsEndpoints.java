package denominator.googledns;

import com.google.gson.JsonObject;
import denominator.ProviderConfig;
import denominator.googledns.GoogleDnsJson.Change;
import denominator.googledns.GoogleDnsJson.ManagedZone;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.googledns.GoogleDnsJson.RRSetsPage;
import denominator.googledns.GoogleDnsJson.ZonesPage;
import denominator.kit.JsonTransport;
import denominator.kit.Page;
import denominator.kit.Pages;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.inject.Inject;
import okhttp3.HttpUrl;

/**
 * The endpoints of the Cloud DNS API v1 that this provider calls, one method each, under {@code
 * <url>/projects/<project>}. Every request carries the bearer token of {@link
 * GoogleDnsCredentials}. Lists follow {@code nextPageToken} until it is absent. A zone is addressed
 * by its {@code name} label, our zone id.
 */
final class GoogleDnsEndpoints {
  /** Sent as every zone's required {@code description}. */
  static final String DESCRIPTION = "managed by denominator";

  private final JsonTransport json;
  private final HttpUrl base;
  private final GoogleDnsCredentials credentials;

  @Inject
  GoogleDnsEndpoints(ProviderConfig config) {
    this.base = HttpUrl.get(config.url());
    this.credentials = new GoogleDnsCredentials(config);
    this.json = JsonTransport.builder(config, GoogleDnsErrors.TABLE).auth(credentials).build();
  }

  /** {@code GET managedZones}, page after page. */
  Iterator<ManagedZone> zones() {
    return zones(url -> url);
  }

  /** {@code GET managedZones?dnsName=}: the zones of this absolute name. */
  Iterator<ManagedZone> zonesNamed(String dnsName) {
    return zones(url -> url.addQueryParameter("dnsName", dnsName));
  }

  /** {@code GET managedZones/{zone}}; a {@link denominator.ZoneNotFoundException} when missing. */
  ManagedZone managedZone(String zone) {
    return json.get("read zone", zone, zone(zone).build(), ManagedZone.class);
  }

  /** {@code POST managedZones}: a public zone, its label derived from its name. */
  ManagedZone createZone(String dnsName) {
    JsonObject zone = new JsonObject();
    zone.addProperty("name", GoogleDnsZoneApi.label(dnsName));
    zone.addProperty("dnsName", dnsName);
    zone.addProperty("description", DESCRIPTION);
    zone.addProperty("visibility", "public");
    return json.post("create zone", dnsName, zonesUrl(), zone, ManagedZone.class);
  }

  /**
   * {@code DELETE managedZones/{zone}}: Cloud DNS refuses unless only the apex SOA and NS remain.
   */
  void deleteZone(String zone) {
    json.delete("delete zone", zone, zone(zone).build(), Void.class);
  }

  /** {@code GET managedZones/{zone}/rrsets}: every rrset of the zone, page after page. */
  Iterator<RRSet> rrsets(String zone) {
    return rrsets(zone, url -> url);
  }

  /** {@code GET rrsets?name=}: the rrsets of one absolute name. */
  Iterator<RRSet> rrsets(String zone, String name) {
    return rrsets(zone, url -> url.addQueryParameter("name", name));
  }

  /** {@code GET rrsets?name=&type=}: the rrset of one name and type, if any. */
  Iterator<RRSet> rrsets(String zone, String name, String type) {
    return rrsets(zone, url -> url.addQueryParameter("name", name).addQueryParameter("type", type));
  }

  /**
   * {@code POST managedZones/{zone}/changes?clientOperationId=}: applied all or nothing. Sent again
   * with the same fresh id when its answer is lost, so Cloud DNS applies it once.
   */
  Change change(String zone, List<JsonObject> additions, List<JsonObject> deletions) {
    HttpUrl url =
        changes(zone).addQueryParameter("clientOperationId", UUID.randomUUID().toString()).build();
    Change change =
        Change.of(additions.isEmpty() ? null : additions, deletions.isEmpty() ? null : deletions);
    return json.retrySafe().post("create change", zone, url, change, Change.class);
  }

  /** {@code GET managedZones/{zone}/changes/{id}}. */
  Change change(String zone, String id) {
    return json.get(
        "read change " + id, zone, changes(zone).addPathSegment(id).build(), Change.class);
  }

  private Iterator<ManagedZone> zones(Function<HttpUrl.Builder, HttpUrl.Builder> filter) {
    return Pages.following(
        filter.apply(zonesUrl().newBuilder()).build(),
        url -> {
          ZonesPage page = json.get("list zones", "", url, ZonesPage.class);
          return Page.of(
              page.managedZones() == null ? List.of() : page.managedZones(),
              next(url, page.nextPageToken()));
        });
  }

  private Iterator<RRSet> rrsets(String zone, Function<HttpUrl.Builder, HttpUrl.Builder> filter) {
    return Pages.following(
        filter.apply(zone(zone).addPathSegment("rrsets")).build(),
        url -> {
          RRSetsPage page = json.get("list rrsets", zone, url, RRSetsPage.class);
          return Page.of(
              page.rrsets() == null
                  ? List.<RRSet>of()
                  : page.rrsets().stream().map(RRSet::of).toList(),
              next(url, page.nextPageToken()));
        });
  }

  // The same request for the page the token names.
  private static HttpUrl next(HttpUrl url, String token) {
    return token == null || token.isEmpty()
        ? null
        : url.newBuilder().setQueryParameter("pageToken", token).build();
  }

  private HttpUrl zonesUrl() {
    return base.newBuilder()
        .addPathSegment("projects")
        .addPathSegment(credentials.project()) // checked before the first request
        .addPathSegment("managedZones")
        .build();
  }

  private HttpUrl.Builder zone(String zone) {
    return zonesUrl().newBuilder().addPathSegment(zone);
  }

  private HttpUrl.Builder changes(String zone) {
    return zone(zone).addPathSegment("changes");
  }
}
