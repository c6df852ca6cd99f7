package denominator.googledns;

import denominator.model.Zone;
import denominator.tck.ForeignDataContract;
import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;

/**
 * The fidelity contract against the simulator, with a zone another tool filled through the raw API
 * ({@link ForeignGoogleDns}): a weighted round robin of three items, a set routed by GCP region, a
 * 300-byte TXT, an MX and a CAA. The vendor's state is the simulator's own.
 */
class GoogleDnsForeignDataTest extends ForeignDataContract {
  private static final String LABEL = "foreign-example";
  private static final String ZONE = "foreign.example.";
  private static final String RAW_TOKEN = "another-tools-token";
  private final GoogleDnsSimulator simulator =
      SimulatedGoogleDns.roomy().accessToken(RAW_TOKEN).build();
  private final MockWebServer server = LoopbackServers.server();

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedGoogleDns.target(server);
  }

  @Override
  protected Seeded seed() {
    server.setDispatcher(simulator);
    try {
      server.start(); // here, not in a @BeforeEach: the contract seeds before those run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RawGoogleDns vendor = new RawGoogleDns(server.url("/"), SimulatedGoogleDns.PROJECT, RAW_TOKEN);
    vendor.createZone(LABEL, ZONE);
    ForeignGoogleDns.Seeded seeded = ForeignGoogleDns.seed(vendor, LABEL, ZONE);
    return new Seeded(Zone.withoutSoa(LABEL, ZONE), seeded.keys());
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return simulator.stateOf(LABEL);
  }

  @Override
  protected void giveBack(Seeded zone) {}
}
