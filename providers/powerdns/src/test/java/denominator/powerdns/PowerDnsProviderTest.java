package denominator.powerdns;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.tck.ProviderContract;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole contract suite against a real PowerDNS server on loopback. */
class PowerDnsProviderTest extends ProviderContract {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  @Override
  protected DNSApiManager connect() {
    return connect(server.apiKey());
  }

  @Override
  protected Optional<DNSApiManager> connectWithBadCredentials() {
    return Optional.of(connect("not-the-key"));
  }

  private static DNSApiManager connect(String apiKey) {
    return Denominator.builder()
        .provider("powerdns")
        .url(server.apiUrl())
        .credentials(Credentials.of(Map.of("apiKey", apiKey)))
        .build();
  }
}
