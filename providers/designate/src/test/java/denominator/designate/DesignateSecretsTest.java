package denominator.designate;

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
 * The contract suite against the simulator through an application credential whose secret is
 * recognisable; the tokens Keystone issues for it are secrets too.
 */
class DesignateSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String CREDENTIAL_ID = "ac-secrets";
  static final String SECRET = leaks.secret("designate-app-secret");
  static final MockWebServer server = LoopbackServers.server();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(
        SimulatedDesignate.roomy().applicationCredential(CREDENTIAL_ID, SECRET).build());
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
            new DesignateProvider(), SimulatedDesignate.url(server), credentials(SECRET))
        .withBadCredentials(credentials(leaks.secret("designate-wrong-secret")))
        .withFirstValueOnly("TXT", SimulatedDesignate.SEVERAL_SHORT_STRINGS)
        .withFirstValueOnly("NAPTR", SimulatedDesignate.EMPTY_NAPTR_FIELD)
        .with(b -> b.http(SimulatedDesignate.QUICK_RETRIES));
  }

  private static Credentials credentials(String secret) {
    return Credentials.of(
        Map.of("applicationCredentialId", CREDENTIAL_ID, "applicationCredentialSecret", secret));
  }

  @Test
  void theHttpLogShowsTheTokensRedacted() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(leaks.seen("HTTP log"))
        .contains("X-Subject-Token: ██", "X-Auth-Token: ██")
        .doesNotContain(SECRET);
  }
}
