package denominator.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApiManager;
import denominator.Provider;
import denominator.tck.LeakDetector;
import denominator.tck.SecretsContract;
import denominator.tck.TestZones;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite against a real BIND 9 whose TSIG key secret is recognisable (valid base64 that
 * starts {@code SECRETrfc2136}). TSIG never sends the secret, so this watches what Denominator and
 * dnsjava log, throw and print.
 */
class Rfc2136SecretsTest extends SecretsContract {
  static final LeakDetector leaks = new LeakDetector();
  static final String SECRET = leaks.base64Secret("rfc2136-keySecret");
  static BindServer server;
  static ZonePool pool;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(
          () -> {
            server =
                BindServer.startWithSecret(
                    SECRET,
                    IntStream.range(0, Rfc2136ProviderTest.POOL)
                        .mapToObj(i -> "secret-" + i + ".rfc2136.denominator.test.")
                        .toArray(String[]::new));
            pool = new ZonePool(server.zones());
            return server;
          });

  @Override
  protected LeakDetector leaks() {
    return leaks;
  }

  @Override
  protected Provider provider() {
    return new Rfc2136Provider();
  }

  @Override
  protected String url() {
    return "dns://127.0.0.1:"
        + server.dnsAddress().getPort()
        + "?zones="
        + String.join(",", server.zones());
  }

  @Override
  protected TestZones testZones() {
    return pool;
  }

  @Override
  protected Map<String, String> credentials() {
    return credentials(SECRET);
  }

  @Override
  protected Optional<Map<String, String>> badCredentials() {
    return Optional.of(credentials(leaks.base64Secret("rfc2136-wrong-keySecret")));
  }

  private static Map<String, String> credentials(String secret) {
    return Map.of(
        "keyName", server.keyName(), "keyAlgorithm", server.keyAlgorithm(), "keySecret", secret);
  }

  @Test
  void dnsjavaSigningAtTraceIsAmongWhatIsChecked() {
    try (DNSApiManager manager = connect()) {
      manager.api().zones().iterator().hasNext();
    }
    assertThat(tracing()).isTrue();
    assertThat(capturedOutput()).contains("TRACE org.xbill.DNS.TSIG");
  }
}
