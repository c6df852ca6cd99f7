package denominator.ns1;

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
 * API ({@link ForeignNs1}): a record steered by {@code up}, {@code geotarget_country} and {@code
 * select_first_n} with a data feed, notes, a georegion and a region with its own meta; a failover
 * record in {@code priority} tiers; a 300-byte TXT; an MX. The vendor's state is the simulator's
 * own.
 */
class Ns1ForeignDataTest extends ForeignDataContract {
  private static final String ZONE = "foreign.example";
  private final Ns1Simulator simulator = SimulatedNs1.roomy().build();
  private final MockWebServer server = LoopbackServers.server();

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedNs1.target(server);
  }

  @Override
  protected Seeded seed() {
    server.setDispatcher(simulator);
    try {
      server.start(); // here, not in a @BeforeEach: the contract seeds before those run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RawNs1 vendor = new RawNs1(server.url("/"), SimulatedNs1.API_KEY);
    vendor.put("/v1/zones/" + ZONE, "{\"zone\":\"" + ZONE + "\"}");
    ForeignNs1.seed(vendor, ZONE);
    String zone = ZONE + ".";
    return new Seeded(
        Zone.withoutSoa(zone, zone),
        Set.of(
            RecordSetKey.of("steered." + zone, "A", "americas"),
            RecordSetKey.of("steered." + zone, "A", "europe"),
            RecordSetKey.of("failover." + zone, "A", "-"),
            RecordSetKey.of("long." + zone, "TXT"),
            RecordSetKey.of("mail." + zone, "MX")));
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return simulator.stateOf(ZONE);
  }

  @Override
  protected void giveBack(Seeded zone) {}
}
