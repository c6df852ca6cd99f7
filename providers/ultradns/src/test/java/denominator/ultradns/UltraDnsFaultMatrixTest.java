package denominator.ultradns;

import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/** The fault matrix against the UltraDNS simulator, faults made by a proxy in front of it. */
class UltraDnsFaultMatrixTest extends FaultContract {
  @StartStop final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() {
    server.setDispatcher(new UltraDnsSimulator());
  }

  @Override
  protected String column() {
    return "UltraDNS (simulator)";
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedUltraDns.target(server);
  }

  /** UltraDNS throttles with 429 and an error array. */
  @Override
  protected MockResponse throttled(int request, boolean retryAfter) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(429)
            .setHeader("Content-Type", "application/json")
            .body("[{\"errorCode\":429,\"errorMessage\":\"Too many requests.\"}]");
    return (retryAfter ? response.setHeader("Retry-After", "1") : response).build();
  }

  /** UltraDNS refuses a write it does not take with 400 and an error array. */
  @Override
  protected MockResponse refused(int request) {
    return new MockResponse.Builder()
        .code(400)
        .setHeader("Content-Type", "application/json")
        .body("[{\"errorCode\":1000,\"errorMessage\":\"Invalid input: fault " + request + "\"}]")
        .build();
  }
}
