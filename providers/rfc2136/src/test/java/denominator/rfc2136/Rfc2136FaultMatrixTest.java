package denominator.rfc2136;

import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.DnsFaultProxy;
import denominator.tck.faults.FaultContract;
import denominator.tck.faults.FaultInjector;
import denominator.tck.servers.BindServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fault matrix against a real BIND, faults made by a DNS proxy in front of it. */
class Rfc2136FaultMatrixTest extends FaultContract {
  @RegisterExtension
  static final PooledBind BIND =
      new PooledBind(
          () ->
              BindServer.start(
                  "fault-0.rfc2136.denominator.test.", "fault-1.rfc2136.denominator.test."));

  @Override
  protected String column() {
    return "BIND 9.18 (RFC 2136, real server)";
  }

  @Override
  protected ProviderUnderTest target() {
    return BIND.target();
  }

  @Override
  protected FaultInjector injector(String upstream) {
    return new DnsFaultProxy(upstream, READ_TIMEOUT);
  }
}
