package denominator.powerdns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApiManager;
import denominator.Provider;
import denominator.tck.LeakDetector;
import denominator.tck.SecretsContract;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract suite against a real PowerDNS whose API key is a recognisable secret. */
class PowerDnsSecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String API_KEY = leaks.secret("powerdns-apiKey");
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(() -> server = PowerDnsServer.start(API_KEY));

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected Provider provider() {
    return new PowerDnsProvider();
  }

  @Override
  protected String url() {
    return server.apiUrl();
  }

  @Override
  protected Map<String, String> credentials() {
    return Map.of("apiKey", API_KEY);
  }

  @Override
  protected Optional<Map<String, String>> badCredentials() {
    return Optional.of(Map.of("apiKey", leaks.secret("powerdns-wrong-apiKey")));
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
