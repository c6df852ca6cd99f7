package denominator.powerdns;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.http.HttpSettings;
import denominator.tck.faults.FaultContract;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fault matrix against a real PowerDNS server, faults made by a proxy in front of its API. */
class PowerDnsFaultMatrixTest extends FaultContract {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  @Override
  protected String column() {
    return "PowerDNS 4.7 (real server)";
  }

  @Override
  protected String upstream() {
    return server.apiUrl();
  }

  @Override
  protected DNSApiManager connect(
      String url, Supplier<Credentials> credentials, HttpSettings http) {
    return Denominator.builder()
        .provider("powerdns")
        .url(url)
        .credentials(credentials)
        .http(http)
        .build();
  }

  @Override
  protected Credentials credentials() {
    return Credentials.of(Map.of("apiKey", server.apiKey()));
  }

  @Override
  protected Credentials expiredCredentials() {
    return Credentials.of(Map.of("apiKey", "revoked-key"));
  }
}
