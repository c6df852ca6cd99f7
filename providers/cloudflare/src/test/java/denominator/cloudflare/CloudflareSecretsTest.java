package denominator.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.tck.LeakDetector;
import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SecretsContract;
import java.io.IOException;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract suite against the simulator through the legacy credential form, email and global API
 * key, the key a recognisable secret.
 */
class CloudflareSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String EMAIL = "ops@example.com";
  static final String API_KEY = leaks.secret("cloudflare-global-key");
  static final MockWebServer server = LoopbackServers.server();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(SimulatedCloudflare.roomy().globalKey(EMAIL, API_KEY).build());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected ProviderUnderTest target() {
    return ProviderUnderTest.of(
            new CloudflareProvider(), SimulatedCloudflare.url(server), credentials(API_KEY))
        .withBadCredentials(credentials(leaks.secret("cloudflare-wrong-key")))
        .with(b -> b.http(SimulatedCloudflare.QUICK_RETRIES));
  }

  private static Credentials credentials(String apiKey) {
    return Credentials.of(
        Map.of("email", EMAIL, "apiKey", apiKey, "accountId", SimulatedCloudflare.ACCOUNT_ID));
  }

  @Test
  void theHttpLogShowsTheKeyHeaderRedacted() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(leaks.seen("HTTP log")).contains("X-Auth-Key: ██").doesNotContain(API_KEY);
  }
}
