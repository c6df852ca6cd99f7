package denominator.azure;

import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/** The fault matrix against the Azure DNS simulator, faults made by a proxy in front of it. */
class AzureFaultMatrixTest extends FaultContract {
  @StartStop final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() {
    server.setDispatcher(SimulatedAzure.roomy().build());
  }

  @Override
  protected String column() {
    return "Azure (simulator)";
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedAzure.target(server);
  }

  @Override
  protected MockResponse throttled(int request, boolean retryAfter) {
    return AzureFaults.throttled(request, retryAfter);
  }

  @Override
  protected MockResponse refused(int request) {
    return AzureFaults.refused(request);
  }
}
