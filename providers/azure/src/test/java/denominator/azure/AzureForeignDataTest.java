package denominator.azure;

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
 * ({@link ForeignAzure}): metadata, a 300-byte TXT, an MX whose exchanges have no trailing dot, an
 * SRV, an alias to a Traffic Manager profile and an empty set. The vendor's state is the
 * simulator's own.
 */
class AzureForeignDataTest extends ForeignDataContract {
  private static final String ZONE = "foreign.example";
  private final AzureSimulator simulator = SimulatedAzure.roomy().build();
  private final MockWebServer server = LoopbackServers.server();

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedAzure.target(server);
  }

  @Override
  protected Seeded seed() {
    server.setDispatcher(simulator);
    try {
      server.start(); // here, not in a @BeforeEach: the contract seeds before those run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RawAzure vendor = new RawAzure(server.url("/")).login();
    vendor.createZone(ZONE);
    ForeignAzure.seed(vendor, ZONE);
    String zone = ZONE + ".";
    return new Seeded(
        Zone.withoutSoa(ZONE, zone),
        Set.of(
            RecordSetKey.of("www." + zone, "A"),
            RecordSetKey.of("long." + zone, "TXT"),
            RecordSetKey.of(zone, "MX"),
            RecordSetKey.of("_sip._tcp." + zone, "SRV"),
            RecordSetKey.of("edge." + zone, "A"),
            RecordSetKey.of("reserved." + zone, "TXT")));
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return simulator.stateOf(ZONE);
  }

  @Override
  protected void giveBack(Seeded zone) {}
}
