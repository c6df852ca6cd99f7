package denominator.ultradns;

import denominator.Credentials;
import denominator.Denominator;
import denominator.http.HttpSettings;
import denominator.http.RetryPolicy;
import denominator.tck.ProviderUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens managers to an UltraDNS simulator served by a MockWebServer, with quick retries. Registered
 * as a static extension, serves a fresh simulator on loopback for the test class.
 */
public final class SimulatedUltraDns implements BeforeAllCallback, AfterAllCallback {
  public static final Credentials CREDENTIALS =
      Credentials.of(Map.of("username", "user", "password", "password"));
  static final Credentials BAD_CREDENTIALS =
      Credentials.of(Map.of("username", "user", "password", "wrong"));
  public static final HttpSettings QUICK_RETRIES =
      HttpSettings.defaults()
          .withRetry(RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(10)));

  private final UltraDnsSimulator simulator;
  private final MockWebServer server = new MockWebServer();

  SimulatedUltraDns() {
    this(new UltraDnsSimulator());
  }

  SimulatedUltraDns(UltraDnsSimulator simulator) {
    this.simulator = simulator;
    server.setDispatcher(simulator);
  }

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

  UltraDnsSimulator simulator() {
    return simulator;
  }

  /** The provider on the simulator this extension serves. */
  ProviderUnderTest target() {
    return target(server);
  }

  /** The provider on the simulator {@code server} serves, with a password it refuses. */
  public static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(new UltraDnsProvider(), server.url("/").toString(), CREDENTIALS)
        .withBadCredentials(BAD_CREDENTIALS)
        .with(b -> b.http(QUICK_RETRIES));
  }

  /** A manager's builder for the simulator, to set more (a fake clock, a batch size) on. */
  public static Denominator.Builder builder(MockWebServer server) {
    return Denominator.builder()
        .provider(new UltraDnsProvider())
        .url(server.url("/").toString())
        .credentials(CREDENTIALS)
        .http(QUICK_RETRIES);
  }
}
