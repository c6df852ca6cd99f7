package denominator.benchmarks.scenarios;

import static denominator.benchmarks.scenarios.EvacuateScenario.fmt;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.kit.ManualTime;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.ns1.Ns1Simulator;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.MockWebServer;

/**
 * Scenario 8: NS1's rate limits. N plain sets put in one change set (one write request each, NS1
 * having no multi-record transaction) against the NS1 simulator enforcing a write bucket of 100
 * requests per 60 s, refilled continuously, as NS1's {@code X-RateLimit-*} headers describe it. The
 * simulator's clock and the provider's clock and sleeper are one {@link ManualTime}, so the pacing
 * runs in simulated time: the figure is how long the vendor's limit makes the work take, against
 * its floor (the first 100 writes at once, then one per 0.6 s), and how many 429s came.
 */
final class Ns1PacingScenario {
  static final int WRITE_LIMIT = 100;
  static final Duration WRITE_PERIOD = Duration.ofSeconds(60);
  private static final String ZONE = "paced.ns1.test.";

  private final Settings settings;

  Ns1PacingScenario(Settings settings) {
    this.settings = settings;
  }

  String report() throws Exception {
    int n = settings.ns1Sets();
    ManualTime time = new ManualTime(Instant.parse("2026-01-01T00:00:00Z"));
    Ns1Simulator simulator =
        Ns1Simulator.builder()
            .apiKey("bench-key")
            .writeLimit(WRITE_LIMIT, WRITE_PERIOD)
            .clock(time)
            .build();
    try (MockWebServer server = LoopbackServers.server()) {
      server.setDispatcher(simulator);
      server.start();
      try (DNSApiManager manager =
          Denominator.builder()
              .provider("ns1")
              .url(server.url("/v1").toString())
              .credentials(Credentials.of(Map.of("apiKey", "bench-key")))
              .clock(time)
              .sleeper(time)
              .build()) {
        DNSApi api = manager.api();
        Instant start = time.instant();
        long wallStart = System.nanoTime();
        String zone = api.zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 300));
        ChangeSet.Builder changes = ChangeSet.builder();
        for (int i = 0; i < n; i++) {
          changes.put(
              ResourceRecordSet.builder()
                  .name("host" + i + "." + ZONE)
                  .type("A")
                  .ttl(300)
                  .add("192.0.2." + (i % 250 + 1))
                  .build());
        }
        api.apply(zone, changes.build(), ApplyMode.BEST_EFFORT).orThrow();

        Duration simulated = Duration.between(start, time.instant());
        Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
        Map<String, Integer> counts = new TreeMap<>(simulator.requestCounts());
        int writes =
            counts.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("GET "))
                .mapToInt(Map.Entry::getValue)
                .sum();
        // the bucket starts full: writes past its size wait one refill each
        Duration floor =
            WRITE_PERIOD.multipliedBy(Math.max(0, writes - WRITE_LIMIT)).dividedBy(WRITE_LIMIT);
        Table table =
            new Table(
                "operation",
                "N (sets)",
                "requests",
                "of which",
                "429 answers",
                "simulated time",
                "floor",
                "ratio",
                "wall (real)");
        table.row(
            "create a zone, put N plain sets in one `ChangeSet` (BEST_EFFORT)",
            fmt(n),
            fmt(simulator.requests().size()),
            cells(counts),
            fmt(simulator.throttled()),
            seconds(simulated),
            seconds(floor),
            floor.isZero()
                ? "–"
                : String.format("%.3f×", simulated.toMillis() / (double) floor.toMillis()),
            wall.toMillis() + " ms");
        return "### 8. Pacing under NS1's rate limit (NS1 simulator)\n\n"
            + "The NS1 simulator (test-jar of `providers/ns1`) on loopback with a write bucket of "
            + WRITE_LIMIT
            + " requests per "
            + WRITE_PERIOD.toSeconds()
            + " s (reads 900 per 300 s), buckets full at the start. Simulator and provider share"
            + " one manual clock, so waits are simulated, not slept: \"simulated time\" is how long"
            + " the work takes under the limit, \"floor\" the least the limit allows for these"
            + " writes (the first "
            + WRITE_LIMIT
            + " at once, then one per "
            + WRITE_PERIOD.dividedBy(WRITE_LIMIT).toMillis()
            + " ms). The provider paces by the `X-RateLimit-*` headers of each answer.\n\n"
            + table
            + "\n";
      }
    }
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }

  private static String cells(Map<String, Integer> counts) {
    StringBuilder out = new StringBuilder();
    counts.forEach(
        (operation, count) ->
            out.append(out.isEmpty() ? "" : ", ")
                .append('`')
                .append(operation)
                .append("` ×")
                .append(count));
    return out.toString();
  }
}
