package denominator.clouddns;

import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/**
 * The fault matrix against the Rackspace Cloud DNS simulator, faults made by a proxy in front of
 * it.
 */
class CloudDnsFaultMatrixTest extends FaultContract {
  @StartStop final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() {
    server.setDispatcher(SimulatedCloudDns.roomy().build());
  }

  @Override
  protected String column() {
    return "Rackspace Cloud DNS (simulator)";
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedCloudDns.target(server);
  }

  @Override
  protected MockResponse throttled(int request, boolean retryAfter) {
    return CloudDnsFaults.throttled(request, retryAfter);
  }

  @Override
  protected MockResponse refused(int request) {
    return CloudDnsFaults.refused(request);
  }
}
