package denominator.powerdns;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.tck.ProviderContract;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.PrintLogOnFailure;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against a real PowerDNS server on loopback. */
class PowerDnsProviderTest extends ProviderContract {
  static PowerDnsServer server;

  @RegisterExtension
  static final PrintLogOnFailure LOG = new PrintLogOnFailure(() -> server);

  @BeforeAll
  static void startServer() {
    server = PowerDnsServer.start();
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected DNSApiManager connect() {
    return connect(server.apiKey());
  }

  @Override
  protected Optional<DNSApiManager> connectWithBadCredentials() {
    return Optional.of(connect("not-the-key"));
  }

  private static DNSApiManager connect(String apiKey) {
    return Denominator.builder().provider("powerdns").url(server.apiUrl())
        .credentials(Credentials.of(Map.of("apiKey", apiKey))).build();
  }
}
