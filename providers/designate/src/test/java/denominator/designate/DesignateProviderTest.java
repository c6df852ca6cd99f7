package denominator.designate;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against the Designate simulator. */
class DesignateProviderTest extends ProviderContract {
  @RegisterExtension static final SimulatedDesignate designate = new SimulatedDesignate();

  @Override
  protected ProviderUnderTest target() {
    return designate.target();
  }
}
