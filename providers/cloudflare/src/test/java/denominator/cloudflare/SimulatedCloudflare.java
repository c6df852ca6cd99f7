package denominator.cloudflare;

import denominator.Credentials;
import denominator.Denominator;
import denominator.http.RequestBudget;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SimulatedVendor;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Opens managers to a Cloudflare simulator served by a MockWebServer, with quick retries.
 * Registered as a static extension, serves a fresh simulator on loopback for the test class.
 */
public final class SimulatedCloudflare extends SimulatedVendor<CloudflareSimulator> {
  public static final String API_TOKEN = "cloudflare-test-token";
  public static final String ACCOUNT_ID = "0123456789abcdef0123456789abcdef";
  public static final Credentials CREDENTIALS =
      Credentials.of(Map.of("apiToken", API_TOKEN, "accountId", ACCOUNT_ID));
  static final Credentials BAD_CREDENTIALS =
      Credentials.of(Map.of("apiToken", "wrong-token", "accountId", ACCOUNT_ID));

  /** The zones on a page of a roomy simulator's listing: few, so that listings page. */
  static final int ZONES_PER_PAGE = 5;

  SimulatedCloudflare() {
    super(roomy().build(), SimulatedCloudflare::target);
  }

  /**
   * A simulator taking {@link #API_TOKEN} whose rate-limit bucket is large enough that the
   * contract's thousand-set change sets are not throttled, with small pages so that listings follow
   * {@code total_pages}.
   */
  public static CloudflareSimulator.Builder roomy() {
    return CloudflareSimulator.builder()
        .apiToken(API_TOKEN)
        .accountId(ACCOUNT_ID)
        .zonePageSize(ZONES_PER_PAGE)
        .recordPageSize(100)
        .rateLimit(1_000_000, Duration.ofSeconds(1));
  }

  /** The provider on the (roomy) simulator {@code server} serves, with a token it refuses. */
  public static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(new CloudflareProvider(), url(server), CREDENTIALS)
        .withBadCredentials(BAD_CREDENTIALS)
        .with(b -> b.http(QUICK_RETRIES))
        .withZonePageSize(ZONES_PER_PAGE);
  }

  /**
   * A manager's builder for the simulator, to set more (a fake clock, a batch size) on; requests
   * are not paced unless the test asks (see {@code CloudflareBudgetTest}).
   */
  public static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new CloudflareProvider())
        .url(url(server))
        .credentials(CREDENTIALS)
        .http(QUICK_RETRIES)
        .requestBudget(RequestBudget.unlimited());
  }

  /** The simulator's base URL, as Cloudflare's: {@code http://127.0.0.1:PORT/client/v4}. */
  public static String url(MockWebServer server) {
    return server.url("/client/v4").toString();
  }
}
