package denominator.azure;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against the Azure DNS simulator. */
class AzureProviderTest extends ProviderContract {
  @RegisterExtension static final SimulatedAzure azure = new SimulatedAzure();

  @Override
  protected ProviderUnderTest target() {
    return azure.target();
  }
}
