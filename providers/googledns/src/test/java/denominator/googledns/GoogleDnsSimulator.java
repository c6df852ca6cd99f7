package denominator.googledns;

import com.google.gson.JsonObject;
import denominator.tck.CountingDispatcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A stateful fake of Google Cloud DNS API v1 as a MockWebServer dispatcher, serving the wire page
 * ({@code googledns-wire.md}) exactly: Google's OAuth token endpoint at {@code POST /token}
 * (JWT-bearer grants signed by registered service accounts) and bearer tokens on every API request;
 * one project's managed zones, rrsets and changes, lists paged by {@code pageToken}; changes all or
 * nothing with exact-match deletions (404, 412), existing additions refused (409), Google's limits,
 * {@code clientOperationId} replays, and {@code pending} turning {@code done} after reads or on the
 * clock; Google's {@code {"error":{...}}} bodies; and one token bucket per project answering 429
 * when empty, refilled on an injectable clock. It counts requests per method and path pattern and
 * shows a zone's raw rrsets ({@link #stateOf}).
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class GoogleDnsSimulator extends CountingDispatcher {
  /** The token endpoint's path on the simulator's server. */
  public static final String TOKEN_PATH = "/token";

  private final String project;
  private final AccessTokens tokens;
  private final GoogleDnsService service;
  private final RateLimit rateLimit;

  private GoogleDnsSimulator(Builder builder) {
    this.project = builder.project;
    Map<String, PublicKey> accounts = new HashMap<>(builder.accounts);
    if (accounts.isEmpty()) {
      accounts.put(ServiceAccounts.shared().clientEmail(), ServiceAccounts.shared().publicKey());
    }
    this.tokens = new AccessTokens(builder.clock, accounts, builder.accessTokens);
    this.service =
        new GoogleDnsService(
            builder.clock,
            builder.pageSize,
            builder.limits,
            builder.pendingGets,
            builder.pendingFor);
    this.rateLimit = new RateLimit(builder.clock, builder.rateLimit);
  }

  /** A simulator with the builder's defaults. */
  public GoogleDnsSimulator() {
    this(builder());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The only project this simulator serves. */
  public String project() {
    return project;
  }

  /** How many access tokens the token endpoint issued. */
  public synchronized int tokensIssued() {
    return tokens.issued();
  }

  /** Refuses every access token issued so far: the provider must get a new one. */
  public synchronized void expireAllTokens() {
    tokens.expireAll();
  }

  /** Whether a zone of this DNS name (trailing dot optional) or label exists. */
  public synchronized boolean hasZone(String zone) {
    return service.find(zone).isPresent();
  }

  /**
   * Every rrset of a zone (its DNS name, dot optional, or its label) as the API stores it, keyed
   * {@code "<name> <type>"} with the name lower-case: what another tool wrote, to compare before
   * and after.
   */
  public synchronized Map<String, String> stateOf(String zone) {
    SimulatedManagedZone found =
        service.find(zone).orElseThrow(() -> new IllegalArgumentException("no zone " + zone));
    Map<String, String> state = new LinkedHashMap<>();
    found
        .rrsets()
        .forEach((key, rrset) -> state.put(key.name() + " " + key.type(), rrset.toString()));
    return state;
  }

  /** The stored rrset as the API answers it, or null. */
  synchronized JsonObject rrset(String zone, String name, String type) {
    return service
        .find(zone)
        .map(found -> found.rrsets().get(RrsetKey.of(name, type)))
        .map(JsonObject::deepCopy)
        .orElse(null);
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> path = segments(url);
    String method = request.getMethod();
    String route = method + " " + GoogleDnsService.pattern(path);
    count(route);
    String body = body(request);
    if (route.equals("POST " + TOKEN_PATH)) {
      return tokens.exchange(body).toResponse();
    }
    if (forcedThrottle() || !rateLimit.take()) {
      countThrottled();
      return GoogleRefusal.rateLimited().reply().toResponse();
    }
    try {
      AccessTokens.Grant grant = tokens.check(request.getHeaders().get("Authorization"));
      authorize(grant, method, path);
      return service.handle(method, path, url, body).toResponse();
    } catch (GoogleRefusal refusal) {
      return refusal.reply().toResponse();
    } catch (IllegalStateException | ClassCastException | UnsupportedOperationException e) {
      // Gson's accessors throw these when a member has the wrong JSON shape
      return GoogleRefusal.invalid("Invalid JSON payload received: " + e.getMessage())
          .reply()
          .toResponse();
    }
  }

  private void authorize(AccessTokens.Grant grant, String method, List<String> path) {
    Set<String> allowed =
        method.equals("GET") ? AccessTokens.READ_SCOPES : AccessTokens.WRITE_SCOPES;
    if (grant.scopes().stream().noneMatch(allowed::contains)) {
      throw GoogleRefusal.insufficientScopes();
    }
    if (path.size() > 3 && !path.get(3).equals(project)) {
      throw GoogleRefusal.forbidden(path.get(3));
    }
  }

  /** The request's body as text, inflated when gzipped (Google's own clients gzip bodies). */
  private static String body(RecordedRequest request) {
    if (request.getBody() == null) {
      return "";
    }
    if (!"gzip".equalsIgnoreCase(request.getHeaders().get("Content-Encoding"))) {
      return request.getBody().utf8();
    }
    try (InputStream gzip =
        new GZIPInputStream(new ByteArrayInputStream(request.getBody().toByteArray()))) {
      return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // a body that does not inflate is as malformed as one that does not parse
      return "";
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
    private String project = "denominator-test";
    private final Map<String, PublicKey> accounts = new HashMap<>();
    private final Set<String> accessTokens = new HashSet<>();
    private int pageSize = 100;
    private ChangeLimits limits = ChangeLimits.GOOGLE;
    private RateLimit.Limit rateLimit = new RateLimit.Limit(600, Duration.ofSeconds(60));
    private int pendingGets = 1;
    private Duration pendingFor;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The only project served; another in a path is refused 403. Default {@code denominator-test}.
     */
    public Builder project(String project) {
      this.project = project;
      return this;
    }

    /**
     * A service account whose signed grants the token endpoint accepts. With none registered, the
     * simulator accepts {@link ServiceAccounts#shared()}.
     */
    public Builder serviceAccount(String clientEmail, PublicKey publicKey) {
      accounts.put(clientEmail, publicKey);
      return this;
    }

    public Builder serviceAccount(ServiceAccounts.Account account) {
      return serviceAccount(account.clientEmail(), account.publicKey());
    }

    /** A fixed access token accepted for every request, never expiring: a credential. */
    public Builder accessToken(String token) {
      accessTokens.add(token);
      return this;
    }

    /** The most items on one page of any list; {@code maxResults} may ask fewer. Default 100. */
    public Builder pageSize(int pageSize) {
      this.pageSize = positive(pageSize, "pageSize");
      return this;
    }

    /** The limits a change and a zone meet. Default Google's ({@link ChangeLimits#GOOGLE}). */
    public Builder limits(ChangeLimits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * The project's bucket: {@code limit} requests refilled in {@code period}. Default 600/60 s.
     */
    public Builder rateLimit(int limit, Duration period) {
      this.rateLimit = new RateLimit.Limit(limit, period);
      return this;
    }

    /**
     * How many {@code GET changes/{id}} a change answers {@code pending} before {@code done}: 0
     * makes a change done at once; default 1 (the first read answers done).
     */
    public Builder pendingGets(int pendingGets) {
      if (pendingGets < 0) {
        throw new IllegalArgumentException("pendingGets " + pendingGets + " (expected at least 0)");
      }
      this.pendingGets = pendingGets;
      return this;
    }

    /** A change is also done once the clock passes its start by this much. Default: never. */
    public Builder pendingFor(Duration pendingFor) {
      this.pendingFor = pendingFor;
      return this;
    }

    /** The clock of tokens, the bucket and change times: a test's {@code ManualTime}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public GoogleDnsSimulator build() {
      return new GoogleDnsSimulator(this);
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
    return "GoogleDnsSimulator{project " + project + ", zones and rrsets in memory}";
  }
}
