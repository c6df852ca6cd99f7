package denominator.ns1;

import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/** The fault matrix against the NS1 simulator, faults made by a proxy in front of it. */
class Ns1FaultMatrixTest extends FaultContract {
  @StartStop final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() {
    server.setDispatcher(SimulatedNs1.roomy().build());
  }

  @Override
  protected String column() {
    return "NS1 (simulator)";
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedNs1.target(server);
  }

  @Override
  protected MockResponse throttled(int request, boolean retryAfter) {
    return Ns1Faults.throttled(request, retryAfter);
  }

  @Override
  protected MockResponse refused(int request) {
    return Ns1Faults.refused(request);
  }
}
