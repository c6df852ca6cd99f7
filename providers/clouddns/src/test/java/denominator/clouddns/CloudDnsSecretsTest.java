package denominator.clouddns;

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
 * The contract suite against the simulator with an API key that is a recognisable secret; the
 * tokens Identity issues for it are secrets too.
 */
class CloudDnsSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String API_KEY = leaks.secret("clouddns-api-key");
  static final MockWebServer server = LoopbackServers.server();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(
        SimulatedCloudDns.roomy().user("joe", API_KEY, leaks.secret("clouddns-password")).build());
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
    return ProviderUnderTest.of(new CloudDnsProvider(), SimulatedCloudDns.url(server), key(API_KEY))
        .withBadCredentials(key(leaks.secret("clouddns-wrong-key")))
        .withFirstValueOnly("TXT", SimulatedCloudDns.ONE_STRING)
        .with(b -> b.http(SimulatedCloudDns.QUICK_RETRIES));
  }

  private static Credentials key(String apiKey) {
    return Credentials.of(Map.of("username", "joe", "apiKey", apiKey));
  }

  @Test
  void theHttpLogShowsTheTokenRedacted() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(leaks.seen("HTTP log")).contains("X-Auth-Token: ██").doesNotContain(API_KEY);
  }
}
