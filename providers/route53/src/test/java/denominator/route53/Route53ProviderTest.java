package denominator.route53;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The whole contract suite against the Route53 simulator. */
class Route53ProviderTest extends ProviderContract {
  private static final MockWebServer server = new MockWebServer();

  @BeforeAll
  static void start() throws Exception {
    server.setDispatcher(new Route53Simulator());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedRoute53.target(server);
  }
}
