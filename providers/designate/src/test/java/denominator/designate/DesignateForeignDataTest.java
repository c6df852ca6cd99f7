package denominator.designate;

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
 * The fidelity contract against the simulator, with a zone another tool filled through the raw API
 * ({@link ForeignDesignate}): descriptions, a 300-byte TXT, an MX whose TTL is the zone's, an SRV
 * and a CAA. The vendor's state is the simulator's own.
 */
class DesignateForeignDataTest extends ForeignDataContract {
  private static final String ZONE = "foreign.example.";
  private final DesignateSimulator simulator = SimulatedDesignate.roomy().build();
  private final MockWebServer server = LoopbackServers.server();

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedDesignate.target(server);
  }

  @Override
  protected Seeded seed() {
    server.setDispatcher(simulator);
    try {
      server.start(); // here, not in a @BeforeEach: the contract seeds before those run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RawDesignate vendor = new RawDesignate(server.url("/")).login();
    String id = vendor.createZone(ZONE);
    ForeignDesignate.seed(vendor, id, ZONE);
    return new Seeded(
        Zone.withoutSoa(id, ZONE),
        Set.of(
            RecordSetKey.of("www." + ZONE, "A"),
            RecordSetKey.of("long." + ZONE, "TXT"),
            RecordSetKey.of(ZONE, "MX"),
            RecordSetKey.of("_sip._tcp." + ZONE, "SRV"),
            RecordSetKey.of(ZONE, "CAA")));
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return simulator.stateOf(ZONE);
  }

  @Override
  protected void giveBack(Seeded zone) {}
}
