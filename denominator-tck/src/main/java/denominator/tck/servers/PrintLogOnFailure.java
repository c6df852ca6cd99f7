package denominator.tck.servers;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints a {@link LocalServer}'s log to stderr when a test fails, so the failure report shows what
 * the server said. Register it as a static field: it then applies to nested classes too.
 *
 * <pre>{@code
 * @RegisterExtension static final PrintLogOnFailure LOG = new PrintLogOnFailure(() -> server);
 * }</pre>
 */
public final class PrintLogOnFailure implements TestWatcher {
  private final Supplier<? extends LocalServer> server;

  public PrintLogOnFailure(Supplier<? extends LocalServer> server) {
    this.server = server;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    LocalServer running = server.get();
    if (running != null) {
      System.err.println("--- " + running.name() + " log, for failed "
          + context.getDisplayName() + " ---\n" + running.log());
    }
  }
}
