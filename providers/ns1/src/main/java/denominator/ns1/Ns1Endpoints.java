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
import java.util.stream.Stream;
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
    HttpUrl.Builder url = zoneUrl(zone);
    if (!records) {
      url.addQueryParameter("records", "false");
    }
    List<ZoneJson> pages = new ArrayList<>();
    Pages.<ZoneJson, HttpUrl>following(
            url.build(),
            page -> {
              JsonTransport.Reply<ZoneJson> reply =
                  json.send("GET", "read zone", zone, page, null, ZoneJson.class);
              return Page.of(List.of(reply.body()), next(page, reply).orElse(null));
            })
        .forEachRemaining(pages::add);
    List<Summary> summaries =
        pages.stream()
            .flatMap(page -> page.records() == null ? Stream.empty() : page.records().stream())
            .map(summary -> summary.withType(modelType(summary.type())))
            .toList();
    return pages.get(0).withRecords(summaries);
  }

  /**
   * {@code PUT /zones/{zone}}, sent once: NS1 answers 400 {@code zone already exists} if it does,
   * so a second copy after a lost answer would report the first copy's success as a refusal.
   */
  void createZone(String zone) {
    json.sendOnce().put("create zone", zone, zoneUrl(zone).build(), new NewZone(zone), Void.class);
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
   * ({@code body} null). A {@code PUT} or {@code DELETE} is sent once: NS1 refuses a second copy
   * (the record exists, or is gone) for the first copy's success, so a lost answer is settled by
   * the change engine reading the record instead.
   */
  void write(String method, String zone, String domain, String type, RecordJson body) {
    (method.equals("POST") ? json : json.sendOnce())
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
