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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * legacy pair {@code X-Auth-Key: <apiKey>} and {@code X-Auth-Email: <email>}; chosen for each
   * request, as the credentials are read.
   */
  static AuthHeader auth(ProviderConfig config) {
    AuthHeader token = AuthHeader.bearer(config, "apiToken");
    AuthHeader key =
        AuthHeader.credential(config, "X-Auth-Key", "apiKey")
            .and(AuthHeader.credential(config, "X-Auth-Email", "email"));
    return new AuthHeader() {
      @Override
      public Optional<Value> current() {
        return chosen().current();
      }

      @Override
      public List<Value> beside() {
        return chosen().beside();
      }

      private AuthHeader chosen() {
        return config.credentials().get("apiToken").isPresent() ? token : key;
      }
    };
  }

  /** {@code GET /zones}, page after page; only the zone named {@code name} unless null. */
  Iterator<ZoneJson> zones(String name) {
    return paged(
        "list zones",
        "",
        url("zones").addQueryParameter("per_page", Integer.toString(ZONES_PER_PAGE)),
        name == null ? Map.of() : Map.of("name", name),
        ZoneJson.class);
  }

  /**
   * The id of a zone given by id or by name: a name (it has a dot) is looked up; an unknown name is
   * a {@link ZoneNotFoundException}.
   */
  String zoneId(String idOrName) {
    if (!idOrName.contains(".")) {
      return idOrName;
    }
    String name = CloudflareRecords.bare(idOrName);
    Iterator<ZoneJson> found = zones(name);
    if (!found.hasNext()) {
      throw new ZoneNotFoundException(CloudflareProvider.NAME, idOrName, "no zone of that name");
    }
    return found.next().id();
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
    return send(
        "POST",
        "create zone",
        name,
        url("zones").build(),
        new NewZone(name, new Account(account), "full"),
        ZoneJson.class);
  }

  /** {@code DELETE /zones/{id}}, with its records. */
  void deleteZone(String id) {
    send("DELETE", "delete zone", id, zoneUrl(id).build(), null, CloudflareJson.Id.class);
  }

  /** {@code GET /zones/{id}/dns_settings}: the zone's SOA fields. */
  SoaJson soa(String id) {
    return this.<DnsSettings>send(
            "GET",
            "read dns settings",
            id,
            zoneUrl(id).addPathSegment("dns_settings").build(),
            null,
            DnsSettings.class)
        .soa();
  }

  /** {@code PATCH /zones/{id}/dns_settings} with the SOA fields to change (null: kept). */
  void patchSoa(String id, SoaJson soa) {
    send(
        "PATCH",
        "patch dns settings",
        id,
        zoneUrl(id).addPathSegment("dns_settings").build(),
        new DnsSettings(soa),
        DnsSettings.class);
  }

  /**
   * {@code GET /zones/{id}/dns_records}, page after page: all, or those of one name (of one type)
   * where {@code name} (and {@code type}) is not null.
   */
  Iterator<RecordJson> records(String id, String name, String type) {
    Map<String, String> filter = new LinkedHashMap<>();
    if (name != null) {
      filter.put("name", CloudflareRecords.bare(name));
    }
    if (type != null) {
      filter.put("type", type);
    }
    return paged(
        "list records",
        id,
        zoneUrl(id)
            .addPathSegment("dns_records")
            .addQueryParameter("per_page", Integer.toString(RECORDS_PER_PAGE)),
        filter,
        RecordJson.class);
  }

  /**
   * {@code POST /zones/{id}/dns_records/batch}: Cloudflare runs deletes, patches, puts, then posts,
   * all or nothing. Sent once: a lost answer is settled by the change engine reading the zone.
   */
  BatchResult batch(String id, Batch batch) {
    return send(
        "POST",
        "batch",
        id,
        zoneUrl(id).addPathSegments("dns_records/batch").build(),
        batch,
        BatchResult.class);
  }

  // Pages 1, 2, ... until the envelope's total_pages.
  private <T> Iterator<T> paged(
      String operation,
      String subject,
      HttpUrl.Builder url,
      Map<String, String> filter,
      Type item) {
    filter.forEach(url::addQueryParameter);
    Type type = TypeToken.getParameterized(Envelope.class, listOf(item)).getType();
    return Pages.<T, Integer>following(
        1,
        page -> {
          HttpUrl pageUrl =
              url.build().newBuilder().addQueryParameter("page", page.toString()).build();
          Envelope<List<T>> answer =
              open(json.get(operation, subject, pageUrl, type), operation, subject);
          boolean more = answer.resultInfo() != null && page < answer.resultInfo().totalPages();
          return Page.of(
              answer.result() == null ? List.of() : answer.result(), more ? page + 1 : null);
        });
  }

  /** One request whose envelope's {@code result} is a {@code result}. */
  private <T> T send(
      String method, String operation, String subject, HttpUrl url, Object body, Type result) {
    Type type = TypeToken.getParameterized(Envelope.class, result).getType();
    Envelope<T> answer =
        open(
            json.<Envelope<T>>send(method, operation, subject, url, body, type).body(),
            operation,
            subject);
    return answer.result();
  }

  // The one place an envelope is opened: an answer that says it failed is an error whatever its
  // status (error statuses already went through the table in the transport).
  private static <E extends Envelope<?>> E open(E envelope, String operation, String subject) {
    if (!envelope.success()) {
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
    return envelope;
  }

  private static Type listOf(Type item) {
    return TypeToken.getParameterized(List.class, item).getType();
  }

  private HttpUrl.Builder url(String path) {
    return base.newBuilder().addPathSegments(path);
  }

  private HttpUrl.Builder zoneUrl(String id) {
    return url("zones").addPathSegment(id);
  }
}
