package denominator.ns1;

import com.google.gson.reflect.TypeToken;
import denominator.ProviderConfig;
import denominator.kit.AuthHeader;
import denominator.kit.JsonTransport;
import denominator.kit.LinkHeader;
import denominator.kit.Page;
import denominator.kit.Pages;
import denominator.kit.RateLimitPacer;
import denominator.ns1.Ns1Json.NewZone;
import denominator.ns1.Ns1Json.RecordJson;
import denominator.ns1.Ns1Json.Summary;
import denominator.ns1.Ns1Json.ZoneFields;
import denominator.ns1.Ns1Json.ZoneJson;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import okhttp3.HttpUrl;

/**
 * The endpoints of the NS1 REST API that this provider calls, one method each, under the configured
 * base URL. Every request carries the {@code apiKey} credential as {@code X-NSONE-Key} and is paced
 * by the rate-limit headers of the answers before it: one bucket for reads ({@code GET}), one for
 * writes. Names go without their trailing dot; types are NS1's on the wire and the model's in the
 * results ({@link Ns1Data}).
 */
final class Ns1Endpoints {
  private static final Type ZONES = new TypeToken<List<ZoneJson>>() {}.getType();

  private final JsonTransport json;
  private final HttpUrl base;

  @Inject
  Ns1Endpoints(ProviderConfig config) {
    this.base = HttpUrl.get(config.url());
    this.json =
        JsonTransport.builder(config, Ns1Errors.TABLE)
            .auth(AuthHeader.credential(config, "X-NSONE-Key", "apiKey"))
            .pacer(
                new RateLimitPacer(
                    config,
                    "X-RateLimit-Limit",
                    "X-RateLimit-Remaining",
                    "X-RateLimit-Period",
                    (method, url) -> bucket(method)))
            .build();
  }

  /** The pacing bucket of a request: NS1's read buckets are larger than its write buckets. */
  static String bucket(String method) {
    return method.equals("GET") ? "read" : "write";
  }

  /** {@code GET /zones}, page after page. */
  Iterator<ZoneJson> zones() {
    return Pages.following(
        url("zones").build(),
        url -> {
          JsonTransport.Reply<List<ZoneJson>> reply =
              json.send("GET", "list zones", "", url, null, ZONES);
          return Page.of(reply.body(), next(url, reply).orElse(null));
        });
  }

  /**
   * {@code GET /zones/{zone}} with every page of its record summaries appended (none unless {@code
   * records}); a {@link denominator.ZoneNotFoundException} when missing.
   */
  ZoneJson zone(String zone, boolean records) {
    HttpUrl.Builder builder = zoneUrl(zone);
    if (!records) {
      builder.addQueryParameter("records", "false");
    }
    HttpUrl url = builder.build();
    JsonTransport.Reply<ZoneJson> first =
        json.send("GET", "read zone", zone, url, null, ZoneJson.class);
    List<Summary> summaries = new ArrayList<>();
    listOrEmpty(first.body().records())
        .forEach(s -> summaries.add(s.withType(modelType(s.type()))));
    Optional<HttpUrl> next = next(url, first);
    while (next.isPresent()) {
      JsonTransport.Reply<ZoneJson> page =
          json.send("GET", "read zone", zone, next.get(), null, ZoneJson.class);
      listOrEmpty(page.body().records())
          .forEach(s -> summaries.add(s.withType(modelType(s.type()))));
      next = next(next.get(), page);
    }
    ZoneJson z = first.body();
    return new ZoneJson(
        z.zone(),
        z.ttl(),
        z.nxTtl(),
        z.retry(),
        z.refresh(),
        z.expiry(),
        z.serial(),
        z.hostmaster(),
        z.dnsServers(),
        summaries);
  }

  /** {@code PUT /zones/{zone}}: NS1 answers 400 {@code zone already exists} if it does. */
  void createZone(String zone) {
    json.put("create zone", zone, zoneUrl(zone).build(), new NewZone(zone), Void.class);
  }

  /** {@code POST /zones/{zone}} with the SOA fields to change. */
  void updateZone(String zone, ZoneFields fields) {
    json.post("update zone", zone, zoneUrl(zone).build(), fields, Void.class);
  }

  /** {@code DELETE /zones/{zone}}, with its records. */
  void deleteZone(String zone) {
    json.delete("delete zone", zone, zoneUrl(zone).build(), Void.class);
  }

  /** {@code GET /zones/{zone}/{domain}/{type}}; empty when NS1 holds no such record. */
  Optional<RecordJson> record(String zone, String domain, String type) {
    try {
      RecordJson record =
          json.get(Ns1Errors.READ_RECORD, zone, recordUrl(zone, domain, type), RecordJson.class);
      return Optional.of(record.withType(type));
    } catch (Ns1Errors.NotFound absent) {
      return Optional.empty();
    }
  }

  /**
   * {@code PUT} (create) or {@code POST} (replace the fields sent) of one record, or {@code DELETE}
   * ({@code body} null); a {@code DELETE} of a record NS1 no longer holds is done.
   */
  void write(String method, String zone, String domain, String type, RecordJson body) {
    try {
      send(method, zone, domain, type, body);
    } catch (Ns1Errors.NotFound gone) {
      // a DELETE of a record already gone: NS1 holds what was asked
    }
  }

  // A PUT creates and refuses what exists, so it is sent once: a copy sent again after a lost
  // answer would be refused for the first copy's success. The change engine reads instead.
  private void send(String method, String zone, String domain, String type, RecordJson body) {
    (method.equals("PUT") ? json.sendOnce() : json)
        .send(
            method,
            method.toLowerCase(Locale.ROOT) + " record " + domain + " " + type,
            zone,
            recordUrl(zone, domain, type),
            body == null ? null : body.withType(vendorType(type)),
            Void.class);
  }

  // NS1's Link targets are absolute; their path and query go to our base URL's host, so that a
  // proxy or a loopback simulator in front of NS1 keeps getting the requests.
  private Optional<HttpUrl> next(HttpUrl url, JsonTransport.Reply<?> reply) {
    return LinkHeader.next(url, reply.headers())
        .map(
            link ->
                base.newBuilder()
                    .encodedPath(link.encodedPath())
                    .encodedQuery(link.encodedQuery())
                    .build());
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private HttpUrl.Builder url(String path) {
    return base.newBuilder().addPathSegments(path);
  }

  private HttpUrl.Builder zoneUrl(String zone) {
    return url("zones").addPathSegment(bare(zone));
  }

  private HttpUrl recordUrl(String zone, String domain, String type) {
    return zoneUrl(zone).addPathSegment(bare(domain)).addPathSegment(vendorType(type)).build();
  }

  /** NS1's name of a model type: {@code ALIAS} for {@value Ns1Data#ALIAS}, say. */
  static String vendorType(String modelType) {
    return Ns1Data.VENDOR_TYPES.getOrDefault(modelType, modelType);
  }

  /** The model's name of an NS1 type. */
  static String modelType(String vendorType) {
    return vendorType.equals("ALIAS")
        ? Ns1Data.ALIAS
        : vendorType.equals("URLFWD") ? Ns1Data.URLFWD : vendorType;
  }

  /** A name as NS1 writes it: without the trailing dot. */
  static String bare(String name) {
    return name.endsWith(".") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
  }
}
