package denominator.cloudflare;

import com.google.gson.reflect.TypeToken;
import denominator.ProviderConfig;
import denominator.ValidationException;
import denominator.ZoneNotFoundException;
import denominator.cloudflare.CloudflareJson.Account;
import denominator.cloudflare.CloudflareJson.Batch;
import denominator.cloudflare.CloudflareJson.BatchResult;
import denominator.cloudflare.CloudflareJson.DnsSettings;
import denominator.cloudflare.CloudflareJson.Envelope;
import denominator.cloudflare.CloudflareJson.Message;
import denominator.cloudflare.CloudflareJson.NewZone;
import denominator.cloudflare.CloudflareJson.RecordJson;
import denominator.cloudflare.CloudflareJson.SoaJson;
import denominator.cloudflare.CloudflareJson.ZoneJson;
import denominator.kit.AuthHeader;
import denominator.kit.JsonTransport;
import denominator.kit.Page;
import denominator.kit.Pages;
import denominator.kit.VendorError;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import javax.inject.Inject;
import okhttp3.HttpUrl;

/**
 * The endpoints of Cloudflare's API v4 that this provider calls, one method each, under the
 * configured base URL. Every answer is an envelope, opened in {@link #send}; listings are read page
 * by page up to the {@code total_pages} the envelope reports. Names go without their trailing dot.
 */
final class CloudflareEndpoints {
  static final int ZONES_PER_PAGE = 50;
  static final int RECORDS_PER_PAGE = 5000;

  private final ProviderConfig config;
  private final JsonTransport json;
  private final HttpUrl base;

  @Inject
  CloudflareEndpoints(ProviderConfig config) {
    this.config = config;
    this.base = HttpUrl.get(config.url());
    this.json = JsonTransport.builder(config, CloudflareErrors.TABLE).auth(auth(config)).build();
  }

  /**
   * {@code Authorization: Bearer <apiToken>} when the credentials hold a token, else Cloudflare's
   * legacy pair {@code X-Auth-Key: <apiKey>} and {@code X-Auth-Email: <email>}. The form is chosen
   * once; the values are read for each request, so they may rotate.
   */
  static AuthHeader auth(ProviderConfig config) {
    return config.credentials().get("apiToken").isPresent()
        ? AuthHeader.bearer(config, "apiToken")
        : AuthHeader.credential(config, "X-Auth-Key", "apiKey")
            .and(AuthHeader.credential(config, "X-Auth-Email", "email"));
  }

  /** {@code GET /zones}, page after page; only the zone named {@code name} unless null. */
  Iterator<ZoneJson> zones(String name) {
    HttpUrl.Builder url = url().addQueryParameter("per_page", Integer.toString(ZONES_PER_PAGE));
    if (name != null) {
      url.addQueryParameter("name", name);
    }
    return paged("list zones", "", url.build(), ZoneJson.class);
  }

  /**
   * The id of a zone given by id or by name: a name (it has a dot) is looked up; an unknown name is
   * a {@link ZoneNotFoundException}.
   */
  String zoneId(String idOrName) {
    if (!idOrName.contains(".")) {
      return idOrName;
    }
    Iterator<ZoneJson> found = zones(CloudflareRecords.bare(idOrName));
    if (!found.hasNext()) {
      throw new ZoneNotFoundException(CloudflareProvider.NAME, idOrName, "no zone of that name");
    }
    return found.next().id();
  }

  /**
   * {@code GET /zones/{id}}; a {@link ZoneNotFoundException} when Cloudflare has no such zone (400
   * 7003, which an ill-formed id gets too).
   */
  ZoneJson zone(String id) {
    return send("GET", "read zone", id, url(id).build(), null, ZoneJson.class);
  }

  /** {@code POST /zones} in the account of the {@code accountId} credential. */
  ZoneJson createZone(String name) {
    String account =
        config
            .credentials()
            .get("accountId")
            .orElseThrow(
                () ->
                    new ValidationException(
                        CloudflareProvider.NAME + ": creating a zone needs the account",
                        name,
                        "credentials with accountId"));
    NewZone zone = new NewZone(name, new Account(account), "full");
    return send("POST", "create zone", name, url().build(), zone, ZoneJson.class);
  }

  /** {@code DELETE /zones/{id}}, with its records. */
  void deleteZone(String id) {
    send("DELETE", "delete zone", id, url(id).build(), null, CloudflareJson.Id.class);
  }

  /** {@code GET /zones/{id}/dns_settings}: the zone's SOA fields. */
  SoaJson soa(String id) {
    HttpUrl url = url(id, "dns_settings").build();
    return this.<DnsSettings>send("GET", "read dns settings", id, url, null, DnsSettings.class)
        .soa();
  }

  /** {@code PATCH /zones/{id}/dns_settings} with the SOA fields to change (null: kept). */
  void patchSoa(String id, SoaJson soa) {
    HttpUrl url = url(id, "dns_settings").build();
    send("PATCH", "patch dns settings", id, url, new DnsSettings(soa), DnsSettings.class);
  }

  /**
   * {@code GET /zones/{id}/dns_records}, page after page: all, or those of one name (of one type)
   * where {@code name} (and {@code type}) is not null.
   */
  Iterator<RecordJson> records(String id, String name, String type) {
    HttpUrl.Builder url =
        url(id, "dns_records").addQueryParameter("per_page", Integer.toString(RECORDS_PER_PAGE));
    if (name != null) {
      url.addQueryParameter("name", CloudflareRecords.bare(name));
    }
    if (type != null) {
      url.addQueryParameter("type", type);
    }
    return paged("list records", id, url.build(), RecordJson.class);
  }

  /**
   * {@code POST /zones/{id}/dns_records/batch}: Cloudflare runs deletes, patches, puts, then posts,
   * all or nothing. Sent once: a lost answer is settled by the change engine reading the zone.
   */
  BatchResult batch(String id, Batch batch) {
    HttpUrl url = url(id, "dns_records", "batch").build();
    return send("POST", "batch", id, url, batch, BatchResult.class);
  }

  // Pages 1, 2, ... until the envelope's total_pages.
  private <T> Iterator<T> paged(String operation, String subject, HttpUrl url, Type item) {
    Type list = TypeToken.getParameterized(List.class, item).getType();
    Type type = TypeToken.getParameterized(Envelope.class, list).getType();
    return Pages.<T, Integer>following(
        1,
        page -> {
          HttpUrl numbered = url.newBuilder().addQueryParameter("page", page.toString()).build();
          Envelope<List<T>> answer =
              open(json.get(operation, subject, numbered, type), operation, subject);
          boolean more = answer.resultInfo() != null && page < answer.resultInfo().totalPages();
          return Page.of(
              answer.result() == null ? List.of() : answer.result(), more ? page + 1 : null);
        });
  }

  /** One request; the {@code result} of its envelope, as {@code result}. */
  private <T> T send(
      String method, String operation, String subject, HttpUrl url, Object body, Type result) {
    Type type = TypeToken.getParameterized(Envelope.class, result).getType();
    Envelope<T> answer = json.<Envelope<T>>send(method, operation, subject, url, body, type).body();
    return open(answer, operation, subject).result();
  }

  // The one place an envelope is opened: an answer that says it failed is an error whatever its
  // status (error statuses already went through the table in the transport).
  private static <E extends Envelope<?>> E open(E envelope, String operation, String subject) {
    if (envelope.success()) {
      return envelope;
    }
    Message first =
        envelope.errors() == null || envelope.errors().isEmpty()
            ? new Message(0, "success false without errors")
            : envelope.errors().get(0);
    throw CloudflareErrors.TABLE.exception(
        new VendorError(
            CloudflareProvider.NAME,
            operation,
            subject,
            200,
            Integer.toString(first.code()),
            String.valueOf(first.message()),
            null));
  }

  /** {@code <base>/zones}, then {@code segments}. */
  private HttpUrl.Builder url(String... segments) {
    HttpUrl.Builder url = base.newBuilder().addPathSegment("zones");
    for (String segment : segments) {
      url.addPathSegment(segment);
    }
    return url;
  }
}
