package denominator.cloudflare;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import denominator.tck.CountingDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A stateful fake of Cloudflare's API v4 (DNS) as a MockWebServer dispatcher, serving the wire page
 * ({@code cloudflare-wire.md}) exactly: an API token or a global key; zones with their SOA
 * settings; records with their own ids, {@code content} or structured {@code data}, {@code
 * proxied}, {@code comment} and {@code tags}, listed page by page; the single-record endpoints and
 * the all-or-nothing {@code /batch} with its order and size limit; Cloudflare's envelope and error
 * codes; and a token bucket per credential that answers 429 with {@code Retry-After} when empty,
 * refilled on an injectable clock so that a test's {@code ManualTime} drives it. It counts requests
 * per method and path pattern and shows a zone's raw records ({@link #stateOf}).
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class CloudflareSimulator extends CountingDispatcher {
  private static final Pattern BEARER = Pattern.compile("Bearer (\\S+)");

  private final String apiToken;
  private final String email;
  private final String apiKey;
  private final CloudflareService service;
  private final RateLimits rateLimits;

  private CloudflareSimulator(Builder builder) {
    this.apiToken = builder.apiToken;
    this.email = builder.email;
    this.apiKey = builder.apiKey;
    IdSource ids = new IdSource(builder.seed);
    Timestamps time = new Timestamps(builder.clock);
    RecordWrites writes = new RecordWrites(ids::next, time::now, builder.minTtl, builder.tagQuota);
    this.service =
        new CloudflareService(
            new CloudflareService.Settings(
                builder.accountId,
                builder.zonePageSize,
                builder.recordPageSize,
                builder.batchLimit,
                writes),
            ids,
            time);
    this.rateLimits = new RateLimits(builder.clock, builder.rateLimit);
  }

  /** A simulator with the builder's defaults. */
  public CloudflareSimulator() {
    this(builder());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether a zone of this name exists (trailing dot and case ignored). */
  public synchronized boolean hasZone(String name) {
    return service.byName(name).isPresent();
  }

  /** The id of the zone of this name. */
  public synchronized String zoneId(String name) {
    return zone(name).id();
  }

  /**
   * Every record of a zone as the API shows it, keyed {@code "<name> <type> <content> #<id>"}: what
   * identifies a Cloudflare record, to compare what another tool wrote before and after a write.
   */
  public synchronized Map<String, String> stateOf(String zoneName) {
    Map<String, String> state = new LinkedHashMap<>();
    for (JsonObject record : zone(zoneName).sorted()) {
      state.put(
          record.get("name").getAsString()
              + " "
              + record.get("type").getAsString()
              + " "
              + record.get("content").getAsString()
              + " #"
              + record.get("id").getAsString(),
          record.toString());
    }
    return state;
  }

  /** The records of one name and type as the API shows them, in listing order. */
  public synchronized List<JsonObject> records(String zoneName, String name, String type) {
    String wanted = Names.withoutDot(name);
    return zone(zoneName).sorted().stream()
        .filter(r -> r.get("name").getAsString().equalsIgnoreCase(wanted))
        .filter(r -> r.get("type").getAsString().equalsIgnoreCase(type))
        .map(JsonObject::deepCopy)
        .toList();
  }

  private SimulatedZone zone(String name) {
    return service.byName(name).orElseThrow(() -> new IllegalArgumentException("no zone " + name));
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> path = segments(url);
    String route = request.getMethod() + " " + CloudflareService.pattern(path);
    count(route);
    RateLimits.Draw draw = rateLimits.take(credential(request));
    if (forcedThrottle() | !draw.granted()) { // both: a forced 429 still takes its token
      long retryAfter = draw.granted() ? 1 : draw.retryAfterSeconds();
      countThrottled();
      return CloudflareRefusal.rateLimited()
          .reply()
          .withHeader("Retry-After", Long.toString(retryAfter))
          .toResponse();
    }
    return respond(request, url, path).toResponse();
  }

  private CloudflareReply respond(RecordedRequest request, HttpUrl url, List<String> path) {
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    try {
      authenticate(request);
      return service.handle(request.getMethod(), path, url, body);
    } catch (CloudflareRefusal refusal) {
      return refusal.reply();
    } catch (JsonParseException
        | IllegalStateException
        | ClassCastException
        | UnsupportedOperationException
        | NumberFormatException e) {
      // Gson's parser and accessors throw these when the body or a member has the wrong shape
      return CloudflareRefusal.invalid("malformed request (" + e.getMessage() + ")").reply();
    }
  }

  /** Section 1 of the wire page: a token wins over a global key; refusals in its order. */
  private void authenticate(RecordedRequest request) {
    String authorization = request.getHeaders().get("Authorization");
    String sentEmail = request.getHeaders().get("X-Auth-Email");
    String sentKey = request.getHeaders().get("X-Auth-Key");
    if (authorization != null) {
      Matcher bearer = BEARER.matcher(authorization);
      if (!bearer.matches()) {
        throw CloudflareRefusal.malformedAuthorization();
      }
      if (!bearer.group(1).equals(apiToken)) {
        throw CloudflareRefusal.unknownToken();
      }
    } else if (sentEmail != null || sentKey != null) {
      if (!email.equals(sentEmail) || !apiKey.equals(sentKey)) {
        throw CloudflareRefusal.unknownKey();
      }
    } else {
      throw CloudflareRefusal.noCredentials();
    }
  }

  /** What a request's bucket is keyed by: the token sent, else the email, else nothing. */
  private static String credential(RecordedRequest request) {
    String authorization = request.getHeaders().get("Authorization");
    if (authorization != null) {
      return "token " + authorization;
    }
    String sentEmail = request.getHeaders().get("X-Auth-Email");
    return sentEmail == null ? "" : "email " + sentEmail;
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
    private String apiToken = "cloudflare-test-token";
    private String email = "denominator@example.com";
    private String apiKey = "cloudflare-test-key";
    private String accountId = "0123456789abcdef0123456789abcdef";
    private int zonePageSize = 50;
    private int recordPageSize = 5_000_000;
    private int batchLimit = 200;
    private int minTtl = 60;
    private int tagQuota = Integer.MAX_VALUE;
    private RateLimits.Limit rateLimit = new RateLimits.Limit(1200, Duration.ofSeconds(300));
    private Clock clock = Clock.systemUTC();
    private long seed = 1;

    private Builder() {}

    /** The only API token accepted as {@code Authorization: Bearer}: a credential. */
    public Builder apiToken(String apiToken) {
      this.apiToken = apiToken;
      return this;
    }

    /** The only email and global API key accepted as {@code X-Auth-*}: credentials. */
    public Builder globalKey(String email, String apiKey) {
      this.email = email;
      this.apiKey = apiKey;
      return this;
    }

    /** The account every zone belongs to; a zone create must name it. */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /** The most zones on one page of {@code GET /zones}. Default 50, Cloudflare's maximum. */
    public Builder zonePageSize(int zonePageSize) {
      this.zonePageSize = positive(zonePageSize, "zonePageSize");
      return this;
    }

    /** The most records on one page of {@code GET dns_records}. Default 5,000,000. */
    public Builder recordPageSize(int recordPageSize) {
      this.recordPageSize = positive(recordPageSize, "recordPageSize");
      return this;
    }

    /** The most operations in one {@code /batch}: 200 (Free, the default) or 3,500. */
    public Builder batchLimit(int batchLimit) {
      this.batchLimit = positive(batchLimit, "batchLimit");
      return this;
    }

    /** The least TTL other than 1 (automatic): 60, or 30 on Enterprise. */
    public Builder minTtl(int minTtl) {
      this.minTtl = positive(minTtl, "minTtl");
      return this;
    }

    /** The most tags a record may have (Cloudflare Free: 0). Default unlimited. */
    public Builder tagQuota(int tagQuota) {
      if (tagQuota < 0) {
        throw new IllegalArgumentException("tagQuota " + tagQuota + " (expected at least 0)");
      }
      this.tagQuota = tagQuota;
      return this;
    }

    /** The bucket of each credential: {@code limit} requests refilled in {@code period}. */
    public Builder rateLimit(int limit, Duration period) {
      this.rateLimit = new RateLimits.Limit(limit, period);
      return this;
    }

    /** The clock buckets refill on and times are written from: a test's {@code ManualTime}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The seed of the ids the simulator draws. Default 1. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public CloudflareSimulator build() {
      return new CloudflareSimulator(this);
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
    return "CloudflareSimulator{zones and records in memory}";
  }
}
