package denominator.benchmarks.scenarios;

import static denominator.benchmarks.scenarios.EvacuateScenario.fmt;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.azure.AzureSimulator;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.clouddns.CloudDnsSimulator;
import denominator.cloudflare.CloudflareSimulator;
import denominator.designate.DesignateSimulator;
import denominator.googledns.GoogleDnsSimulator;
import denominator.googledns.ServiceAccounts;
import denominator.http.RequestBudget;
import denominator.kit.ManualTime;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;

/**
 * Scenario 9: what one change set costs at the vendors with a batch API (Cloudflare's atomic {@code
 * /batch} of 200 records, Cloud DNS's atomic change of 1,000 rrsets) and at one without (Designate,
 * one request per set), each against its simulator with the vendor's default limits, in ATOMIC
 * mode: N new sets in an empty zone, then the same N sets changed (a TTL and a second value each).
 * Requests are counted by the simulator, per method and path. Simulator and provider share one
 * manual clock, so {@code await} (Cloud DNS polls its change until {@code done}, Designate the zone
 * until {@code ACTIVE}, here after a propagation delay of 2 s) runs in simulated time. Requests are
 * not paced by the request budget: scenarios 10 and 11 measure that.
 */
final class VendorChangeSetScenario {
  private static final Duration PROPAGATION = Duration.ofSeconds(2);

  private final Settings settings;

  VendorChangeSetScenario(Settings settings) {
    this.settings = settings;
  }

  String report() throws Exception {
    Table table =
        new Table(
            "vendor",
            "change set (ATOMIC)",
            "N",
            "requests",
            "of which",
            "apply + await (simulated)",
            "wall (real)");
    int n = settings.batchChanges();
    ManualTime cloudflareTime = time();
    CloudflareSimulator cloudflare = CloudflareSimulator.builder().clock(cloudflareTime).build();
    run(
        table,
        "Cloudflare",
        n,
        cloudflare,
        cloudflare::requestCounts,
        cloudflare::resetCounts,
        cloudflareTime,
        server ->
            Denominator.builder()
                .requestBudget(RequestBudget.unlimited())
                .provider("cloudflare")
                .url(server.url("/client/v4").toString())
                .credentials(
                    Credentials.of(
                        Map.of(
                            "apiToken",
                            "cloudflare-test-token",
                            "accountId",
                            "0123456789abcdef0123456789abcdef"))));

    ManualTime googleTime = time();
    GoogleDnsSimulator google =
        GoogleDnsSimulator.builder().project("bench").clock(googleTime).build();
    run(
        table,
        "Cloud DNS",
        n,
        google,
        google::requestCounts,
        google::resetCounts,
        googleTime,
        server ->
            Denominator.builder()
                .requestBudget(RequestBudget.unlimited())
                .provider("googledns")
                .url(server.url("/dns/v1").toString())
                .credentials(
                    Credentials.of(
                        Map.of(
                            "serviceAccountKey",
                            ServiceAccounts.shared()
                                .keyJson(
                                    server.url(GoogleDnsSimulator.TOKEN_PATH).toString(),
                                    "bench")))));

    ManualTime designateTime = time();
    DesignateSimulator designate =
        DesignateSimulator.builder()
            .applicationCredential("bench", "bench-secret")
            .propagationDelay(PROPAGATION)
            .maxZoneRecordSets(100_000)
            .maxZoneRecords(100_000)
            .clock(designateTime)
            .build();
    run(
        table,
        "Designate",
        settings.designateChanges(),
        designate,
        designate::requestCounts,
        designate::resetCounts,
        designateTime,
        server ->
            Denominator.builder()
                .requestBudget(RequestBudget.unlimited())
                .provider("designate")
                .url(server.url("/identity/v3").toString())
                .credentials(
                    Credentials.of(
                        Map.of(
                            "applicationCredentialId",
                            "bench",
                            "applicationCredentialSecret",
                            "bench-secret"))));

    ManualTime azureTime = time();
    AzureSimulator azure =
        AzureSimulator.builder().unlimited().maxRecordSets(100_000).clock(azureTime).build();
    run(
        table,
        "Azure",
        settings.designateChanges(),
        azure,
        azure::requestCounts,
        azure::resetCounts,
        azureTime,
        server ->
            Denominator.builder()
                .requestBudget(RequestBudget.unlimited())
                .provider("azure")
                .url(server.url("/").toString())
                .credentials(
                    Credentials.of(
                        Map.of(
                            "tenantId", "tid",
                            "clientId", "cid",
                            "clientSecret", "s3cret",
                            "subscriptionId", "sub",
                            "resourceGroup", "rg",
                            "authority", server.url("/").toString()))));

    ManualTime rackspaceTime = time();
    CloudDnsSimulator rackspace =
        CloudDnsSimulator.builder()
            .noRateLimits()
            .jobDelay(PROPAGATION)
            .maxRecordsPerDomain(100_000)
            .clock(rackspaceTime)
            .build();
    run(
        table,
        "Rackspace",
        settings.designateChanges(),
        rackspace,
        rackspace::requestCounts,
        rackspace::resetCounts,
        rackspaceTime,
        server ->
            Denominator.builder()
                .requestBudget(RequestBudget.unlimited())
                .provider("clouddns")
                .url(server.url("/v2.0").toString())
                .credentials(Credentials.of(Map.of("username", "joe", "apiKey", "k3y"))));

    return "### 9. One change set at Cloudflare, Cloud DNS, Designate, Azure and Rackspace"
        + " (simulators)\n\n"
        + "Each vendor's simulator (test-jars of `providers/cloudflare`, `providers/googledns`,"
        + " `providers/designate`, `providers/azure`, `providers/clouddns`) on loopback with"
        + " the vendor's default batch limits: Cloudflare takes 200 record operations per"
        + " `/batch`, Cloud DNS 1,000 rrsets per change, Rackspace 100 records per job and"
        + " kind of write, Designate and Azure one set per request (rate limits off)."
        + " \"requests\" counts every request the simulator answered for the change set and its"
        + " `await`, sign-in included where it happened then; Designate's zone becomes `ACTIVE`"
        + " and a Rackspace job completes "
        + PROPAGATION.toSeconds()
        + " s after a write, on a clock the provider shares (waits are simulated, not slept:"
        + " Rackspace's provider waits for a batch's jobs before the next batch). Cloudflare's"
        + " and Azure's writes are synchronous: nothing to await.\n\n"
        + table
        + "\n";
  }

  private void run(
      Table table,
      String vendor,
      int n,
      Dispatcher simulator,
      Supplier<Map<String, Integer>> counts,
      Runnable reset,
      ManualTime time,
      Function<MockWebServer, Denominator.Builder> builder)
      throws Exception {
    try (MockWebServer server = LoopbackServers.server()) {
      server.setDispatcher(simulator);
      server.start();
      try (DNSApiManager manager = builder.apply(server).clock(time).sleeper(time).build()) {
        DNSApi api = manager.api();
        String zoneName = vendor.toLowerCase().replace(' ', '-') + ".bench.test.";
        String zone = api.zones().put(Zone.create(zoneName, "hostmaster@" + zoneName, 300));
        ChangeSet.Builder create = ChangeSet.builder();
        ChangeSet.Builder update = ChangeSet.builder();
        for (int i = 0; i < n; i++) {
          create.put(set("host" + i + "." + zoneName, 300, address(i)));
          update.put(set("host" + i + "." + zoneName, 600, address(i), "198.51.100.1"));
        }
        row(table, vendor, "N new sets", n, api, zone, create.build(), counts, reset, time);
        row(table, vendor, "the same N changed", n, api, zone, update.build(), counts, reset, time);
      }
    }
  }

  private static void row(
      Table table,
      String vendor,
      String what,
      int n,
      DNSApi api,
      String zone,
      ChangeSet changes,
      Supplier<Map<String, Integer>> counts,
      Runnable reset,
      ManualTime time) {
    reset.run();
    long wallStart = System.nanoTime();
    Instant start = time.instant();
    ChangeResult result = api.apply(zone, changes, ApplyMode.ATOMIC).orThrow();
    result.await(Duration.ofMinutes(10));
    Duration awaited = Duration.between(start, time.instant());
    Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
    Map<String, Integer> byKind = new TreeMap<>(counts.get());
    table.row(
        vendor,
        what,
        fmt(n),
        fmt(byKind.values().stream().mapToInt(Integer::intValue).sum()),
        cells(byKind),
        String.format("%.1f s", awaited.toMillis() / 1000.0),
        wall.toMillis() + " ms");
  }

  private static ResourceRecordSet set(String name, int ttl, String... addresses) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A").ttl(ttl);
    for (String address : addresses) {
      set.add(address);
    }
    return set.build();
  }

  private static String address(int i) {
    return "192.0." + (i / 250 + 2) + "." + (i % 250 + 1);
  }

  private static ManualTime time() {
    return new ManualTime(Instant.parse("2026-01-01T00:00:00Z"));
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
