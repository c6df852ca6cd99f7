package denominator.tck;

import denominator.http.HttpSettings;
import denominator.http.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A vendor simulator served on loopback for a test class. Registered as a static extension, it
 * starts before the class's tests and stops after them, once for a contract and its nested classes.
 * A provider module's {@code Simulated<Vendor>} extends it with how to connect:
 *
 * <pre>{@code
 * public final class SimulatedUltraDns extends SimulatedVendor<UltraDnsSimulator> {
 *   SimulatedUltraDns() {
 *     super(new UltraDnsSimulator(), SimulatedUltraDns::target);
 *   }
 *   public static ProviderUnderTest target(MockWebServer server) { ... }
 * }
 * }</pre>
 *
 * @param <S> the simulator, a MockWebServer dispatcher
 */
public abstract class SimulatedVendor<S extends Dispatcher>
    implements BeforeAllCallback, AfterAllCallback {
  /** Retries that wait 10 ms, so that a test of throttling or lost answers does not wait. */
  public static final HttpSettings QUICK_RETRIES =
      HttpSettings.defaults()
          .withRetry(RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(10)));

  private final S simulator;
  private final Function<MockWebServer, ProviderUnderTest> target;
  private final MockWebServer server = LoopbackServers.server();

  /**
   * @param target the provider on a server that serves this simulator
   */
  protected SimulatedVendor(S simulator, Function<MockWebServer, ProviderUnderTest> target) {
    this.simulator = simulator;
    this.target = target;
    server.setDispatcher(simulator);
  }

  /** The simulator this extension serves, to seed, count and inspect. */
  public S simulator() {
    return simulator;
  }

  /** The provider on the simulator this extension serves. */
  public ProviderUnderTest target() {
    return target.apply(server);
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
}
