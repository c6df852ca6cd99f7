package denominator.tck;

import denominator.DNSApiManager;
import denominator.Denominator;

/** The whole contract suite against the embedded mock provider, in memory. */
class MockProviderTest extends ProviderContract {
  @Override
  protected DNSApiManager connect() {
    return Denominator.create("mock");
  }
}
