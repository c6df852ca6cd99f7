package denominator.clouddns;

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
 * The fidelity contract against the simulator, with a domain another tool filled through the raw
 * API ({@link ForeignCloudDns}): record comments, values of one set written by two jobs, a 300-byte
 * TXT, an SRV and a domain comment. The vendor's state is the simulator's own.
 */
class CloudDnsForeignDataTest extends ForeignDataContract {
  private static final String ZONE = "foreign.example";
  private final CloudDnsSimulator simulator = SimulatedCloudDns.roomy().build();
  private final MockWebServer server = LoopbackServers.server();

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedCloudDns.target(server);
  }

  @Override
  protected Seeded seed() {
    server.setDispatcher(simulator);
    try {
      server.start(); // here, not in a @BeforeEach: the contract seeds before those run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RawCloudDns vendor = new RawCloudDns(server.url("/")).login();
    String id = vendor.createDomain(ZONE);
    ForeignCloudDns.Seeded seeded = ForeignCloudDns.seed(vendor, id, ZONE);
    String zone = ZONE + ".";
    return new Seeded(
        Zone.withoutSoa(id, zone),
        Set.copyOf(
            seeded.written().keySet().stream()
                .map(key -> key.split(" "))
                .map(key -> RecordSetKey.of(key[0] + ".", key[1]))
                .toList()));
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return simulator.stateOf(ZONE);
  }

  @Override
  protected void giveBack(Seeded zone) {}
}
