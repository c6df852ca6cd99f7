package denominator.clouddns;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against the Rackspace Cloud DNS simulator. */
class CloudDnsProviderTest extends ProviderContract {
  @RegisterExtension static final SimulatedCloudDns clouddns = new SimulatedCloudDns();

  @Override
  protected ProviderUnderTest target() {
    return clouddns.target();
  }
}
