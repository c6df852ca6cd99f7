package denominator.rfc2136;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite against a real BIND 9 on loopback. DNS cannot create zones, so the tests
 * borrow zones that BIND was started with and empty them afterwards; the zone deletion test is
 * skipped by the suite with the provider's reason.
 */
class Rfc2136ProviderTest extends ProviderContract {
  static BindServer server;
  static ZonePool pool;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(
          () -> {
            server = BindServer.start(ZonePool.names("pool"));
            pool = new ZonePool(server.zones());
            return server;
          });

  @Override
  protected ProviderUnderTest target() {
    return server.target(pool);
  }
}
