package denominator.rfc2136;

import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.DnsFaultProxy;
import denominator.tck.faults.FaultContract;
import denominator.tck.faults.FaultInjector;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fault matrix against a real BIND, faults made by a DNS proxy in front of it. */
class Rfc2136FaultMatrixTest extends FaultContract {
  static BindServer server;
  static ZonePool pool;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(
          () -> {
            server =
                BindServer.start(
                    "fault-0.rfc2136.denominator.test.", "fault-1.rfc2136.denominator.test.");
            pool = new ZonePool(server.zones());
            return server;
          });

  @Override
  protected String column() {
    return "BIND 9.18 (RFC 2136, real server)";
  }

  @Override
  protected ProviderUnderTest target() {
    return server.target(pool);
  }

  @Override
  protected FaultInjector injector(String upstream) {
    return new DnsFaultProxy(upstream, READ_TIMEOUT);
  }
}
