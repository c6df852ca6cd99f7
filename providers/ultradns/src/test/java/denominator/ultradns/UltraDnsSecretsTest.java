package denominator.ultradns;

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
 * The contract suite against the simulator whose password and tokens are recognisable secrets: the
 * password, every access token and every refresh token the simulator grants.
 */
class UltraDnsSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String PASSWORD = leaks.secret("ultradns-password");
  static final String TOKENS = leaks.secret("ultradns-token");
  static final Credentials BAD_PASSWORD =
      Credentials.of(Map.of("username", "user", "password", leaks.secret("ultradns-wrong")));
  static final MockWebServer server = LoopbackServers.server();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(
        UltraDnsSimulator.builder().credentials("user", PASSWORD).tokenPrefix(TOKENS).build());
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
            new UltraDnsProvider(),
            server.url("/").toString(),
            Credentials.of(Map.of("username", "user", "password", PASSWORD)))
        .withBadCredentials(BAD_PASSWORD)
        .with(b -> b.http(SimulatedUltraDns.QUICK_RETRIES));
  }

  @Test
  void theHttpLogShowsTheTokenExchangeWithTheSecretsRedacted() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(leaks.seen("HTTP log"))
        .contains("--> POST " + server.url("/v1/authorization/token"), "Authorization: ██");
  }
}
