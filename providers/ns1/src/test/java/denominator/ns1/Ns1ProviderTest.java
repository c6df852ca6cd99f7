package denominator.ns1;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against the NS1 simulator. */
class Ns1ProviderTest extends ProviderContract {
  @RegisterExtension static final SimulatedNs1 ns1 = new SimulatedNs1();

  @Override
  protected ProviderUnderTest target() {
    return ns1.target();
  }
}
