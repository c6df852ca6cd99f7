package denominator.powerdns;

import denominator.tck.ProviderContract;
import denominator.tck.ProviderUnderTest;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against a real PowerDNS server on loopback. */
class PowerDnsProviderTest extends ProviderContract {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  @Override
  protected ProviderUnderTest target() {
    return server.target();
  }
}
