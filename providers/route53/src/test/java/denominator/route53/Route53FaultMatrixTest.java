package denominator.route53;

import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.faults.FaultContract;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

/** The fault matrix against the Route53 simulator, faults made by a proxy in front of it. */
class Route53FaultMatrixTest extends FaultContract {
  @StartStop final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() {
    server.setDispatcher(new Route53Simulator("AKID", 11));
  }

  @Override
  protected String column() {
    return "Route53 (simulator)";
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedRoute53.target(server);
  }

  /**
   * The SDK's attempts, each of which the JDK's HttpURLConnection (the url-connection client) sends
   * once more on its own when a kept-alive connection closes without an answer, for requests
   * without a body.
   */
  @Override
  protected int maxRequestsPerCall() {
    return 2 * RETRY.maxAttempts();
  }

  /** Route53 throttles with HTTP 400 and the error code {@code Throttling}. */
  @Override
  protected MockResponse throttled(int request, boolean retryAfter) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(400)
            .setHeader("Content-Type", "text/xml")
            .body(
                "<?xml version=\"1.0\"?><ErrorResponse xmlns=\"https://route53.amazonaws.com/doc/"
                    + "2013-04-01/\"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate "
                    + "exceeded</Message></Error><RequestId>fault-"
                    + request
                    + "</RequestId>"
                    + "</ErrorResponse>");
    return (retryAfter ? response.setHeader("Retry-After", "1") : response).build();
  }

  /** Route53 refuses an invalid change batch with HTTP 400 {@code InvalidChangeBatch}. */
  @Override
  protected MockResponse refused(int request) {
    return new MockResponse.Builder()
        .code(400)
        .setHeader("Content-Type", "text/xml")
        .body(
            "<?xml version=\"1.0\"?><ErrorResponse xmlns=\"https://route53.amazonaws.com/doc/"
                + "2013-04-01/\"><Error><Type>Sender</Type><Code>InvalidChangeBatch</Code><Message>"
                + "[RRSet of type CNAME with DNS name refused.example. is not permitted as it "
                + "conflicts with other records with the same DNS name in zone example.]</Message>"
                + "</Error><RequestId>fault-"
                + request
                + "</RequestId></ErrorResponse>")
        .build();
  }
}
