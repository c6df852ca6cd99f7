package denominator.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.http.RequestBudget;
import denominator.http.RequestLimit;
import denominator.kit.ManualTime;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import denominator.tck.SimulatedVendor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Every request to Cloudflare takes its turn in the account's request budget: against a simulator
 * whose bucket holds one request and refills one each 250 ms (Cloudflare's 1,200 per five minutes,
 * without the burst Cloudflare's window would punish), nothing is throttled, and the time taken is
 * the limit's floor. Time is a {@link ManualTime} shared by the provider and the simulator, so the
 * test waits for nothing.
 */
class CloudflareBudgetTest {
  static final Instant START = Instant.parse("2026-12-04T00:00:00Z");
  static final Duration INTERVAL = Duration.ofMillis(250); // 300 s / 1,200
  static final Duration PACED = Duration.ofMillis(255); // the budget keeps 2% under a limit
  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime(START);

  /** A simulator that answers Cloudflare's 429 (code 971) to a request sooner than 250 ms. */
  CloudflareSimulator serve() {
    CloudflareSimulator simulator =
        SimulatedCloudflare.roomy().rateLimit(1, INTERVAL).clock(time).build();
    server.setDispatcher(simulator);
    return simulator;
  }

  Denominator.Builder cloudflare() {
    return Denominator.builder()
        .provider(new CloudflareProvider())
        .url(SimulatedCloudflare.url(server))
        .credentials(SimulatedCloudflare.CREDENTIALS)
        .http(SimulatedVendor.QUICK_RETRIES)
        .clock(time)
        .sleeper(time);
  }

  @Test
  void theDeclaredLimitIsCloudflaresDocumentedOne() {
    assertThat(new CloudflareProvider().metadata().requestLimits())
        .containsExactly(RequestLimit.perAccount(1200, Duration.ofSeconds(300)));
    assertThat(new CloudflareProvider(3500).metadata().requestLimits())
        .containsExactly(CloudflareProvider.REQUEST_LIMIT);
    assertThat(new CloudflareProvider().metadata().remainingHeader()).isEmpty();
    assertThat(CloudflareProvider.REQUEST_LIMIT.interval()).isEqualTo(INTERVAL);
  }

  @Test
  void requestsWithinTheDeclaredLimitAreNeverThrottled() {
    CloudflareSimulator simulator = serve();
    try (DNSApiManager manager = cloudflare().build()) {
      DNSApi api = manager.api();
      String id = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      for (int i = 0; i < 50; i++) {
        api.recordSets(id).iterator().hasNext();
      }
      assertThat(manager.budget().stats().requests()).isEqualTo(simulator.requests().size());
    }

    assertThat(simulator.throttled()).isZero();
    int requests = simulator.requests().size();
    assertThat(requests).isGreaterThan(50);
    // the first at once, then one each 250 ms
    assertThat(Duration.between(START, time.instant()))
        .isEqualTo(PACED.multipliedBy(requests - 1L));
  }

  @Test
  void aLimitRaisedPastTheAccountsIsThrottledThenSlowsDownAndEveryRequestSucceeds() {
    CloudflareSimulator simulator = serve();
    RequestBudget tooFast = new RequestBudget(List.of(RequestLimit.parse("50")), "", time, time);
    try (DNSApiManager manager = cloudflare().requestBudget(tooFast).build()) {
      DNSApi api = manager.api();
      String id = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      for (int i = 0; i < 50; i++) {
        api.recordSets(id).iterator().hasNext(); // a throttled read retried past its turn
      }
    }

    assertThat(simulator.throttled()).isPositive();
    assertThat(tooFast.stats().throttled()).isEqualTo(simulator.throttled());
    assertThat(tooFast.stats().interval()).isGreaterThan(Duration.ofMillis(20));
  }

  @Test
  void anAccountWithARaisedLimitReplacesIt() {
    RequestLimit raised = RequestLimit.parse("4000/300");
    try (DNSApiManager manager =
        cloudflare().url("http://127.0.0.1:1/client/v4").requestLimit(raised).build()) {
      assertThat(manager.budget().limits()).containsExactly(raised);
    }
  }
}
