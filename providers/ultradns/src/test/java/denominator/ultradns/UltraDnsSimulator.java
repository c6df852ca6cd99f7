package denominator.ultradns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.tck.CountingDispatcher;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A stateful fake of UltraDNS's REST API as a MockWebServer dispatcher, serving the wire format of
 * the provider's brief: password and refresh-token grants with tokens that expire on an injectable
 * clock; the account; zones (cursor-paged, created with the service's SOA and NS, optionally
 * through 202 and a task); rrsets and pools with the service's checks; {@code /v1/batch} with a
 * status per item, not atomic; and throttling on demand. It counts requests per method and path
 * pattern so that tests and benchmarks can assert round trips, and answers which rdata a client
 * would be served ({@link #answer}).
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class UltraDnsSimulator extends CountingDispatcher {
  /** The most requests one {@code /v1/batch} may hold (an ASSUMPTION: 100). */
  static final int MAX_BATCH = 100;

  private static final String TOKEN_PATH = "/v1/authorization/token";

  private final SimulatedTokens tokens;
  private final SimulatedService service;
  private final Map<String, Integer> batched = new TreeMap<>();
  private int retryAfterSeconds;

  private UltraDnsSimulator(Builder builder) {
    this.tokens =
        new SimulatedTokens(
            builder.username,
            builder.password,
            builder.clock,
            builder.tokenLifetime,
            builder.tokenPrefix);
    this.service =
        new SimulatedService(
            builder.accountName, builder.clock, builder.zonePageSize, builder.rrsetPageSize);
    service.zoneCreatesAsTasks(builder.pendingPolls);
  }

  /** A simulator with the builder's defaults: user {@code user}, password {@code password}. */
  public UltraDnsSimulator() {
    this(builder());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Answers the next {@code n} requests with 429 and {@code Retry-After: retryAfterSeconds}. */
  public synchronized UltraDnsSimulator throttleNext(int n, int retryAfterSeconds) {
    throttleNext(n);
    this.retryAfterSeconds = retryAfterSeconds;
    return this;
  }

  /**
   * From now on zone creates answer 202 and {@code X-Task-Id}; the task answers PENDING to its
   * first {@code pendingPolls} polls, then COMPLETE, and the zone exists from then on.
   */
  public synchronized UltraDnsSimulator zoneCreatesAsTasks(int pendingPolls) {
    service.zoneCreatesAsTasks(Math.max(0, pendingPolls));
    return this;
  }

  /** Refuses every access token granted so far: the provider must refresh or sign in again. */
  public synchronized void expireAllTokens() {
    tokens.expireAll();
  }

  /** Creates a zone without a request, as if it had been there before the test. */
  public synchronized UltraDnsSimulator seedZone(String zone) {
    service.seed(zone);
    return this;
  }

  /**
   * Requests carried inside {@code /v1/batch} bodies, per method and path pattern; they are not
   * round trips, so {@link #requests()} does not count them.
   */
  public synchronized Map<String, Integer> batchedRequestCounts() {
    return Map.copyOf(batched);
  }

  @Override
  public synchronized void resetCounts() {
    super.resetCounts();
    batched.clear();
  }

  /** Tokens granted so far, by password or by refresh token. */
  public synchronized int tokenGrants() {
    return tokens.grants();
  }

  /** Whether the zone exists (a zone whose create task has not completed does not). */
  public synchronized boolean hasZone(String zone) {
    return service.find(zone).isPresent();
  }

  /**
   * Every rrset of a zone but its SOA (whose serial moves on every change), as the raw JSON the
   * service lists, keyed {@code owner type}: what another tool wrote, to compare before and after.
   */
  public synchronized Map<String, String> stateOf(String zone) {
    SimulatedZone found =
        service.find(zone).orElseThrow(() -> new IllegalArgumentException("no zone " + zone));
    Map<String, String> state = new LinkedHashMap<>();
    found.all().stream()
        .filter(rrset -> !rrset.type().equals("SOA"))
        .forEach(rrset -> state.put(rrset.owner() + " " + rrset.type(), rrset.toJson().toString()));
    return state;
  }

  /** The rdata a client would be served for this name and type; see {@link UltraDnsResolver}. */
  public List<String> answer(
      String zone, String owner, String type, UltraDnsResolver.Client client) {
    return new UltraDnsResolver(this).answer(zone, owner, type, client);
  }

  /** The stored rrset as the service lists it, if any. */
  synchronized Optional<JsonObject> rrset(String zone, String owner, String type) {
    return service
        .find(zone)
        .flatMap(found -> found.get(owner.toLowerCase(Locale.ROOT), type))
        .map(SimulatedRRSet::toJson);
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> path = segments(url);
    String route = request.getMethod() + " " + pattern(path);
    count(route);
    return respond(request, url, path).toResponse();
  }

  private SimulatedAnswer respond(RecordedRequest request, HttpUrl url, List<String> path) {
    if (forcedThrottle()) {
      countThrottled();
      return SimulatedAnswer.error(429, 429, "Too many requests.")
          .withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    if (request.getMethod().equals("POST") && url.encodedPath().equals(TOKEN_PATH)) {
      return tokens.grant(form(body));
    }
    if (!tokens.accepts(request.getHeaders().get("Authorization"))) {
      return SimulatedTokens.unauthorized();
    }
    if (request.getMethod().equals("POST") && pattern(path).equals("/v1/batch")) {
      return guarded(() -> batch(body));
    }
    return guarded(() -> service.handle(request.getMethod(), path, url, body));
  }

  /** {@code POST /v1/batch}: each request applied on its own, in order; 207 with each status. */
  private SimulatedAnswer batch(String body) {
    JsonElement json;
    try {
      json = JsonParser.parseString(body);
    } catch (RuntimeException e) {
      throw Refusal.invalidInput("malformed JSON (" + e.getMessage() + ")");
    }
    if (!json.isJsonArray() || json.getAsJsonArray().size() > MAX_BATCH) {
      throw Refusal.invalidInput(
          "batch "
              + abbreviate(json)
              + " (expected an array of at most "
              + MAX_BATCH
              + " requests)");
    }
    JsonArray results = new JsonArray();
    for (JsonElement item : json.getAsJsonArray()) {
      SimulatedAnswer answer = guarded(() -> batchItem(item.getAsJsonObject()));
      JsonObject result = new JsonObject();
      result.addProperty("status", answer.status());
      if (answer.body() != null) {
        result.add("response", answer.body());
      }
      results.add(result);
    }
    return SimulatedAnswer.of(207, results);
  }

  private SimulatedAnswer batchItem(JsonObject item) {
    String method = PoolRules.string(item, "method");
    String uri = PoolRules.string(item, "uri");
    HttpUrl url = uri.startsWith("/v1/") ? HttpUrl.parse("http://batch" + uri) : null;
    if (url == null || uri.startsWith("/v1/batch")) {
      throw Refusal.invalidInput(
          "batch uri " + uri + " (expected a /v1/ path other than /v1/batch)");
    }
    batched.merge(method + " " + pattern(segments(url)), 1, Integer::sum);
    JsonElement body = item.get("body");
    return service.handle(method, segments(url), url, body == null ? "" : body.toString());
  }

  /** Runs a handler, turning refusals and malformed JSON into the service's error answers. */
  private static SimulatedAnswer guarded(Supplier<SimulatedAnswer> handler) {
    try {
      return handler.get();
    } catch (Refusal refusal) {
      return refusal.answer();
    } catch (IllegalStateException
        | ClassCastException
        | UnsupportedOperationException
        | NumberFormatException e) {
      // Gson's accessors throw these when a member has the wrong JSON shape
      return Refusal.invalidInput("malformed request (" + e.getMessage() + ")").answer();
    }
  }

  /** The path pattern of a request, e.g. {@code /v1/zones/{zone}/rrsets/{type}/{owner}}. */
  static String pattern(List<String> path) {
    List<String> pattern = new ArrayList<>(path);
    if (pattern.size() >= 3 && pattern.get(0).equals("v1") && pattern.get(1).equals("zones")) {
      pattern.set(2, "{zone}");
      if (pattern.size() >= 5) {
        pattern.set(4, "{type}");
      }
      if (pattern.size() >= 6) {
        pattern.set(5, "{owner}");
      }
    } else if (pattern.size() == 3
        && pattern.get(0).equals("v1")
        && pattern.get(1).equals("tasks")) {
      pattern.set(2, "{id}");
    }
    return "/" + String.join("/", pattern);
  }

  private static List<String> segments(HttpUrl url) {
    List<String> path = new ArrayList<>(url.pathSegments());
    if (!path.isEmpty() && path.get(path.size() - 1).isEmpty()) {
      path.remove(path.size() - 1);
    }
    return path;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static String abbreviate(JsonElement json) {
    String text = json.toString();
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  /** Options of a simulator; each has a default, so {@code builder().build()} works. */
  public static final class Builder {
    private String username = "user";
    private String password = "password";
    private String accountName = "acme";
    private int zonePageSize = SimulatedService.MAX_ZONE_LIMIT;
    private int rrsetPageSize = SimulatedRRSets.MAX_LIMIT;
    private Duration tokenLifetime = Duration.ofHours(1);
    private String tokenPrefix = "";
    private Clock clock = Clock.systemUTC();
    private int pendingPolls = -1;

    private Builder() {}

    /** The only credentials the token service grants a token for. */
    public Builder credentials(String username, String password) {
      this.username = username;
      this.password = password;
      return this;
    }

    /** The account's name, which zone creates must name. Default {@code acme}. */
    public Builder accountName(String accountName) {
      this.accountName = accountName;
      return this;
    }

    /** The most zones the service puts on one page, whatever {@code limit} asks. */
    public Builder zonePageSize(int zonePageSize) {
      this.zonePageSize = positive(zonePageSize, "zonePageSize");
      return this;
    }

    /** The most rrsets the service puts on one page, whatever {@code limit} asks. */
    public Builder rrsetPageSize(int rrsetPageSize) {
      this.rrsetPageSize = positive(rrsetPageSize, "rrsetPageSize");
      return this;
    }

    /** What every access and refresh token starts with: a test's registered secret. */
    public Builder tokenPrefix(String tokenPrefix) {
      this.tokenPrefix = tokenPrefix;
      return this;
    }

    /** How long an access token is valid on the simulator's clock. Default one hour. */
    public Builder tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = tokenLifetime;
      return this;
    }

    /** The clock tokens expire on: a test's {@code ManualTime}. Default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Zone creates answer 202 with a task PENDING for its first {@code pendingPolls} polls. */
    public Builder zoneCreatesAsTasks(int pendingPolls) {
      this.pendingPolls = Math.max(0, pendingPolls);
      return this;
    }

    public UltraDnsSimulator build() {
      return new UltraDnsSimulator(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " " + value + " (expected at least 1)");
      }
      return value;
    }
  }
}
