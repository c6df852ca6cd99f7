package denominator.azure;

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

/** The contract suite against the simulator with a client secret that is a recognisable secret. */
class AzureSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String SECRET = leaks.secret("azure-client-secret");
  static final MockWebServer server = LoopbackServers.server();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(SimulatedAzure.roomy().credentials("tid", "cid", SECRET).build());
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
    return ProviderUnderTest.of(new AzureProvider(), SimulatedAzure.url(server), with(SECRET))
        .withBadCredentials(with(leaks.secret("azure-wrong-secret")))
        .with(b -> b.http(SimulatedAzure.QUICK_RETRIES));
  }

  private static Credentials with(String secret) {
    return Credentials.of(
        Map.of(
            "tenantId", "tid",
            "clientId", "cid",
            "clientSecret", secret,
            "subscriptionId", "sub",
            "resourceGroup", "rg",
            "authority", SimulatedAzure.url(server)));
  }

  @Test
  void theHttpLogShowsTheBearerTokenRedacted() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(leaks.seen("HTTP log")).contains("Authorization: ██").doesNotContain(SECRET);
  }
}
