package denominator.route53;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;

/** The whole contract suite against the Route53 simulator. */
class Route53ProviderTest extends ProviderContract {
  @StartStop static final MockWebServer server = SimulatedRoute53.serving(new Route53Simulator());

  @Override
  protected ProviderUnderTest target() {
    return SimulatedRoute53.target(server);
  }
}
