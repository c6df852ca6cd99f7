package denominator.tck.servers;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts a {@link LocalServer} before the first test of a class, stops it after the last, and
 * prints its log to stderr when a test fails, so the report shows what the server said. Register it
 * as a static field; nested test classes share the one server.
 *
 * <pre>{@code
 * static PowerDnsServer server;
 * @RegisterExtension
 * static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());
 * }</pre>
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback, TestWatcher {
  private final Supplier<? extends LocalServer> start;
  private LocalServer server;
  private String startedFor;

  public RunningServer(Supplier<? extends LocalServer> start) {
    this.start = start;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (server == null) { // nested classes run inside the one that started it
      server = start.get();
      startedFor = context.getUniqueId();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null && context.getUniqueId().equals(startedFor)) {
      server.close();
      server = null;
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (server != null) {
      System.err.println(
          "--- "
              + server.name()
              + " log, for failed "
              + context.getDisplayName()
              + " ---\n"
              + server.log());
    }
  }
}
