package denominator.azure;

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
 * Every request to Azure takes its turn in the account's request budget. The simulator keeps Azure
 * DNS's documented per-zone rates as token buckets of two requests each, so that a request sent
 * sooner than its rate allows, after two at once, gets ARM's 429: nothing is throttled, and reads
 * take the limit's floor. Time is a {@link ManualTime} shared by the provider and the simulator, so
 * the test waits for nothing.
 */
class AzureBudgetTest {
  static final Instant START = Instant.parse("2026-12-04T00:00:00Z");
  static final String R = "/subscriptions/*/resourceGroups/*/providers/Microsoft.Network";
  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime(START);
  final AzureSimulator simulator = AzureSimulator.builder().burst(2).clock(time).build();

  @BeforeEach
  void serve() {
    server.setDispatcher(simulator);
  }

  Denominator.Builder azure() {
    return Denominator.builder()
        .provider(new AzureProvider())
        .url(SimulatedAzure.url(server))
        .credentials(SimulatedAzure.credentials(server, "s3cret"))
        .http(SimulatedVendor.QUICK_RETRIES)
        .clock(time)
        .sleeper(time);
  }

  @Test
  void theDeclaredLimitsAreArmsAndAzureDnssDocumentedOnes() {
    assertThat(new AzureProvider().metadata().requestLimits())
        .containsExactly(
            RequestLimit.perEndpoint("GET /subscriptions/**", 25, Duration.ofSeconds(1))
                .withBurst(250),
            RequestLimit.perEndpoint("PUT " + R + "/**", 1000, Duration.ofMinutes(5)),
            RequestLimit.perEndpoint("DELETE " + R + "/**", 1000, Duration.ofMinutes(5)),
            RequestLimit.perEndpoint("GET " + R + "/dnsZones", 60, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint("GET " + R + "/dnsZones/{zone}", 1000, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint("PUT " + R + "/dnsZones/{zone}", 40, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint("DELETE " + R + "/dnsZones/{zone}", 40, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint(
                "GET " + R + "/dnsZones/{zone}/recordsets", 60, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint(
                "GET " + R + "/dnsZones/{zone}/*/*", 2000, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint(
                "PUT " + R + "/dnsZones/{zone}/*/*", 200, Duration.ofMinutes(1)),
            RequestLimit.perEndpoint(
                "DELETE " + R + "/dnsZones/{zone}/*/*", 200, Duration.ofMinutes(1)));
    assertThat(new AzureProvider().metadata().remainingHeader())
        .isEqualTo("x-ms-ratelimit-remaining-subscription-resource-requests");
  }

  @Test
  void readsOfARecordSetAreNeverThrottledAndTakeTheFloor() {
    try (DNSApiManager manager = azure().build()) {
      DNSApi api = manager.api();
      String id = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      api.recordSets(id).put(www(300));
      RecordSetKey www = RecordSetKey.of("www.example.com.", "A");
      api.recordSets(id).get(www);
      simulator.resetCounts();
      Instant reading = time.instant();
      for (int i = 0; i < 50; i++) {
        assertThat(api.recordSets(id).get(www)).isPresent();
      }

      int reads = simulator.requests("GET R/dnsZones/{zone}/{type}/{name}");
      assertThat(reads).isEqualTo(50);
      assertThat(simulator.throttled()).isZero();
      assertThat(manager.budget().stats().throttled()).isZero();
      // 2,000 a minute: one each 30 ms
      assertThat(Duration.between(reading, time.instant()))
          .isEqualTo(Duration.ofNanos(30_600_000).multipliedBy(reads)); // 2% under the limit
    }
  }

  @Test
  void writesOfZonesAndRecordSetsAreNeverThrottled() {
    try (DNSApiManager manager = azure().build()) {
      DNSApi api = manager.api();
      String id = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      for (int i = 0; i < 10; i++) {
        api.recordSets(id).put(www(300 + i));
      }
      api.recordSets(id).delete(RecordSetKey.of("www.example.com.", "A"));
      api.zones().delete(id);
      assertThat(manager.budget().stats().throttled()).isZero();
    }

    Map<String, Integer> counts = simulator.requestCounts();
    int puts = counts.get("PUT R/dnsZones/{zone}/{type}/{name}");
    assertThat(puts).isEqualTo(10);
    assertThat(simulator.throttled()).isZero();
    // 200 a minute: 300 ms apart
    assertThat(Duration.between(START, time.instant()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300).multipliedBy(puts - 1L));
  }

  private static ResourceRecordSet www(int ttl) {
    return ResourceRecordSet.builder()
        .name("www.example.com.")
        .type("A")
        .ttl(ttl)
        .add("192.0.2.1")
        .build();
  }
}
