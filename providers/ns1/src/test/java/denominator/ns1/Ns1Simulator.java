package denominator.ns1;

import com.google.gson.JsonObject;
import denominator.tck.CountingDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
 * A stateful fake of NS1's REST API as a MockWebServer dispatcher, serving the wire page ({@code
 * ns1-wire.md}) exactly: {@code X-NSONE-Key} authentication; zones and their record summaries,
 * Link-paged; records with answers, meta, regions and filters checked as NS1 documents them, PUT
 * creating and POST updating the fields it carries; NS1's {@code {"message"}} errors; and a token
 * bucket per (key, read or write) whose state every answer reports in {@code X-RateLimit-*}
 * headers, answering 429 when empty. Buckets refill on an injectable clock, so a test's {@code
 * ManualTime} drives them. It counts requests per method and path pattern, shows a zone's raw
 * records ({@link #stateOf}) and answers which answers a client would be served ({@link #answer}).
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class Ns1Simulator extends CountingDispatcher {
  private final String apiKey;
  private final Ns1Service service;
  private final RateLimits rateLimits;
  private final Ns1FilterChain chain;

  private Ns1Simulator(Builder builder) {
    this.apiKey = builder.apiKey;
    this.service = new Ns1Service(builder.clock, builder.zonePageSize, builder.recordPageSize);
    this.rateLimits = new RateLimits(builder.clock, builder.read, builder.write);
    this.chain = new Ns1FilterChain(builder.random);
  }

  /** A simulator with the builder's defaults. */
  public Ns1Simulator() {
    this(builder());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the zone exists. */
  public synchronized boolean hasZone(String zone) {
    return service.find(Names.canonical(zone)).isPresent();
  }

  /**
   * Every record of a zone as its full JSON without the server's ids (which a write renews), keyed
   * {@code "<domain> <type>"}: what another tool wrote, to compare before and after.
   */
  public synchronized Map<String, String> stateOf(String zone) {
    SimulatedZone found =
        service
            .find(Names.canonical(zone))
            .orElseThrow(() -> new IllegalArgumentException("no zone " + zone));
    Map<String, String> state = new LinkedHashMap<>();
    found
        .records()
        .values()
        .forEach(
            record -> state.put(record.key().domain() + " " + record.key().type(), record.state()));
    return state;
  }

  /**
   * The answers (fields joined by a space) served to {@code client} for a record, after its filter
   * chain; empty when there is no such record or the chain leaves nothing.
   */
  public synchronized List<String> answer(
      String zone, String domain, String type, Ns1FilterChain.Client client) {
    return record(zone, domain, type).map(json -> chain.evaluate(json, client)).orElse(List.of());
  }

  /** The stored record as GET answers it, if any. */
  synchronized Optional<JsonObject> record(String zone, String domain, String type) {
    return service
        .find(Names.canonical(zone))
        .map(
            found ->
                found
                    .records()
                    .get(
                        new SimulatedRecord.Key(
                            Names.canonical(domain), type.toUpperCase(Locale.ROOT))))
        .map(SimulatedRecord::toJson);
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    List<String> path = segments(url);
    String route = request.getMethod() + " " + Ns1Service.pattern(path);
    count(route);
    String key = request.getHeaders().get("X-NSONE-Key");
    RateLimits.Draw draw = rateLimits.take(key, request.getMethod());
    Ns1Reply reply;
    if (forcedThrottle() | !draw.granted()) { // both: a forced 429 still takes its token
      countThrottled();
      reply = Ns1Refusal.rateLimited().reply();
      draw = new RateLimits.Draw(false, draw.limit(), 0, draw.periodSeconds());
    } else {
      reply = respond(request, key, url, path);
    }
    return reply
        .withHeader("X-RateLimit-Limit", Integer.toString(draw.limit()))
        .withHeader("X-RateLimit-Remaining", Integer.toString(draw.remaining()))
        .withHeader("X-RateLimit-Period", Long.toString(draw.periodSeconds()))
        .withHeader("X-RateLimit-By", "customer")
        .toResponse();
  }

  private Ns1Reply respond(RecordedRequest request, String key, HttpUrl url, List<String> path) {
    if (!apiKey.equals(key)) {
      return Ns1Refusal.unauthorized().reply();
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    try {
      return service.handle(request.getMethod(), path, url, body);
    } catch (Ns1Refusal refusal) {
      return refusal.reply();
    } catch (IllegalStateException | ClassCastException | UnsupportedOperationException e) {
      // Gson's accessors throw these when a member has the wrong JSON shape
      return Ns1Refusal.invalid("malformed request (" + e.getMessage() + ")").reply();
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
    private String apiKey = "ns1-test-key";
    private int zonePageSize = 1000;
    private int recordPageSize = 2500;
    private RateLimits.Limit read = new RateLimits.Limit(900, Duration.ofSeconds(300));
    private RateLimits.Limit write = new RateLimits.Limit(300, Duration.ofSeconds(300));
    private Clock clock = Clock.systemUTC();
    private Random random = new Random(1);

    private Builder() {}

    /** The only key the simulator accepts in {@code X-NSONE-Key}: a credential. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** The most zones on one page of {@code GET /v1/zones}. Default 1000. */
    public Builder zonePageSize(int zonePageSize) {
      this.zonePageSize = positive(zonePageSize, "zonePageSize");
      return this;
    }

    /** The most record summaries on one page of {@code GET /v1/zones/{zone}}. Default 2500. */
    public Builder recordPageSize(int recordPageSize) {
      this.recordPageSize = positive(recordPageSize, "recordPageSize");
      return this;
    }

    /** The bucket of GETs: {@code limit} tokens refilled in {@code period}. Default 900/300 s. */
    public Builder readLimit(int limit, Duration period) {
      this.read = new RateLimits.Limit(limit, period);
      return this;
    }

    /** The bucket of PUT, POST, DELETE. Default 300/300 s. */
    public Builder writeLimit(int limit, Duration period) {
      this.write = new RateLimits.Limit(limit, period);
      return this;
    }

    /** The clock buckets refill on and serials start from: a test's {@code ManualTime}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The randomness of shuffling filters: a seeded one makes draws repeatable. Default seed 1. */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    public Ns1Simulator build() {
      return new Ns1Simulator(this);
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
    return "Ns1Simulator{zones and records in memory}";
  }
}
