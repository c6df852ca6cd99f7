package denominator.ultradns;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against the UltraDNS simulator. */
class UltraDnsProviderTest extends ProviderContract {
  @RegisterExtension static final SimulatedUltraDns ultradns = new SimulatedUltraDns();

  @Override
  protected ProviderUnderTest target() {
    return ultradns.target();
  }
}
