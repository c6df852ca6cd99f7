package denominator.clouddns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.http.RequestLimit;
import denominator.kit.ManualTime;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import denominator.tck.SimulatedVendor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request to Cloud DNS takes its turn in the account's request budget, by Rackspace's
 * per-method limits over {@code /status*} and {@code /domains*}. The simulator counts each of its
 * buckets in windows as Rackspace does, here one request per window of the declared interval (200
 * ms for reads, 800 ms for creates, ...), as tight as the declared rates allow, so that a request
 * sent before its turn gets Rackspace's 413 with {@code Reply-After}. Reads of zones and of records
 * share one limit, as they share Rackspace's. Time is a {@link ManualTime} shared by the provider
 * and the simulator, so the test waits for nothing.
 */
class CloudDnsBudgetTest {
  static final Instant START = Instant.parse("2026-12-04T00:00:00Z");
  static final Duration READ = Duration.ofMillis(200); // 60 s / 300
  static final Duration PACED_READ = Duration.ofMillis(204); // the budget keeps 2% under a limit
  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime(START);
  final CloudDnsSimulator simulator = windowsOfOneRequest().clock(time).build();

  /** Each of the simulator's buckets: one request per window of its declared limit's interval. */
  static CloudDnsSimulator.Builder windowsOfOneRequest() {
    CloudDnsSimulator.Builder builder = CloudDnsSimulator.builder();
    for (RequestLimit limit : CloudDnsProvider.REQUEST_LIMITS) {
      String[] endpoint = limit.endpoint().orElseThrow().split(" ");
      String bucket = endpoint[0] + " " + endpoint[1].replace("/v1.0/*", "").replace("/**", "");
      builder.rateLimit(bucket, 1, Duration.ofMillis(limit.interval().toMillis()));
    }
    return builder;
  }

  @BeforeEach
  void serve() {
    server.setDispatcher(simulator);
  }

  Denominator.Builder rackspace() {
    return Denominator.builder()
        .provider(new CloudDnsProvider())
        .url(SimulatedCloudDns.url(server))
        .credentials(SimulatedCloudDns.CREDENTIALS)
        .http(SimulatedVendor.QUICK_RETRIES)
        .clock(time)
        .sleeper(time);
  }

  @Test
  void theDeclaredLimitsAreRackspacesDocumentedDefaults() {
    assertThat(new CloudDnsProvider().metadata().requestLimits())
        .containsExactly(
            RequestLimit.perEndpoint("GET /v1.0/*/status/**", 15, Duration.ofSeconds(1)),
            RequestLimit.perEndpoint("GET /v1.0/*/domains/search", 20, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint("GET /v1.0/*/domains/**", 300, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint("POST /v1.0/*/domains/**", 75, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint("PUT /v1.0/*/domains/**", 150, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint("DELETE /v1.0/*/domains/**", 150, Duration.ofMinutes(1)));
    assertThat(new CloudDnsProvider().metadata().remainingHeader()).isEmpty();
  }

  @Test
  void readsOfZonesAndRecordsShareTheReadLimitAndAreNeverThrottled() {
    try (DNSApiManager manager = rackspace().build()) {
      DNSApi api = manager.api();
      String id = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      api.recordSets(id).iterator().hasNext();
      simulator.resetCounts();
      Instant reading = time.instant();
      for (int i = 0; i < 25; i++) {
        api.zones().iterator().next(); // GET /domains
        api.recordSets(id).iterator().hasNext(); // GET /domains/{id}/records
      }

      int reads = sum(simulator.requestCounts(), "GET /v1.0/{tenant}/domains");
      assertThat(reads).isGreaterThanOrEqualTo(50);
      assertThat(simulator.throttled()).isZero();
      // each read 200 ms after the one before, whichever its path
      assertThat(Duration.between(reading, time.instant()))
          .isEqualTo(PACED_READ.multipliedBy(reads));
    }
  }

  @Test
  void writesAndTheJobsTheyStartAreNeverThrottled() {
    try (DNSApiManager manager = rackspace().build()) {
      DNSApi api = manager.api();
      String id = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      for (int i = 0; i < 8; i++) {
        String name = "www" + i + ".example.com.";
        api.recordSets(id)
            .put(
                ResourceRecordSet.builder().name(name).type("A").ttl(300).add("192.0.2.1").build());
        api.recordSets(id)
            .put(
                ResourceRecordSet.builder().name(name).type("A").ttl(600).add("192.0.2.1").build());
        api.recordSets(id).delete(RecordSetKey.of(name, "A"));
      }
    }

    Map<String, Integer> counts = simulator.requestCounts();
    assertThat(sum(counts, "POST /v1.0")).isGreaterThanOrEqualTo(9);
    assertThat(sum(counts, "PUT /v1.0")).isGreaterThanOrEqualTo(8);
    assertThat(sum(counts, "DELETE /v1.0")).isGreaterThanOrEqualTo(8);
    assertThat(sum(counts, "GET /v1.0/{tenant}/status")).isPositive();
    assertThat(simulator.throttled()).isZero();
    // creates are the slowest: 800 ms apart
    assertThat(Duration.between(START, time.instant()))
        .isGreaterThanOrEqualTo(
            Duration.ofMillis(800).multipliedBy(sum(counts, "POST /v1.0") - 1L));
  }

  private static int sum(Map<String, Integer> counts, String prefix) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }
}
