package denominator.ns1;

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

/** The contract suite against the simulator whose API key is a recognisable secret. */
class Ns1SecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String API_KEY = leaks.secret("ns1-api-key");
  static final Credentials BAD_KEY =
      Credentials.of(Map.of("apiKey", leaks.secret("ns1-wrong-key")));
  static final MockWebServer server = LoopbackServers.server();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(SimulatedNs1.roomy().apiKey(API_KEY).build());
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
            new Ns1Provider(), SimulatedNs1.url(server), Credentials.of(Map.of("apiKey", API_KEY)))
        .withBadCredentials(BAD_KEY)
        .withFirstValueOnly("TXT", SimulatedNs1.SINGLE_STRING)
        .with(b -> b.http(SimulatedNs1.QUICK_RETRIES));
  }

  @Test
  void theHttpLogShowsTheKeyHeaderRedacted() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(leaks.seen("HTTP log"))
        .contains("--> GET " + server.url("/v1/zones"), "X-NSONE-Key: ██");
  }
}
