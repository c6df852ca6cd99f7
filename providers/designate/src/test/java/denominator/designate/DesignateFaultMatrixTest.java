package denominator.designate;

import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/** The fault matrix against the Designate simulator, faults made by a proxy in front of it. */
class DesignateFaultMatrixTest extends FaultContract {
  @StartStop final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() {
    server.setDispatcher(SimulatedDesignate.roomy().build());
  }

  @Override
  protected String column() {
    return "Designate (simulator)";
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedDesignate.target(server);
  }

  @Override
  protected MockResponse throttled(int request, boolean retryAfter) {
    return DesignateFaults.throttled(request, retryAfter);
  }

  @Override
  protected MockResponse refused(int request) {
    return DesignateFaults.refused(request);
  }
}
