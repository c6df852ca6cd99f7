package denominator.googledns;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against the Cloud DNS simulator. */
class GoogleDnsProviderTest extends ProviderContract {
  @RegisterExtension static final SimulatedGoogleDns googledns = new SimulatedGoogleDns();

  @Override
  protected ProviderUnderTest target() {
    return googledns.target();
  }
}
