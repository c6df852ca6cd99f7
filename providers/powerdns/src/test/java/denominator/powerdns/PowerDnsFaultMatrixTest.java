package denominator.powerdns;

import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fault matrix against a real PowerDNS server, faults made by a proxy in front of its API. */
class PowerDnsFaultMatrixTest extends FaultContract {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  @Override
  protected String column() {
    return "PowerDNS 4.7 (real server)";
  }

  @Override
  protected ProviderUnderTest target() {
    return server.target();
  }
}
