package denominator.cloudflare;

import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/** The fault matrix against the Cloudflare simulator, faults made by a proxy in front of it. */
class CloudflareFaultMatrixTest extends FaultContract {
  @StartStop final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() {
    server.setDispatcher(SimulatedCloudflare.roomy().build());
  }

  @Override
  protected String column() {
    return "Cloudflare (simulator)";
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedCloudflare.target(server);
  }

  @Override
  protected MockResponse throttled(int request, boolean retryAfter) {
    return CloudflareFaults.throttled(request, retryAfter);
  }

  @Override
  protected MockResponse refused(int request) {
    return CloudflareFaults.refused(request);
  }
}
