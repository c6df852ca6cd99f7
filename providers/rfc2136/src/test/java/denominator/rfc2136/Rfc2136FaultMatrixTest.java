package denominator.rfc2136;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.http.HttpSettings;
import denominator.tck.TestZones;
import denominator.tck.faults.DnsFaultProxy;
import denominator.tck.faults.FaultContract;
import denominator.tck.faults.FaultInjector;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fault matrix against a real BIND, faults made by a DNS proxy in front of it. */
class Rfc2136FaultMatrixTest extends FaultContract {
  static BindServer server;
  static ZonePool pool;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(
          () -> {
            server =
                BindServer.start(
                    IntStream.range(0, 2)
                        .mapToObj(i -> "fault-" + i + ".rfc2136.denominator.test.")
                        .toArray(String[]::new));
            pool = new ZonePool(server.zones());
            return server;
          });

  @Override
  protected String column() {
    return "BIND 9.18 (RFC 2136, real server)";
  }

  @Override
  protected String upstream() {
    return "dns://127.0.0.1:"
        + server.dnsAddress().getPort()
        + "?zones="
        + String.join(",", server.zones());
  }

  @Override
  protected FaultInjector injector(String upstream) {
    return new DnsFaultProxy(upstream, READ_TIMEOUT);
  }

  @Override
  protected TestZones testZones() {
    return pool;
  }

  @Override
  protected DNSApiManager connect(
      String url, Supplier<Credentials> credentials, HttpSettings http) {
    return Denominator.builder()
        .provider("rfc2136")
        .url(url)
        .credentials(credentials)
        .http(http)
        .build();
  }

  @Override
  protected Credentials credentials() {
    return key(server.keySecret());
  }

  @Override
  protected Credentials expiredCredentials() {
    return key(Base64.getEncoder().encodeToString(new byte[32]));
  }

  private static Credentials key(String secret) {
    return Credentials.of(
        Map.of(
            "keyName",
            server.keyName(),
            "keyAlgorithm",
            server.keyAlgorithm(),
            "keySecret",
            secret));
  }
}
