package denominator.tck;

import denominator.Credentials;

/**
 * The contract suite against the mock, watched for leaks. The mock takes no credentials, so the
 * secrets here are those the suite offers it, which it must refuse without echoing.
 */
class MockSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected ProviderUnderTest target() {
    return ProviderUnderTest.of("mock", "mem:tck-secrets", Credentials.anonymous());
  }
}
