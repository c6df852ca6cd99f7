package denominator.cloudflare;

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
 * ({@link ForeignCloudflare}): proxied records, a comment and tags, values of one set with
 * different comments, a 300-byte TXT, an MX, a CNAME of automatic TTL. The vendor's state is the
 * simulator's own.
 */
class CloudflareForeignDataTest extends ForeignDataContract {
  private static final String ZONE = "foreign.example";
  private final CloudflareSimulator simulator = SimulatedCloudflare.roomy().build();
  private final MockWebServer server = LoopbackServers.server();

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedCloudflare.target(server);
  }

  @Override
  protected Seeded seed() {
    server.setDispatcher(simulator);
    try {
      server.start(); // here, not in a @BeforeEach: the contract seeds before those run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RawCloudflare vendor = RawCloudflare.withToken(server.url("/"), SimulatedCloudflare.API_TOKEN);
    String id = vendor.createZone(ZONE, SimulatedCloudflare.ACCOUNT_ID);
    ForeignCloudflare.seed(vendor, ZONE, id);
    String zone = ZONE + ".";
    return new Seeded(
        Zone.withoutSoa(id, zone),
        Set.of(
            RecordSetKey.of("www." + zone, "A"),
            RecordSetKey.of("tagged." + zone, "AAAA"),
            RecordSetKey.of("mixed." + zone, "A"),
            RecordSetKey.of("long." + zone, "TXT"),
            RecordSetKey.of(zone, "MX"),
            RecordSetKey.of("auto." + zone, "CNAME")));
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return simulator.stateOf(ZONE);
  }

  @Override
  protected void giveBack(Seeded zone) {}
}
