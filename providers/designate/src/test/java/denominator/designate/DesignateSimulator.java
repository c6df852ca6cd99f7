package denominator.designate;

import com.google.gson.JsonObject;
import denominator.tck.CountingDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A stateful fake of OpenStack Designate v2 behind Keystone v3 as one MockWebServer dispatcher,
 * serving the wire page ({@code designate-wire.md}) exactly. Keystone under {@code /identity/v3}:
 * password and application-credential tokens with an expiry on an injectable clock and a catalog
 * pointing back at the server. Designate under {@code /dns/v2} (RegionOne) and {@code /r2/dns/v2}
 * (RegionTwo, the same state): {@code X-Auth-Token} checked as keystonemiddleware does; zones and
 * record sets with Designate's checks, error bodies, quotas and marker paging; writes PENDING until
 * the propagation delay has passed on the clock. Optional throttling (a proxy's 429), counters per
 * method and path pattern, and a zone's raw record sets ({@link #stateOf}).
 *
 * <p>Thread-safe: requests are handled one at a time.
 */
public final class DesignateSimulator extends CountingDispatcher {
  private final Keystone keystone;
  private final DesignateService service;
  private final Stamps stamps;

  private DesignateSimulator(Builder builder) {
    this.stamps = new Stamps(builder.clock, builder.random);
    List<Keystone.Project> projects = new ArrayList<>();
    projects.add(new Keystone.Project(builder.projectName, stamps.hex32(), "member"));
    builder.otherProjects.forEach(
        name -> projects.add(new Keystone.Project(name, stamps.hex32(), "member")));
    builder.readOnlyProjects.forEach(
        name -> projects.add(new Keystone.Project(name, stamps.hex32(), "reader")));
    this.keystone =
        new Keystone(
            stamps,
            builder.username,
            builder.password,
            builder.applicationCredentialId,
            builder.applicationCredentialSecret,
            builder.tokenLifetime,
            projects);
    this.service =
        new DesignateService(
            stamps, builder.quotas(), builder.propagationDelay, builder.defaultLimit);
  }

  /** A simulator with the builder's defaults. */
  public DesignateSimulator() {
    this(builder());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Makes every token issued so far expired: the next call with one is answered 401. */
  public synchronized void expireAllTokens() {
    keystone.expireAll();
  }

  /**
   * Makes the next propagation of the zone (by name, with its dot; one not created yet counts once
   * it is) end in ERROR for the zone and its PENDING records; a later write's propagation succeeds
   * again.
   */
  public synchronized void failPropagation(String zoneName) {
    service.failPropagation(zoneName);
  }

  /** Whether a zone of this name (with its dot) exists, deleting or not. */
  public synchronized boolean hasZone(String zoneName) {
    service.settle();
    return service.byName(zoneName).isPresent();
  }

  /**
   * Every record set of a zone but its SOA (whose serial moves on every write), keyed {@code
   * "<name> <type>"}, valued by what another tool controls as JSON: name, type, ttl (null: the
   * zone's), description and the record strings sorted. Ids, statuses and times are left out: a
   * write renews them.
   */
  public synchronized Map<String, String> stateOf(String zoneName) {
    service.settle();
    SimulatedZone zone =
        service
            .byName(zoneName)
            .orElseThrow(() -> new IllegalArgumentException("no zone " + zoneName));
    Map<String, String> state = new LinkedHashMap<>();
    for (SimulatedRecordSet set : zone.inOrder()) {
      if (!set.type().equals("SOA")) {
        state.put(set.name() + " " + set.type(), set.state());
      }
    }
    return state;
  }

  /** The zone's {@code status} now (after any propagation due), if it exists. */
  public synchronized Optional<String> zoneStatus(String zoneName) {
    service.settle();
    return service.byName(zoneName).map(SimulatedZone::status);
  }

  /**
   * The URL the client reached the server on, ending in "/": the catalog points back at it, so a
   * client behind a proxy (the fault matrix's) keeps going through the proxy.
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
    int dns = dnsPrefix(path);
    String route =
        request.getMethod()
            + " "
            + (dns > 0
                ? "/"
                    + String.join("/", path.subList(0, dns))
                    + DesignateService.pattern(path.subList(dns, path.size()))
                : "/" + String.join("/", path));
    count(route);
    DesignateReply reply;
    if (dns > 0) {
      reply = designate(request, url, path, dns, root, body);
    } else if (path.size() >= 2 && path.get(0).equals("identity") && path.get(1).equals("v3")) {
      reply = identity(request.getMethod(), path, root, body);
    } else {
      reply = DesignateRefusal.of(404, "not_found", "No route " + route).reply("req-none");
    }
    return reply.toResponse();
  }

  private DesignateReply identity(String method, List<String> path, String root, String body) {
    String route = method + " /" + String.join("/", path);
    return switch (route) {
      case "POST /identity/v3/auth/tokens" -> keystone.issue(body, root);
      case "GET /identity/v3" -> DesignateReply.of(200, Discovery.keystone(root));
      default -> Keystone.notFound(route);
    };
  }

  private DesignateReply designate(
      RecordedRequest request, HttpUrl url, List<String> path, int dns, String root, String body) {
    String base = root + String.join("/", path.subList(0, dns));
    if (path.size() == dns && request.getMethod().equals("GET")) {
      // version discovery: unauthenticated, as Designate's root answers it (clients ask first)
      return DesignateReply.of(200, Discovery.designate(base));
    }
    String requestId = "req-" + stamps.uuid();
    if (forcedThrottle()) {
      countThrottled();
      return DesignateRefusal.rateLimited()
          .reply(requestId)
          .withHeader("X-Openstack-Request-Id", requestId);
    }
    Optional<Keystone.Grant> grant = keystone.check(request.getHeaders().get("X-Auth-Token"));
    if (grant.isEmpty()) {
      return Keystone.unauthorized(root + "identity");
    }
    service.settle();
    DesignateService.Call call =
        new DesignateService.Call(
            request.getMethod(),
            path.subList(dns, path.size()),
            url,
            base,
            body,
            grant.get().project());
    DesignateReply reply;
    try {
      DesignateService.Reply made = new DesignateService.Reply();
      JsonObject json = service.handle(call, made);
      reply = DesignateReply.of(made.status, json);
      if (made.location != null) {
        reply = reply.withHeader("Location", made.location);
      }
    } catch (DesignateRefusal refusal) {
      reply = refusal.reply(requestId);
    } catch (IllegalStateException | ClassCastException | UnsupportedOperationException e) {
      // Gson's accessors throw these when a member has the wrong JSON shape
      reply =
          DesignateRefusal.invalidObject("Malformed request: " + e.getMessage()).reply(requestId);
    }
    return reply.withHeader("X-Openstack-Request-Id", requestId);
  }

  /** How many leading segments name a DNS endpoint: 1 for {@code dns}, 2 for {@code r2/dns}. */
  private static int dnsPrefix(List<String> path) {
    if (!path.isEmpty() && path.get(0).equals("dns")) {
      return 1;
    }
    return path.size() >= 2 && path.get(0).equals("r2") && path.get(1).equals("dns") ? 2 : 0;
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
    private String username = "demo";
    private String password = "s3cret";
    private String projectName = "demo";
    private String applicationCredentialId = "ac1";
    private String applicationCredentialSecret = "ac1-s3cret";
    private final List<String> otherProjects = new ArrayList<>();
    private final List<String> readOnlyProjects = new ArrayList<>();
    private Duration tokenLifetime = Duration.ofSeconds(3600);
    private Duration propagationDelay = Duration.ofSeconds(1);
    private int defaultLimit = 20;
    private int maxLimit = 1000;
    private int maxZones = Quotas.DEFAULTS.zones();
    private int maxZoneRecordSets = Quotas.DEFAULTS.zoneRecordSets();
    private int maxZoneRecords = Quotas.DEFAULTS.zoneRecords();
    private int maxRecordSetRecords = Quotas.DEFAULTS.recordSetRecords();
    private Integer minTtl;
    private Clock clock = Clock.systemUTC();
    private Random random = new Random(1);

    private Builder() {}

    /** The one user Keystone knows, in domain {@code Default}: credentials. */
    public Builder user(String username, String password) {
      this.username = username;
      this.password = password;
      return this;
    }

    /** The user's project (domain {@code Default}), role member. Default {@code demo}. */
    public Builder project(String projectName) {
      this.projectName = projectName;
      return this;
    }

    /** Another project the user may scope to, role member, with zones of its own. */
    public Builder otherProject(String projectName) {
      this.otherProjects.add(projectName);
      return this;
    }

    /** A project the user may scope to with role reader: every write is 403 forbidden. */
    public Builder readOnlyProject(String projectName) {
      this.readOnlyProjects.add(projectName);
      return this;
    }

    /** The one application credential Keystone knows, scoped to the user's project. */
    public Builder applicationCredential(String id, String secret) {
      this.applicationCredentialId = id;
      this.applicationCredentialSecret = secret;
      return this;
    }

    /** How long a token lives on the clock. Default 3600 s, Keystone's. */
    public Builder tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = tokenLifetime;
      return this;
    }

    /** How long after a zone's last write it propagates (PENDING to ACTIVE). Default 1 s. */
    public Builder propagationDelay(Duration propagationDelay) {
      this.propagationDelay = propagationDelay;
      return this;
    }

    /** The page size without {@code limit}. Default 20, Designate's. */
    public Builder defaultLimit(int defaultLimit) {
      this.defaultLimit = positive(defaultLimit, "defaultLimit");
      return this;
    }

    /** The page size of {@code limit=max}, and the cap of a larger number. Default 1000. */
    public Builder maxLimit(int maxLimit) {
      this.maxLimit = positive(maxLimit, "maxLimit");
      return this;
    }

    /** Zones per project. Default 10. */
    public Builder maxZones(int maxZones) {
      this.maxZones = positive(maxZones, "maxZones");
      return this;
    }

    /** Record sets per zone, the managed SOA and NS included. Default 500. */
    public Builder maxZoneRecordSets(int maxZoneRecordSets) {
      this.maxZoneRecordSets = positive(maxZoneRecordSets, "maxZoneRecordSets");
      return this;
    }

    /** Non-managed records per zone. Default 500. */
    public Builder maxZoneRecords(int maxZoneRecords) {
      this.maxZoneRecords = positive(maxZoneRecords, "maxZoneRecords");
      return this;
    }

    /** Records per record set. Default 20. */
    public Builder maxRecordSetRecords(int maxRecordSetRecords) {
      this.maxRecordSetRecords = positive(maxRecordSetRecords, "maxRecordSetRecords");
      return this;
    }

    /** The least TTL accepted ({@code invalid_ttl} below). Default none. */
    public Builder minTtl(int minTtl) {
      this.minTtl = minTtl;
      return this;
    }

    /** The clock of token expiry, propagation, serials and times: a test's {@code ManualTime}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The randomness of ids and tokens: a seeded one makes runs repeat. Default seed 1. */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    public DesignateSimulator build() {
      return new DesignateSimulator(this);
    }

    Quotas quotas() {
      return new Quotas(
          maxZones, maxZoneRecordSets, maxZoneRecords, maxRecordSetRecords, minTtl, maxLimit);
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
    return "DesignateSimulator{Keystone and Designate in memory}";
  }
}
