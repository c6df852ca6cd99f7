package denominator.route53;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.http.HttpSettings;
import denominator.http.RetryPolicy;
import denominator.tck.ProviderUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens managers to a simulator served by a MockWebServer, with quick retries. Registered as a
 * static extension, serves a fresh simulator on loopback for the test class.
 */
final class SimulatedRoute53 implements BeforeAllCallback, AfterAllCallback {
  static final HttpSettings QUICK_RETRIES =
      HttpSettings.defaults()
          .withRetry(RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(10)));

  private final MockWebServer server = serving(new Route53Simulator());

  // The contract's nested classes run these callbacks too: serve once, for the outermost class.
  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (context.getRequiredTestClass().getEnclosingClass() == null) {
      server.start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (context.getRequiredTestClass().getEnclosingClass() == null) {
      server.close();
    }
  }

  /** The provider on the simulator this extension serves. */
  ProviderUnderTest target() {
    return target(server);
  }

  /** A server, to start, that answers as {@code simulator}. */
  static MockWebServer serving(Route53Simulator simulator) {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(simulator);
    return server;
  }

  /**
   * The provider on the simulator {@code server} serves, with keys it takes and keys it refuses.
   */
  static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(
            new Route53Provider(), server.url("/").toString(), Credentials.of("AKID", "SECRET"))
        .withBadCredentials(Credentials.of("WRONG", "SECRET"));
  }

  static DNSApiManager connect(MockWebServer server) {
    return connect(server, () -> Credentials.of("AKID", "SECRET"));
  }

  static DNSApiManager connect(MockWebServer server, Supplier<Credentials> credentials) {
    return builder(server).credentials(credentials).build();
  }

  /** A manager's builder for the simulator, to set more (a fake clock, a batch size) on. */
  static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new Route53Provider())
        .url(server.url("/").toString())
        .credentials(Credentials.of("AKID", "SECRET"))
        .http(QUICK_RETRIES);
  }
}
