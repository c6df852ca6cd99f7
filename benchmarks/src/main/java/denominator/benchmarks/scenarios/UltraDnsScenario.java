package denominator.benchmarks.scenarios;

import static denominator.benchmarks.scenarios.EvacuateScenario.check;
import static denominator.benchmarks.scenarios.EvacuateScenario.fmt;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.traffic.OperationResult;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import denominator.ultradns.UltraDnsSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;

/**
 * Scenario 7: the UltraDNS simulator on loopback. Puts N geo names (three qualifiers each, as the
 * failover lab: one directional pool per name) in one ATOMIC change set, then evacuates one
 * qualifier of those names. Requests are counted at the simulator in one run of each; the wall
 * times come from further runs, each on a fresh zone.
 */
final class UltraDnsScenario {
  private static final String ZONE_SUFFIX = ".ultradns.test.";
  private static final List<String> SAVIOURS = List.of("us-west", "eu-west");

  private final Settings settings;
  private final AtomicInteger zones = new AtomicInteger();

  UltraDnsScenario(Settings settings) {
    this.settings = settings;
  }

  /** One of the two operations, on the zone given. */
  private interface Operation {
    void run(DNSApi api, String zone);
  }

  String report() throws Exception {
    int n = settings.ultraDnsNames();
    UltraDnsSimulator simulator = new UltraDnsSimulator();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(simulator);
      server.start();
      try (DNSApiManager manager =
          Denominator.builder()
              .provider("ultradns")
              .url(server.url("/").toString())
              .credentials(Credentials.of(Map.of("username", "user", "password", "password")))
              .build()) {
        DNSApi api = manager.api();
        Operation put = (a, zone) -> put(a, zone, n);
        Operation evacuate = UltraDnsScenario::evacuate;
        Counted putCounted = count(simulator, api, put, false);
        Counted evacuateCounted = count(simulator, api, evacuate, true);
        Timing putTiming = time(simulator, api, put, false);
        Timing evacuateTiming = time(simulator, api, evacuate, true);
        Table table =
            new Table(
                "operation",
                "N (names)",
                "requests",
                "of which",
                "requests in /v1/batch",
                "wall: median (min–max)");
        table.row(
            "put N geo names, 3 qualifiers each, one ATOMIC `ChangeSet`",
            fmt(n),
            fmt(putCounted.requests()),
            putCounted.breakdown(),
            putCounted.batched(),
            putTiming.cell());
        table.row(
            "evacuate us-east of those names (`Traffic.apply`, ATOMIC)",
            fmt(n),
            fmt(evacuateCounted.requests()),
            evacuateCounted.breakdown(),
            evacuateCounted.batched(),
            evacuateTiming.cell());
        return "### 7. Geo names at UltraDNS (UltraDNS simulator)\n\n"
            + "The UltraDNS simulator (test-jar of `providers/ultradns`) on loopback, no injected"
            + " latency: requests are what the provider sends; times are mostly the simulator's"
            + " and the JVM's. Each name has the failover lab's geo sets (us-east: NA, SA; us-west:"
            + " AS, OC; eu-west: AF, AN, EU), one directional pool per name. Requests counted in"
            + " one run of each (the put's includes the token grant), times over "
            + settings.runs()
            + " more runs, each on a fresh zone.\n\n"
            + table
            + "\n";
      }
    }
  }

  /** Requests one run sends: round trips, per method and path, and requests inside batches. */
  private record Counted(int requests, String breakdown, String batched) {}

  private Counted count(
      UltraDnsSimulator simulator, DNSApi api, Operation operation, boolean seed) {
    String zone = freshZone(simulator, api, seed);
    simulator.resetCounts();
    operation.run(api, zone);
    return new Counted(
        simulator.requests().size(),
        cells(simulator.requestCounts()),
        cells(simulator.batchedRequestCounts()));
  }

  private Timing time(UltraDnsSimulator simulator, DNSApi api, Operation operation, boolean seed)
      throws Exception {
    String[] zone = new String[1];
    return Timing.measure(
        settings.runs(),
        new Timing.Trial() {
          @Override
          public void prepare() {
            zone[0] = freshZone(simulator, api, seed);
          }

          @Override
          public void run() {
            operation.run(api, zone[0]);
          }
        });
  }

  /** A new zone, already holding the N geo names when the operation evacuates them. */
  private String freshZone(UltraDnsSimulator simulator, DNSApi api, boolean seeded) {
    String zone = "geo-" + zones.incrementAndGet() + ZONE_SUFFIX;
    simulator.seedZone(zone);
    if (seeded) {
      put(api, zone, settings.ultraDnsNames());
    }
    return zone;
  }

  private static void put(DNSApi api, String zone, int n) {
    ChangeSet.Builder sets = ChangeSet.builder();
    for (int i = 0; i < n; i++) {
      String host = "app" + i + "." + zone;
      sets.put(geo(host, "us-east", "continent:NA,continent:SA", "192.0.2.1"));
      sets.put(geo(host, "us-west", "continent:AS,continent:OC", "192.0.2.2"));
      sets.put(geo(host, "eu-west", "continent:AF,continent:AN,continent:EU", "192.0.2.3"));
    }
    ChangeResult result = api.apply(zone, sets.build(), ApplyMode.ATOMIC);
    check(result.await(Duration.ofMinutes(5)).succeeded(), "put failed: " + result.failures());
  }

  private static void evacuate(DNSApi api, String zone) {
    Target target = new Target("ultradns", api, zone, zone);
    OperationResult result =
        Traffic.apply(
            List.of(target),
            Traffic.planEvacuation(
                List.of(target), "us-east", SAVIOURS, SaviourPolicy.nearestByContinent()),
            ApplyMode.ATOMIC);
    check(result.await(Duration.ofMinutes(5)).succeeded(), "evacuate failed");
  }

  private static ResourceRecordSet geo(
      String host, String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name(host)
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }

  /** {@code PUT /v1/... ×2, POST /v1/batch ×2}, in a stable order. */
  private static String cells(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "–";
    }
    return new TreeMap<>(counts)
        .entrySet().stream()
            .map(e -> "`" + e.getKey() + "` ×" + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
