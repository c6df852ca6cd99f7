package denominator.googledns;

import denominator.Credentials;
import denominator.Denominator;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SimulatedVendor;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Opens managers to a Cloud DNS simulator served by a MockWebServer, with quick retries. The
 * provider signs in with a throwaway service-account key whose {@code token_uri} is the simulator,
 * so google-auth-library signs and exchanges it as it would at Google. Registered as a static
 * extension, serves a fresh simulator on loopback for the test class.
 */
public final class SimulatedGoogleDns extends SimulatedVendor<GoogleDnsSimulator> {
  public static final String PROJECT = "denominator-test";

  /** Cloud DNS keeps a name's weighted items as a list without names: they go by position. */
  static final String POSITIONAL = "decimal-integer qualifier";

  /** The items on a page of a roomy simulator's listings: few, so that listings page. */
  static final int PAGE_SIZE = 20;

  SimulatedGoogleDns() {
    this(roomy().build());
  }

  private SimulatedGoogleDns(GoogleDnsSimulator simulator) {
    super(simulator, server -> target(server).withTokenExpiry(simulator::expireAllTokens));
  }

  /**
   * A simulator of {@link #PROJECT} taking the shared service account, whose rate-limit bucket is
   * large enough that the contract is not throttled, with small pages so that listings follow
   * {@code nextPageToken}.
   */
  public static GoogleDnsSimulator.Builder roomy() {
    return GoogleDnsSimulator.builder()
        .project(PROJECT)
        .pageSize(PAGE_SIZE)
        .rateLimit(1_000_000, Duration.ofSeconds(1));
  }

  /**
   * The provider on the (roomy) simulator {@code server} serves, with a key whose signature it
   * refuses.
   */
  public static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(new GoogleDnsProvider(), url(server), credentials(server))
        .withBadCredentials(key(server, ServiceAccounts.shared().withOtherKey()))
        .withQualifiersByPosition(POSITIONAL)
        .with(b -> b.http(QUICK_RETRIES))
        .withZonePageSize(PAGE_SIZE);
  }

  /** A manager's builder for the simulator, to set more (a fake clock, a batch size) on. */
  public static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new GoogleDnsProvider())
        .url(url(server))
        .credentials(credentials(server))
        .http(QUICK_RETRIES);
  }

  /** The shared service account's key, its {@code token_uri} the simulator's token endpoint. */
  public static Credentials credentials(MockWebServer server) {
    return key(server, ServiceAccounts.shared());
  }

  static Credentials key(MockWebServer server, ServiceAccounts.Account account) {
    String tokenUri = server.url(GoogleDnsSimulator.TOKEN_PATH).toString();
    return Credentials.of(Map.of("serviceAccountKey", account.keyJson(tokenUri, PROJECT)));
  }

  /** The simulator's base URL, as Google's: {@code http://127.0.0.1:PORT/dns/v1}. */
  public static String url(MockWebServer server) {
    return server.url("/dns/v1").toString();
  }
}
