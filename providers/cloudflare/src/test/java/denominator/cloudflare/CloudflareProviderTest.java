package denominator.cloudflare;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against the Cloudflare simulator. */
class CloudflareProviderTest extends ProviderContract {
  @RegisterExtension static final SimulatedCloudflare cloudflare = new SimulatedCloudflare();

  @Override
  protected ProviderUnderTest target() {
    return cloudflare.target();
  }
}
