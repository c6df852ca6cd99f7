package denominator.googledns;

import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/** The fault matrix against the Cloud DNS simulator, faults made by a proxy in front of it. */
class GoogleDnsFaultMatrixTest extends FaultContract {
  @StartStop final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() {
    server.setDispatcher(SimulatedGoogleDns.roomy().build());
  }

  @Override
  protected String column() {
    return "Google Cloud DNS (simulator)";
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedGoogleDns.target(server);
  }

  @Override
  protected MockResponse throttled(int request, boolean retryAfter) {
    return GoogleDnsFaults.throttled(request, retryAfter);
  }

  @Override
  protected MockResponse refused(int request) {
    return GoogleDnsFaults.refused(request);
  }
}
