package denominator.route53;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.tck.ProviderContract;
import java.io.IOException;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The whole contract suite against the Route53 simulator. */
class Route53ProviderTest extends ProviderContract {
  private static final MockWebServer server = new MockWebServer();

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(new Route53Simulator());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected DNSApiManager connect() {
    return connect(Credentials.of("AKID", "SECRET"));
  }

  @Override
  protected Optional<DNSApiManager> connectWithBadCredentials() {
    return Optional.of(connect(Credentials.of("WRONG", "SECRET")));
  }

  private static DNSApiManager connect(Credentials credentials) {
    return Denominator.builder()
        .provider(new Route53Provider())
        .url(server.url("/").toString())
        .credentials(credentials)
        .build();
  }
}
