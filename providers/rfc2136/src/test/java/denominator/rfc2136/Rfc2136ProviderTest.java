package denominator.rfc2136;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract suite against a real BIND 9 on loopback, in zones of a {@link PooledBind}. */
class Rfc2136ProviderTest extends ProviderContract {
  @RegisterExtension static final PooledBind BIND = PooledBind.of("pool");

  @Override
  protected ProviderUnderTest target() {
    return BIND.target();
  }
}
