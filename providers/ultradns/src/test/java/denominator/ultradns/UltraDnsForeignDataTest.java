package denominator.ultradns;

import denominator.model.RecordSetKey;
import denominator.model.Zone;
import denominator.tck.ForeignDataContract;
import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;

/**
 * The fidelity contract against the simulator, with a zone another tool filled through the raw REST
 * API ({@link ForeignUltraDns}): a directional pool with an IP group, {@code noResponse},
 * UltraDNS's own {@code EUR}, an account-level group and {@code allNonConfigured}; a
 * traffic-controller pool with probes and a backup record; round-robin and SiteBacker pools; a
 * 300-byte TXT. The vendor's state is the simulator's own.
 */
class UltraDnsForeignDataTest extends ForeignDataContract {
  private static final String ZONE = "foreign.example.";
  private final UltraDnsSimulator simulator = new UltraDnsSimulator();
  private final MockWebServer server = LoopbackServers.server();

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedUltraDns.target(server);
  }

  @Override
  protected Seeded seed() {
    server.setDispatcher(simulator);
    try {
      server.start(); // here, not in a @BeforeEach: the contract seeds before those run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    simulator.seedZone(ZONE);
    RawUltraDns vendor = new RawUltraDns(server.url("/"));
    vendor.login("user", "password");
    ForeignUltraDns.seed(vendor, ZONE);
    return new Seeded(
        Zone.withoutSoa(ZONE, ZONE),
        Set.of(
            RecordSetKey.of("geo." + ZONE, "A", "office"),
            RecordSetKey.of("geo." + ZONE, "A", "us-east"),
            RecordSetKey.of("geo." + ZONE, "A", "europe"),
            RecordSetKey.of("geo." + ZONE, "A", "partners"),
            RecordSetKey.of("geo." + ZONE, "A", "allNonConfigured"),
            RecordSetKey.of("weighted." + ZONE, "A", "192.0.2.21"),
            RecordSetKey.of("weighted." + ZONE, "A", "192.0.2.22"),
            RecordSetKey.of("rd." + ZONE, "A", "RDPool"),
            RecordSetKey.of("sb." + ZONE, "A", "SBPool"),
            RecordSetKey.of("long." + ZONE, "TXT")));
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return simulator.stateOf(ZONE);
  }

  @Override
  protected void giveBack(Seeded zone) {}
}
