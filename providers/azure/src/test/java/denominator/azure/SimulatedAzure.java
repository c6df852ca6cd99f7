package denominator.azure;

import denominator.Credentials;
import denominator.Denominator;
import denominator.http.RequestBudget;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SimulatedVendor;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Opens managers to an Azure DNS simulator (Entra ID and Resource Manager on one MockWebServer),
 * with quick retries. Registered as a static extension, serves a fresh simulator on loopback for
 * the test class.
 */
public final class SimulatedAzure extends SimulatedVendor<AzureSimulator> {
  /** The items on a page of a roomy simulator's listings: few, so that listings page. */
  static final int PAGE_SIZE = 20;

  SimulatedAzure() {
    this(roomy().build());
  }

  private SimulatedAzure(AzureSimulator simulator) {
    super(simulator, server -> target(server).withTokenExpiry(simulator::expireAllTokens));
  }

  /**
   * A simulator taking the application {@code cid}/{@code s3cret} of tenant {@code tid} for
   * subscription {@code sub}, group {@code rg}, without Azure's rate limits and with room for the
   * contract's thousand-set change sets.
   */
  public static AzureSimulator.Builder roomy() {
    return AzureSimulator.builder()
        .unlimited()
        .pageSize(PAGE_SIZE)
        .maxZones(10_000)
        .maxRecordSets(100_000);
  }

  /** The provider on the (roomy) simulator {@code server} serves, with a secret it refuses. */
  public static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(new AzureProvider(), url(server), credentials(server, "s3cret"))
        .withBadCredentials(credentials(server, "wrong-secret"))
        .with(b -> b.http(QUICK_RETRIES))
        .withZonePageSize(PAGE_SIZE);
  }

  /**
   * A manager's builder for the simulator, to set more (a fake clock, a batch size) on; requests
   * are not paced unless the test asks (see {@code AzureBudgetTest}).
   */
  public static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new AzureProvider())
        .url(url(server))
        .credentials(credentials(server, "s3cret"))
        .http(QUICK_RETRIES)
        .requestBudget(RequestBudget.unlimited());
  }

  /** The application's credentials, tokens issued by the simulator itself. */
  static Credentials credentials(MockWebServer server, String secret) {
    return Credentials.of(
        Map.of(
            "tenantId", "tid",
            "clientId", "cid",
            "clientSecret", secret,
            "subscriptionId", "sub",
            "resourceGroup", "rg",
            "authority", url(server)));
  }

  /** Resource Manager and Entra ID on the simulator: {@code http://127.0.0.1:PORT}. */
  public static String url(MockWebServer server) {
    return server.url("/").toString().replaceAll("/$", "");
  }
}
