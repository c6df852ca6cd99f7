package denominator.rfc2136;

import denominator.tck.ProviderUnderTest;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A BIND 9 on loopback for one test class, as {@link RunningServer} runs it, with the provider on
 * it lending the tests the server's zones from a {@link ZonePool}: DNS cannot create zones, so a
 * contract's zone creation borrows one and its zone deletion test is skipped with the provider's
 * reason. Register it as a static field.
 */
final class PooledBind implements BeforeAllCallback, AfterAllCallback, TestWatcher {
  private final RunningServer running;
  private BindServer server;
  private ZonePool pool;

  PooledBind(Supplier<BindServer> start) {
    running =
        new RunningServer(
            () -> {
              server = start.get();
              pool = new ZonePool(server.zones());
              return server;
            });
  }

  /** A server of {@link ZonePool#SIZE} zones named {@code prefix-N.rfc2136.denominator.test.}. */
  static PooledBind of(String prefix) {
    return new PooledBind(() -> BindServer.start(ZonePool.names(prefix)));
  }

  /** The started server. */
  BindServer server() {
    return server;
  }

  /** The provider on the server, with its key, lending zones from the pool. */
  ProviderUnderTest target() {
    return server.target(pool);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running.beforeAll(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    running.afterAll(context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    running.testFailed(context, cause);
  }
}
