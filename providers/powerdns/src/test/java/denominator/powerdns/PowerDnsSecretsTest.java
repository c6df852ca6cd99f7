package denominator.powerdns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.tck.LeakDetector;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SecretsContract;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract suite against a real PowerDNS whose API key is a recognisable secret. */
class PowerDnsSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String API_KEY = leaks.secret("powerdns-apiKey");
  static final Credentials BAD_KEY =
      Credentials.of(Map.of("apiKey", leaks.secret("powerdns-wrong-apiKey")));
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(() -> server = PowerDnsServer.start(API_KEY));

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected ProviderUnderTest target() {
    return server.target().withBadCredentials(BAD_KEY);
  }

  @Test
  void theHttpLogShowsHeadersAndBodiesWithTheKeyRedacted() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(leaks.seen("HTTP log"))
        .contains("--> GET " + server.apiUrl(), "X-API-Key: ██", "<-- 200");
  }
}
