package denominator.tck;

import denominator.Credentials;

/** The whole contract suite against the mock, in memory that every manager of the suite shares. */
class MockProviderTest extends ProviderContract {
  @Override
  protected ProviderUnderTest target() {
    return ProviderUnderTest.of("mock", "mem:tck", Credentials.anonymous());
  }
}
