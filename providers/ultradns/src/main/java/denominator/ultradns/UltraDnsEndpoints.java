package denominator.ultradns;

import com.google.gson.reflect.TypeToken;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.kit.JsonTransport;
import denominator.kit.Page;
import denominator.kit.Pages;
import denominator.ultradns.UltraDnsJson.Accounts;
import denominator.ultradns.UltraDnsJson.BatchAnswer;
import denominator.ultradns.UltraDnsJson.BatchRequest;
import denominator.ultradns.UltraDnsJson.NewZone;
import denominator.ultradns.UltraDnsJson.RRSet;
import denominator.ultradns.UltraDnsJson.RRSetPage;
import denominator.ultradns.UltraDnsJson.Task;
import denominator.ultradns.UltraDnsJson.ZoneJson;
import denominator.ultradns.UltraDnsJson.ZonePage;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import okhttp3.HttpUrl;

/**
 * The endpoints of the UltraDNS REST API that this provider calls, one method each, under the
 * configured base URL. Every request carries the bearer token of {@link UltraDnsTokens}.
 */
final class UltraDnsEndpoints {
  static final int ZONES_PER_PAGE = 1000;
  static final int RRSETS_PER_PAGE = 500;

  /** How long a zone creation answered 202 may take before we give up waiting. */
  static final Duration TASK_TIMEOUT = Duration.ofMinutes(5);

  private static final Type BATCH_ANSWERS = new TypeToken<List<BatchAnswer>>() {}.getType();

  private final JsonTransport json;
  private final HttpUrl base;
  private final ProviderConfig config;
  private String firstAccount; // guarded by this

  @Inject
  UltraDnsEndpoints(ProviderConfig config) {
    this.config = config;
    this.base = HttpUrl.get(config.url());
    this.json =
        JsonTransport.builder(config, UltraDnsErrors.TABLE)
            .auth(UltraDnsTokens.of(config, base))
            .build();
  }

  /** The account new zones go to: the configured {@code accountName}, else the first account. */
  synchronized String accountName() {
    Optional<String> configured = config.credentials().get("accountName");
    if (configured.isPresent()) {
      return configured.get();
    }
    if (firstAccount == null) {
      Accounts accounts = json.get("list accounts", "", url("v1/accounts").build(), Accounts.class);
      if (accounts.accounts() == null || accounts.accounts().isEmpty()) {
        throw new DenominatorException(UltraDnsProvider.NAME + ": list accounts: no account");
      }
      firstAccount = accounts.accounts().get(0).accountName();
    }
    return firstAccount;
  }

  /** {@code GET /v3/zones}, cursor by cursor; 404 70002 (no zones) is none. */
  Iterator<ZoneJson> zones() {
    return Pages.following(
        "",
        cursor -> {
          HttpUrl.Builder url =
              url("v3/zones").addQueryParameter("limit", Integer.toString(ZONES_PER_PAGE));
          if (!cursor.isEmpty()) {
            url.addQueryParameter("cursor", cursor);
          }
          try {
            ZonePage page = json.get(UltraDnsErrors.LIST_ZONES, "", url.build(), ZonePage.class);
            String next = page.cursorInfo() == null ? null : page.cursorInfo().next();
            return Page.of(page.zones() == null ? List.of() : page.zones(), next);
          } catch (UltraDnsErrors.NotFound none) {
            return Page.of(List.<ZoneJson>of(), null);
          }
        });
  }

  /** {@code GET /v1/zones/{zone}}; a {@link denominator.ZoneNotFoundException} when missing. */
  ZoneJson zone(String zone) {
    return json.get("read zone", zone, zoneUrl(zone).build(), ZoneJson.class);
  }

  /** {@code POST /v1/zones}; a 202 answer's task is awaited through the config's poller. */
  void createZone(String zone) {
    JsonTransport.Reply<Void> reply =
        json.send(
            "POST",
            "create zone",
            zone,
            url("v1/zones").build(),
            NewZone.primary(zone, accountName()),
            Void.class);
    taskId(reply).ifPresent(id -> awaitTask(id, TASK_TIMEOUT));
  }

  /** {@code DELETE /v1/zones/{zone}}. */
  void deleteZone(String zone) {
    json.delete("delete zone", zone, zoneUrl(zone).build(), Void.class);
  }

  /** {@code GET /v1/zones/{zone}/rrsets}, {@value #RRSETS_PER_PAGE} at a time, by offset. */
  Iterator<RRSet> rrsets(String zone) {
    return Pages.offsets(
        RRSETS_PER_PAGE,
        offset -> {
          HttpUrl url =
              zoneUrl(zone)
                  .addPathSegment("rrsets")
                  .addQueryParameter("offset", Integer.toString(offset))
                  .addQueryParameter("limit", Integer.toString(RRSETS_PER_PAGE))
                  .build();
          return page(zone, url);
        });
  }

  /**
   * {@code GET /v1/zones/{zone}/rrsets/{type}/{owner}}: the rrset of this owner and type ({@code
   * ANY}: of every type), none when absent.
   */
  List<RRSet> rrsets(String zone, String type, String owner) {
    return page(zone, rrsetUrl(zone, type, owner).build());
  }

  private List<RRSet> page(String zone, HttpUrl url) {
    try {
      RRSetPage page = json.get(UltraDnsErrors.READ_RRSETS, zone, url, RRSetPage.class);
      return page.rrSets() == null ? List.of() : page.rrSets();
    } catch (UltraDnsErrors.NotFound none) {
      return List.of();
    }
  }

  /**
   * {@code POST}, {@code PUT} or {@code DELETE} of one rrset ({@code body} null for a delete); the
   * task id when the service answered 202.
   */
  Optional<String> write(String method, String zone, String type, String owner, RRSet body) {
    JsonTransport.Reply<Void> reply =
        json.send(
            method,
            method.toLowerCase(Locale.ROOT) + " rrset " + type + " " + owner,
            zone,
            rrsetUrl(zone, type, owner).build(),
            body == null ? null : body.body(),
            Void.class);
    return taskId(reply);
  }

  /** {@code POST /v1/batch}: the answer of each request, in order. Not atomic. */
  List<BatchAnswer> batch(String zone, List<BatchRequest> requests) {
    return json.post("batch", zone, url("v1/batch").build(), requests, BATCH_ANSWERS);
  }

  /** The {@code uri} of an rrset in a batch request. */
  static String batchUri(String zone, String type, String owner) {
    return "/v1/zones/" + zone + "/rrsets/" + type + "/" + owner;
  }

  /** {@code GET /v1/tasks/{id}} until COMPLETE; an ERROR task or a timeout is an exception. */
  void awaitTask(String id, Duration timeout) {
    config
        .poller()
        .await(
            "ultradns task " + id + " COMPLETE",
            timeout,
            () -> {
              Task task =
                  json.get(UltraDnsErrors.READ_TASK, id, url("v1/tasks/" + id).build(), Task.class);
              if ("ERROR".equals(task.code())) {
                throw new DenominatorException(
                    UltraDnsProvider.NAME + ": task " + id + " failed: " + task.message());
              }
              return "COMPLETE".equals(task.code());
            });
  }

  private static Optional<String> taskId(JsonTransport.Reply<?> reply) {
    return Optional.ofNullable(reply.headers().get("X-Task-Id"));
  }

  private HttpUrl.Builder url(String path) {
    return base.newBuilder().addPathSegments(path);
  }

  private HttpUrl.Builder zoneUrl(String zone) {
    return url("v1/zones").addPathSegment(zone);
  }

  private HttpUrl.Builder rrsetUrl(String zone, String type, String owner) {
    return zoneUrl(zone).addPathSegment("rrsets").addPathSegment(type).addPathSegment(owner);
  }
}
