package denominator.clouddns;

import denominator.Credentials;
import denominator.Denominator;
import denominator.http.RequestBudget;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SimulatedVendor;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Opens managers to a Rackspace Cloud DNS simulator (Identity v2.0 and Cloud DNS v1.0 on one
 * MockWebServer), with quick retries. Registered as a static extension, serves a fresh simulator on
 * loopback for the test class.
 */
public final class SimulatedCloudDns extends SimulatedVendor<CloudDnsSimulator> {
  public static final Credentials CREDENTIALS =
      Credentials.of(Map.of("username", "joe", "apiKey", "k3y"));
  static final Credentials BAD_CREDENTIALS =
      Credentials.of(Map.of("username", "joe", "apiKey", "wrong-key"));

  /** Cloud DNS keeps one TXT string per record and strips quotes: several strings are refused. */
  static final String ONE_STRING = "one string without";

  SimulatedCloudDns() {
    this(roomy().build());
  }

  private SimulatedCloudDns(CloudDnsSimulator simulator) {
    super(simulator, server -> target(server).withTokenExpiry(simulator::expireAllTokens));
  }

  /**
   * A simulator taking user {@code joe} with key {@code k3y}, without Rackspace's rate limits and
   * with room for the contract's thousand-set change sets; jobs finish as soon as they are polled.
   */
  public static CloudDnsSimulator.Builder roomy() {
    return CloudDnsSimulator.builder()
        .noRateLimits()
        .maxDomains(10_000)
        .maxRecordsPerDomain(100_000);
  }

  /** The provider on the simulator {@code server} serves, with a key it refuses. */
  public static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(new CloudDnsProvider(), url(server), CREDENTIALS)
        .withBadCredentials(BAD_CREDENTIALS)
        .withFirstValueOnly("TXT", ONE_STRING)
        .with(b -> b.http(QUICK_RETRIES))
        .withZonePageSize(CloudDnsEndpoints.LIMIT);
  }

  /**
   * A manager's builder for the simulator, to set more (a fake clock, a batch size) on; requests
   * are not paced unless the test asks (see {@code CloudDnsBudgetTest}).
   */
  public static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new CloudDnsProvider())
        .url(url(server))
        .credentials(CREDENTIALS)
        .http(QUICK_RETRIES)
        .requestBudget(RequestBudget.unlimited());
  }

  /** The identity service on the simulator: {@code http://127.0.0.1:PORT/v2.0}. */
  public static String url(MockWebServer server) {
    return server.url("/v2.0").toString();
  }
}
