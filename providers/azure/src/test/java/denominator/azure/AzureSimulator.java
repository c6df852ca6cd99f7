package denominator.azure;

import denominator.tck.CountingDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A stateful fake of Azure DNS behind Entra ID as one MockWebServer dispatcher, serving the wire
 * page ({@code azure-wire.md}) exactly. Entra ID under {@code /{tenant}/oauth2/v2.0/token}:
 * client-credentials tokens with an expiry on an injectable clock. ARM under {@code
 * /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network} ("R" in request patterns):
 * bearer tokens checked as ARM's gateway does, {@code api-version=2018-05-01}; zones and record
 * sets with Azure's checks, etags, error bodies, limits and {@code $skipToken} paging; zone deletes
 * as long-running operations ending after a delay on the clock; per-zone rate limits as token
 * buckets; counters per method and path pattern, and a zone's raw record sets ({@link #stateOf}).
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class AzureSimulator extends CountingDispatcher {
  static final String API_VERSION = "2018-05-01";

  private final AzureIds ids;
  private final EntraId entra;
  private final AzureDns dns;
  private final ZoneDeletes deletes;
  private final RateLimits rates;
  private final String subscription;
  private final String resourceGroup;

  private AzureSimulator(Builder builder) {
    this.ids = new AzureIds(builder.clock, builder.random);
    this.subscription = builder.subscriptionId;
    this.resourceGroup = builder.resourceGroup;
    this.entra = new EntraId(ids, builder.tenantId, builder.tokenLifetime, builder.clients());
    this.deletes = new ZoneDeletes(ids, builder.deleteDelay, resourceGroup);
    this.dns =
        new AzureDns(
            ids,
            new AzureDns.Limits(
                builder.maxZones,
                builder.maxRecordSets,
                builder.maxRecords,
                builder.pageSize,
                builder.maxPageSize),
            subscription,
            resourceGroup,
            deletes);
    this.rates = new RateLimits(builder.rates, builder.burst);
  }

  /** A simulator with the builder's defaults. */
  public AzureSimulator() {
    this(builder());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Makes every token issued so far expired: the next ARM call with one is answered 401. */
  public synchronized void expireAllTokens() {
    entra.expireAll();
  }

  /** Makes the next delete of this zone (by name, dot or not) end {@code Failed}, keeping it. */
  public synchronized void failNextDelete(String zoneName) {
    deletes.failNext(zoneName);
  }

  /** Whether a zone of this name (dot or not) exists, being deleted or not. */
  public synchronized boolean hasZone(String zoneName) {
    dns.settle();
    return dns.zone(zoneName).isPresent();
  }

  /**
   * Every record set of a zone, the apex NS and SOA included, keyed {@code "<name> <type>"} with
   * the relative name ({@code @} the apex, {@code www}), valued by what another tool controls as
   * JSON: {@code metadata}, {@code TTL}, {@code targetResource} and the record property as stored.
   * Etags, ids and {@code fqdn} are left out: a write renews the etag.
   */
  public synchronized Map<String, String> stateOf(String zoneName) {
    dns.settle();
    SimulatedZone zone =
        dns.zone(zoneName).orElseThrow(() -> new IllegalArgumentException("no zone " + zoneName));
    Map<String, String> state = new LinkedHashMap<>();
    for (SimulatedRecordSet set : zone.inOrder()) {
      state.put(set.name() + " " + set.type(), set.state());
    }
    return state;
  }

  /**
   * The URL the client reached the server on, ending in "/": links the simulator hands out ({@code
   * nextLink}, operation URLs) point back at it, so a client behind a proxy (the fault matrix's,
   * which sends {@code X-Forwarded-Host}) keeps going through the proxy.
   */
  private static String root(RecordedRequest request) {
    HttpUrl.Builder root = request.getUrl().newBuilder().encodedPath("/").query(null);
    String forwarded = request.getHeaders().get("X-Forwarded-Host");
    if (forwarded != null) {
      HttpUrl proxy = HttpUrl.get("http://" + forwarded);
      root.host(proxy.host()).port(proxy.port());
    }
    return root.build().toString();
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> path = segments(url);
    String root = root(request);
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String method = request.getMethod();
    ArmReply reply;
    if (arm(path)) {
      AzureDns.Call call =
          new AzureDns.Call(
              method, path.subList(6, path.size()), url, root, request.getHeaders(), body);
      count(call.route());
      reply = arm(call, path).withHeader("x-ms-request-id", ids.uuid());
    } else if (path.size() == 4 && path.subList(1, 4).equals(List.of("oauth2", "v2.0", "token"))) {
      count(method + " /{tenant}/oauth2/v2.0/token");
      reply =
          method.equals("POST")
              ? entra.issue(path.get(0), body, request.getHeaders().get("Authorization"))
              : ArmReply.empty(405);
    } else if (path.size() == 4
        && path.subList(1, 4).equals(List.of("v2.0", ".well-known", "openid-configuration"))) {
      count(method + " /{tenant}/v2.0/.well-known/openid-configuration");
      reply = entra.openIdConfiguration(path.get(0), root);
    } else {
      count(method + " /" + String.join("/", path));
      reply =
          ArmRefusal.wrapped(404, "NotFound", "No route " + method + " " + url.encodedPath())
              .reply();
    }
    return reply.toResponse();
  }

  private ArmReply arm(AzureDns.Call call, List<String> path) {
    try {
      if (forcedThrottle()) {
        countThrottled();
        throw ArmRefusal.throttled(1);
      }
      EntraId.Grant grant = entra.check(call.headers().get("Authorization"), call.root());
      checkApiVersion(call.url().queryParameter("api-version"));
      if (!path.get(1).equalsIgnoreCase(subscription)) {
        throw ArmRefusal.wrapped(
            404,
            "SubscriptionNotFound",
            "The subscription '" + path.get(1) + "' could not be found.");
      }
      if (!path.get(3).equalsIgnoreCase(resourceGroup)) {
        throw ArmRefusal.wrapped(
            404,
            "ResourceGroupNotFound",
            "Resource group '" + path.get(3) + "' could not be found.");
      }
      if (!call.method().equals("GET") && !grant.client().writer()) {
        throw forbidden(grant.client().id(), call);
      }
      dns.settle();
      RateLimits.Outcome rate = RateLimits.Outcome.UNLIMITED;
      var kind = dns.kind(call);
      if (kind.isPresent()) {
        rate = rates.take(AzureDns.bucket(call), kind.get(), ids.now());
        if (!rate.allowed()) {
          countThrottled();
          throw ArmRefusal.throttled(rate.retryAfterSeconds())
              .withHeader("x-ms-ratelimit-remaining-subscription-resource-requests", "0");
        }
      }
      ArmReply reply = dns.handle(call);
      return kind.isPresent()
          ? reply.withHeader(
              "x-ms-ratelimit-remaining-subscription-resource-requests",
              Long.toString(rate.remaining()))
          : reply;
    } catch (ArmRefusal refusal) {
      return refusal.reply();
    } catch (IllegalStateException | ClassCastException | UnsupportedOperationException e) {
      // Gson's accessors throw these when a member has the wrong JSON shape
      return ArmRefusal.badRequest("The request body is invalid: " + e.getMessage()).reply();
    }
  }

  private static void checkApiVersion(String version) {
    if (version == null) {
      throw ArmRefusal.wrapped(
          400,
          "MissingApiVersionParameter",
          "The api-version query parameter (?api-version=) is required for all requests.");
    }
    if (!version.equals(API_VERSION)) {
      throw ArmRefusal.wrapped(
          400,
          "InvalidApiVersionParameter",
          "The api-version '"
              + version
              + "' is invalid. The supported versions are '"
              + API_VERSION
              + "'.");
    }
  }

  // a Reader's write: the action names the zone or record type and what was tried
  private static ArmRefusal forbidden(String clientId, AzureDns.Call call) {
    List<String> path = call.path();
    String action =
        "Microsoft.Network/dnszones"
            + (path.size() >= 3 ? "/" + path.get(2).toUpperCase(Locale.ROOT) : "")
            + (call.method().equals("DELETE") ? "/delete" : "/write");
    return ArmRefusal.wrapped(
        403,
        "AuthorizationFailed",
        "The client '"
            + clientId
            + "' with object id '"
            + clientId
            + "' does not have authorization to perform action '"
            + action
            + "' over scope '"
            + call.url().encodedPath()
            + "' or the scope is invalid.");
  }

  // subscriptions/{s}/resourceGroups/{g}/providers/Microsoft.Network/...
  private static boolean arm(List<String> path) {
    return path.size() >= 6
        && path.get(0).equalsIgnoreCase("subscriptions")
        && path.get(2).equalsIgnoreCase("resourceGroups")
        && path.get(4).equalsIgnoreCase("providers")
        && path.get(5).equalsIgnoreCase("Microsoft.Network");
  }

  private static List<String> segments(HttpUrl url) {
    List<String> path = new ArrayList<>(url.pathSegments());
    if (!path.isEmpty() && path.get(path.size() - 1).isEmpty()) {
      path.remove(path.size() - 1);
    }
    return path;
  }

  /** Options of a simulator; each has a default, so {@code builder().build()} works. */
  public static final class Builder {
    private String tenantId = "tid";
    private String clientId = "cid";
    private String clientSecret = "s3cret";
    private final List<EntraId.Client> readers = new ArrayList<>();
    private String subscriptionId = "sub";
    private String resourceGroup = "rg";
    private Duration tokenLifetime = Duration.ofSeconds(3599);
    private Duration deleteDelay = Duration.ZERO;
    private int pageSize = 100;
    private int maxPageSize = 1000;
    private int maxZones = 250;
    private int maxRecordSets = 10_000;
    private int maxRecords = 20;
    private Map<RateLimits.Kind, Integer> rates = RateLimits.documented();
    private int burst = Integer.MAX_VALUE;
    private Clock clock = Clock.systemUTC();
    private Random random = new Random(1);

    private Builder() {}

    /** The credentials Entra ID and ARM accept: tenant, client with its secret (Contributor). */
    public Builder credentials(String tenantId, String clientId, String clientSecret) {
      this.tenantId = tenantId;
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    /** The one subscription and resource group ARM knows. Default {@code sub} and {@code rg}. */
    public Builder scope(String subscriptionId, String resourceGroup) {
      this.subscriptionId = subscriptionId;
      this.resourceGroup = resourceGroup;
      return this;
    }

    /** Another client of the tenant with the Reader role: its writes are 403. */
    public Builder reader(String clientId, String clientSecret) {
      readers.add(new EntraId.Client(clientId, clientSecret, false));
      return this;
    }

    /** How long a token lives on the clock. Default 3599 s, Entra ID's. */
    public Builder tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = tokenLifetime;
      return this;
    }

    /** How long a zone delete runs on the clock. Default 0: the first poll says Succeeded. */
    public Builder deleteDelay(Duration deleteDelay) {
      this.deleteDelay = deleteDelay;
      return this;
    }

    /** The page size without {@code $top}. Default 100, ARM's. */
    public Builder pageSize(int pageSize) {
      this.pageSize = positive(pageSize, "pageSize");
      return this;
    }

    /** The largest page served, whatever {@code $top} asks. Default 1000. */
    public Builder maxPageSize(int maxPageSize) {
      this.maxPageSize = positive(maxPageSize, "maxPageSize");
      return this;
    }

    /** Zones in the subscription. Default 250. */
    public Builder maxZones(int maxZones) {
      this.maxZones = positive(maxZones, "maxZones");
      return this;
    }

    /** Record sets per zone, the apex NS and SOA included. Default 10,000. */
    public Builder maxRecordSets(int maxRecordSets) {
      this.maxRecordSets = positive(maxRecordSets, "maxRecordSets");
      return this;
    }

    /** Records per record set. Default 20. */
    public Builder maxRecords(int maxRecords) {
      this.maxRecords = positive(maxRecords, "maxRecords");
      return this;
    }

    /** Changes one class of request's rate per minute per zone (the defaults are Azure's). */
    public Builder rateLimit(RateLimits.Kind kind, int perMinute) {
      Map<RateLimits.Kind, Integer> changed = new EnumMap<>(RateLimits.Kind.class);
      changed.putAll(rates);
      changed.put(kind, positive(perMinute, "perMinute"));
      this.rates = changed;
      return this;
    }

    /**
     * Buckets of at most {@code tokens} requests each, refilled at their rates: a request sent
     * sooner than its rate allows, after {@code tokens} at once, is throttled. Default: a minute's
     * worth, as Azure documents its rates per minute.
     */
    public Builder burst(int tokens) {
      this.burst = positive(tokens, "tokens");
      return this;
    }

    /** No rate limits at all (a test's thousands of requests on a still clock). */
    public Builder unlimited() {
      this.rates = Map.of();
      return this;
    }

    /** The clock of token expiry, delete operations and rate buckets: a test's ManualTime. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The randomness of etags, ids and tokens: a seeded one makes runs repeat. Default seed 1. */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    public AzureSimulator build() {
      return new AzureSimulator(this);
    }

    List<EntraId.Client> clients() {
      List<EntraId.Client> clients = new ArrayList<>();
      clients.add(new EntraId.Client(clientId, clientSecret, true));
      clients.addAll(readers);
      return clients;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " " + value + " (expected at least 1)");
      }
      return value;
    }
  }

  @Override
  public String toString() {
    return "AzureSimulator{Entra ID and Azure DNS in memory}";
  }
}
