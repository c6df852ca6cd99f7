package denominator.route53;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.http.RequestBudget;
import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SimulatedVendor;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;

/**
 * Opens managers to a simulator served by a MockWebServer, with quick retries. Registered as a
 * static extension, serves a fresh simulator on loopback for the test class.
 */
final class SimulatedRoute53 extends SimulatedVendor<Route53Simulator> {
  SimulatedRoute53() {
    super(new Route53Simulator(), SimulatedRoute53::target);
  }

  /** A server, to start, that answers as {@code simulator}. */
  static MockWebServer serving(Route53Simulator simulator) {
    MockWebServer server = LoopbackServers.server();
    server.setDispatcher(simulator);
    return server;
  }

  /**
   * The provider on the simulator {@code server} serves, with keys it takes and keys it refuses.
   */
  static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(
            new Route53Provider(), server.url("/").toString(), Credentials.of("AKID", "SECRET"))
        .withBadCredentials(Credentials.of("WRONG", "SECRET"))
        .withZonePageSize(100); // ListHostedZones' default maxitems
  }

  static DNSApiManager connect(MockWebServer server) {
    return connect(server, () -> Credentials.of("AKID", "SECRET"));
  }

  static DNSApiManager connect(MockWebServer server, Supplier<Credentials> credentials) {
    return builder(server).credentials(credentials).build();
  }

  /**
   * A manager's builder for the simulator, to set more (a fake clock, a batch size) on; requests
   * are not paced unless the test asks (see {@code Route53BudgetTest}).
   */
  static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new Route53Provider())
        .url(server.url("/").toString())
        .credentials(Credentials.of("AKID", "SECRET"))
        .http(QUICK_RETRIES)
        .requestBudget(RequestBudget.unlimited());
  }
}
