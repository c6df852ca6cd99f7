package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import denominator.tck.CountingDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A stateful fake of Rackspace Cloud DNS v1.0 behind Rackspace Identity v2.0 as one MockWebServer
 * dispatcher, serving the wire page ({@code clouddns-wire.md}) exactly. Identity at {@code
 * /v2.0/tokens}: api-key and password tokens with an expiry on an injectable clock and a catalog
 * whose {@code rax:dns} endpoint points back at the server. Cloud DNS under {@code /v1.0/{tenant}}:
 * {@code X-Auth-Token} checked; domains and records with the service's checks, error bodies, limits
 * and offset paging; every write a job that runs after a delay on the clock; rate limits answered
 * 413 with {@code Reply-After} and/or {@code Retry-After}. Counters per method and path pattern,
 * and a zone's raw records per set ({@link #stateOf}).
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class CloudDnsSimulator extends CountingDispatcher {
  /** Which header a 413 of a rate limit carries (wire page, section 8). */
  public enum RateHeaders {
    /** {@code Reply-After: <ISO 8601 instant>}, the documented spelling. */
    REPLY_AFTER,
    /** {@code Retry-After: <whole seconds>}. */
    RETRY_AFTER,
    /** Both. */
    BOTH
  }

  private final Stamps stamps;
  private final Identity identity;
  private final Jobs jobs;
  private final CloudDnsService service;
  private final RateLimits rateLimits;
  private final RateHeaders rateHeaders;

  private CloudDnsSimulator(Builder builder) {
    this.stamps = new Stamps(builder.clock, builder.random);
    this.identity =
        new Identity(
            stamps,
            builder.username,
            builder.apiKey,
            builder.password,
            builder.tenant,
            builder.tokenLifetime);
    this.jobs = new Jobs(stamps, builder.jobDelay);
    this.service =
        new CloudDnsService(
            stamps, jobs, builder.tenant, builder.maxDomains, builder.maxRecordsPerDomain);
    this.rateLimits = new RateLimits(builder.rateLimits, builder.rateHeaders);
    this.rateHeaders = builder.rateHeaders;
  }

  /** A simulator with the builder's defaults. */
  public CloudDnsSimulator() {
    this(builder());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Makes every token issued so far expired: the next call with one is answered 401. */
  public synchronized void expireAllTokens() {
    identity.expireAll();
  }

  /** The next {@code n} jobs accepted end {@code ERROR} 500 and change nothing. */
  public synchronized CloudDnsSimulator failNextJobs(int n) {
    jobs.failNext(n);
    return this;
  }

  /** Whether a domain of this name (with or without its dot) exists after the jobs now due. */
  public synchronized boolean hasZone(String zoneName) {
    jobs.settle();
    return service.byName(bare(zoneName)).isPresent();
  }

  /**
   * Every record set of a domain after the jobs now due (the SOA is no record), keyed {@code
   * "<name> <type>"} as the vendor writes names (no trailing dot), valued by what another tool
   * controls as a JSON array: each record's data, ttl, priority and comment, sorted. Ids and times
   * are left out: a rewrite renews them.
   */
  public synchronized Map<String, String> stateOf(String zoneName) {
    jobs.settle();
    SimulatedDomain domain =
        service
            .byName(bare(zoneName))
            .orElseThrow(() -> new IllegalArgumentException("no zone " + zoneName));
    Map<String, List<String>> sets = new LinkedHashMap<>();
    for (SimulatedRecord record : domain.records()) {
      sets.computeIfAbsent(record.name() + " " + record.type(), key -> new ArrayList<>())
          .add(record.state().toString());
    }
    Map<String, String> state = new LinkedHashMap<>();
    sets.forEach(
        (key, records) -> {
          JsonArray array = new JsonArray();
          records.stream()
              .sorted(Comparator.naturalOrder())
              .forEach(record -> array.add(JsonParser.parseString(record)));
          state.put(key, array.toString());
        });
    return state;
  }

  /** The id of a domain (with or without its dot) after the jobs now due, if it exists. */
  public synchronized Optional<String> zoneId(String zoneName) {
    jobs.settle();
    return service.byName(bare(zoneName)).map(domain -> Long.toString(domain.id()));
  }

  private static String bare(String zoneName) {
    String lower = zoneName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /**
   * The URL the client reached the server on, ending in "/": the catalog, job and paging URLs point
   * back at it, so a client behind a proxy (the fault matrix's) keeps going through it.
   */
  private static HttpUrl root(RecordedRequest request) {
    HttpUrl.Builder root = request.getUrl().newBuilder().encodedPath("/").query(null);
    String forwarded = request.getHeaders().get("X-Forwarded-Host");
    if (forwarded != null) {
      HttpUrl proxy = HttpUrl.get("http://" + forwarded);
      root.host(proxy.host()).port(proxy.port());
    }
    return root.build();
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> path = segments(url);
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    boolean dns = path.size() >= 2 && path.get(0).equals("v1.0");
    String route =
        request.getMethod()
            + (dns
                ? " /v1.0/{tenant}" + CloudDnsService.pattern(path.subList(2, path.size()))
                : " /" + String.join("/", path));
    count(route);
    CloudDnsReply reply;
    if (dns) {
      reply = dns(request, url, path, body);
    } else if (route.equals("POST /v2.0/tokens")) {
      reply = identity.issue(body, root(request).toString());
    } else {
      reply = CloudDnsFault.notFound().reply();
    }
    return reply.toResponse();
  }

  private CloudDnsReply dns(RecordedRequest request, HttpUrl url, List<String> path, String body) {
    if (forcedThrottle()) {
      countThrottled();
      return RateLimits.throttled(stamps.now().plusSeconds(1), stamps.now(), rateHeaders);
    }
    if (!path.get(1).equals(identity.tenant())
        || !identity.valid(request.getHeaders().get("X-Auth-Token"))) {
      return CloudDnsReply.of(
          401, CloudDnsFault.fault(401, "Authentication required.", "Invalid or expired token."));
    }
    jobs.settle();
    List<String> rest = path.subList(2, path.size());
    Optional<CloudDnsReply> limited =
        rateLimits.check(
            RateLimits.bucket(request.getMethod(), "/" + String.join("/", rest)), stamps.now());
    if (limited.isPresent()) {
      countThrottled();
      return limited.get();
    }
    HttpUrl base =
        root(request).newBuilder().addPathSegment("v1.0").addPathSegment(path.get(1)).build();
    try {
      return service.handle(new Call(request.getMethod(), List.copyOf(rest), url, base, body));
    } catch (CloudDnsFault fault) {
      return fault.reply();
    } catch (IllegalStateException | ClassCastException | UnsupportedOperationException e) {
      // Gson's accessors throw these when a member has the wrong JSON shape
      return CloudDnsFault.validation(List.of("malformed request: " + e.getMessage())).reply();
    }
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
    private String username = "joe";
    private String apiKey = "k3y";
    private String password = "s3cret";
    private String tenant = "123123";
    private Duration tokenLifetime = Duration.ofHours(24);
    private Duration jobDelay = Duration.ZERO;
    private int maxDomains = 500;
    private int maxRecordsPerDomain = 500;
    private final Map<String, RateLimits.Limit> rateLimits = RateLimits.defaults();
    private RateHeaders rateHeaders = RateHeaders.REPLY_AFTER;
    private Clock clock = Clock.systemUTC();
    private Random random = new Random(1);

    private Builder() {}

    /** The one user identity knows, with its api key and password. Default joe, k3y, s3cret. */
    public Builder user(String username, String apiKey, String password) {
      this.username = username;
      this.apiKey = apiKey;
      this.password = password;
      return this;
    }

    /** The account's tenant id, in the catalog URL. Default {@code 123123}. */
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    /** How long a token lives on the clock. Default 24 h (ASSUMPTION). */
    public Builder tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = tokenLifetime;
      return this;
    }

    /** How long after acceptance a job runs. Default zero: the first poll sees its end. */
    public Builder jobDelay(Duration jobDelay) {
      this.jobDelay = jobDelay;
      return this;
    }

    /** Domains per account (job ERROR 413 beyond). Default 500. */
    public Builder maxDomains(int maxDomains) {
      this.maxDomains = positive(maxDomains, "maxDomains");
      return this;
    }

    /** Records per domain, its NS records included (job ERROR 413 beyond). Default 500. */
    public Builder maxRecordsPerDomain(int maxRecordsPerDomain) {
      this.maxRecordsPerDomain = positive(maxRecordsPerDomain, "maxRecordsPerDomain");
      return this;
    }

    /**
     * The limit of one bucket: {@code GET /status}, {@code GET /domains/search}, {@code GET
     * /domains}, {@code POST /domains}, {@code PUT /domains} or {@code DELETE /domains}. Defaults:
     * the documented 5 per second and 20, 60, 20, 20, 10 per minute.
     */
    public Builder rateLimit(String bucket, int count, Duration window) {
      if (!rateLimits.containsKey(bucket)) {
        throw new IllegalArgumentException(
            "bucket " + bucket + " (expected one of " + rateLimits.keySet() + ")");
      }
      rateLimits.put(bucket, new RateLimits.Limit(positive(count, "count"), window));
      return this;
    }

    /** No rate limits at all (throttling then only by {@link #throttleNext}). */
    public Builder noRateLimits() {
      rateLimits.clear();
      return this;
    }

    /** Which header a rate limit's 413 carries. Default {@code Reply-After} only. */
    public Builder rateLimitHeaders(RateHeaders rateHeaders) {
      this.rateHeaders = rateHeaders;
      return this;
    }

    /** The clock of token expiry, jobs, rate windows and times: a test's {@code ManualTime}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The randomness of job ids and tokens: a seeded one makes runs repeat. Default seed 1. */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    public CloudDnsSimulator build() {
      return new CloudDnsSimulator(this);
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
    return "CloudDnsSimulator{Rackspace Identity and Cloud DNS in memory}";
  }
}
