package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request to Route53 takes its turn in the account's request budget: against a simulator that
 * throttles past five requests a second (bursts of five), as Route53 documents, nothing is
 * throttled, and the time taken is the limit's floor. Time is a {@link ManualTime} shared by the
 * provider and the simulator, so the test waits for nothing.
 */
class Route53BudgetTest {
  static final Instant START = Instant.parse("2026-12-04T00:00:00Z");
  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime(START);
  final Route53Simulator simulator = new Route53Simulator("AKID", 7).clock(time);

  @BeforeEach
  void serve() {
    server.setDispatcher(simulator);
  }

  Denominator.Builder route53() {
    return Denominator.builder()
        .provider(new Route53Provider())
        .url(server.url("/").toString())
        .credentials(Credentials.of("AKID", "SECRET"))
        .http(SimulatedVendor.QUICK_RETRIES)
        .clock(time)
        .sleeper(time);
  }

  @Test
  void theDeclaredLimitsAreRoute53sDocumentedOnes() {
    assertThat(new Route53Provider().metadata().requestLimits())
        .containsExactly(
            RequestLimit.perAccount(5, Duration.ofSeconds(1)).withBurst(5),
            RequestLimit.perEndpoint("POST /2013-04-01/hostedzone", 2, Duration.ofSeconds(1))
                .withBurst(2));
  }

  @Test
  void requestsWithinTheDeclaredLimitAreNeverThrottled() {
    simulator.limitRate(5, 5);
    try (DNSApiManager manager = route53().build()) {
      DNSApi api = manager.api();
      String id = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      for (int i = 0; i < 50; i++) {
        api.recordSets(id).iterator().hasNext();
      }
    }

    assertThat(simulator.throttledByRate()).isZero();
    int requests = simulator.requests();
    // a burst of five at once, then one each 204 ms (2% under the limit)
    assertThat(Duration.between(START, time.instant()))
        .isEqualTo(Duration.ofMillis(204L * (requests - 5)));
  }

  @Test
  void managersSharingABudgetShareTheAccountsLimit() {
    simulator.limitRate(5, 5);
    RequestBudget account =
        new RequestBudget(new Route53Provider().metadata().requestLimits(), "", time, time);
    try (DNSApiManager first = route53().requestBudget(account).build();
        DNSApiManager second = route53().requestBudget(account).build()) {
      String id =
          first.api().zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      for (int i = 0; i < 20; i++) {
        first.api().recordSets(id).iterator().hasNext();
        second.api().recordSets(id).iterator().hasNext();
      }
    }

    assertThat(simulator.throttledByRate()).isZero();
    assertThat(account.stats().requests()).isEqualTo(simulator.requests());
  }

  @Test
  void aLimitRaisedPastTheAccountsIsThrottledThenSlowsDownAndEveryRequestSucceeds() {
    simulator.limitRate(5, 5);
    RequestBudget tooFast = new RequestBudget(List.of(RequestLimit.parse("50")), "", time, time);
    try (DNSApiManager manager = route53().requestBudget(tooFast).build()) {
      DNSApi api = manager.api();
      String id = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
      for (int i = 0; i < 50; i++) {
        assertThat(api.recordSets(id).iterator().hasNext()).isTrue();
      }
    }

    assertThat(simulator.throttledByRate()).isPositive();
    assertThat(tooFast.stats().throttled()).isEqualTo(simulator.throttledByRate());
    assertThat(tooFast.stats().interval()).isGreaterThan(Duration.ofMillis(20));
  }

  @Test
  void theAccountLimitCanBeRaisedForAccountsOnNewerLimitsKeepingTheEndpointLimits() {
    RequestLimit raised = RequestLimit.parse("10").withBurst(50);
    try (DNSApiManager manager = route53().requestLimit(raised).build()) {
      assertThat(manager.budget().limits())
          .containsExactly(
              raised,
              RequestLimit.perEndpoint("POST /2013-04-01/hostedzone", 2, Duration.ofSeconds(1))
                  .withBurst(2));
    }
  }
}
