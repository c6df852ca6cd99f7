package denominator.ultradns;

import denominator.Credentials;
import denominator.Denominator;
import denominator.tck.ProviderUnderTest;
import denominator.tck.SimulatedVendor;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Opens managers to an UltraDNS simulator served by a MockWebServer, with quick retries. Registered
 * as a static extension, serves a fresh simulator on loopback for the test class.
 */
public final class SimulatedUltraDns extends SimulatedVendor<UltraDnsSimulator> {
  public static final Credentials CREDENTIALS =
      Credentials.of(Map.of("username", "user", "password", "password"));
  static final Credentials BAD_CREDENTIALS =
      Credentials.of(Map.of("username", "user", "password", "wrong"));

  SimulatedUltraDns() {
    this(new UltraDnsSimulator());
  }

  private SimulatedUltraDns(UltraDnsSimulator simulator) {
    super(simulator, server -> target(server).withTokenExpiry(simulator::expireAllTokens));
  }

  /** The provider on the simulator {@code server} serves, with a password it refuses. */
  public static ProviderUnderTest target(MockWebServer server) {
    return ProviderUnderTest.of(new UltraDnsProvider(), server.url("/").toString(), CREDENTIALS)
        .withBadCredentials(BAD_CREDENTIALS)
        .with(b -> b.http(QUICK_RETRIES))
        .withZonePageSize(UltraDnsEndpoints.ZONES_PER_PAGE);
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
