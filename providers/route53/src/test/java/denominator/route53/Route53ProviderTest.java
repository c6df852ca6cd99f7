package denominator.route53;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against the Route53 simulator. */
class Route53ProviderTest extends ProviderContract {
  @RegisterExtension static final SimulatedRoute53 route53 = new SimulatedRoute53();

  @Override
  protected ProviderUnderTest target() {
    return route53.target();
  }
}
