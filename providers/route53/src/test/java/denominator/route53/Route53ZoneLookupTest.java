package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import denominator.DNSApiManager;
import denominator.ZoneApi;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A zone the CLI is given by name or id is one request, however many hosted zones the account
 * holds: never the listing, which takes a request per 100 zones.
 */
class Route53ZoneLookupTest {
  /** Three pages of {@code ListHostedZones}. */
  static final int ZONES = 250;

  @StartStop static final MockWebServer server = LoopbackServers.server();
  static final Route53Simulator simulator = new Route53Simulator();
  static final List<String> ids = new ArrayList<>();
  static DNSApiManager manager;

  @BeforeAll
  static void seed() {
    server.setDispatcher(simulator);
    manager = SimulatedRoute53.connect(server);
    for (int i = 0; i < ZONES; i++) {
      ids.add(zones().put(Zone.withoutSoa("zone-" + i + ".example.", "zone-" + i + ".example.")));
    }
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  @BeforeEach
  void forgetTheSeeding() {
    simulator.resetCounts();
  }

  @Test
  void aNameAmongManyZonesIsOneListHostedZonesByName() {
    List<Zone> found = new ArrayList<>();
    zones().iterateByNameWithoutSoa("zone-125.example").forEachRemaining(found::add);

    assertThat(found).containsExactly(Zone.withoutSoa(ids.get(125), "zone-125.example."));
    assertThat(simulator.requestCounts()).containsExactly(entry("ListHostedZonesByName", 1));
  }

  @Test
  void aNameNoZoneHasIsOneListHostedZonesByName() {
    assertThat(zones().iterateByNameWithoutSoa("zone-125.example.net.")).isExhausted();
    assertThat(simulator.requestCounts()).containsExactly(entry("ListHostedZonesByName", 1));
  }

  @Test
  void anIdIsOneGetHostedZone() {
    assertThat(zones().byId(ids.get(249)))
        .contains(Zone.withoutSoa(ids.get(249), "zone-249.example."));
    assertThat(simulator.requestCounts()).containsExactly(entry("GetHostedZone", 1));
  }

  @Test
  void anUnknownIdAndOneRoute53RefusesAsMalformedFindNothing() {
    assertThat(zones().byId("Z9999999999999")).isEmpty();
    assertThat(zones().byId("zone-125.example.with.a.name.longer.than.an.id")).isEmpty();
    assertThat(simulator.requestCounts()).containsExactly(entry("GetHostedZone", 2));
  }

  private static ZoneApi zones() {
    return manager.api().zones();
  }
}
