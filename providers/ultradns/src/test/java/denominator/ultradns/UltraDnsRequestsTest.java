package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.tck.LoopbackServers;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A change set takes the fewest requests UltraDNS allows: one write per pool however many of its
 * geo sets change, and every pool of the change set in one {@code /v1/batch}.
 */
class UltraDnsRequestsTest {
  static final String ZONE = "requests.example.";

  /** 40 names of 3 geo sets: 120 changes, more than one batch would hold counted one by one. */
  static final List<String> NAMES = IntStream.range(0, 40).mapToObj(i -> "n" + i).toList();

  static final String ROWS = "PUT /v1/zones/{zone}/rrsets/{type}/{owner}";

  final UltraDnsSimulator simulator = new UltraDnsSimulator();
  @StartStop final MockWebServer server = LoopbackServers.server();

  @Test
  void puttingAndEvacuatingGeoSetsOfSeveralNamesWritesEachPoolOnceInOneBatch() {
    server.setDispatcher(simulator);
    try (DNSApiManager manager = SimulatedUltraDns.builder(server).build()) {
      DNSApi api = manager.api();
      String zone = api.zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 300));
      ChangeSet.Builder put = ChangeSet.builder();
      for (String name : NAMES) {
        put.put(geo(name, "east", "192.0.2.1", "US"))
            .put(geo(name, "west", "192.0.2.2", "continent:EU"))
            .put(geo(name, "rest", "192.0.2.3", "*"));
      }
      simulator.resetCounts();

      api.apply(zone, put.build(), ApplyMode.ATOMIC).orThrow();

      assertThat(simulator.requests("POST /v1/batch")).isEqualTo(1);
      assertThat(simulator.batchedRequestCounts())
          .isEqualTo(Map.of("POST /v1/zones/{zone}/rrsets/{type}/{owner}", NAMES.size()));

      ChangeSet.Builder evacuate = ChangeSet.builder();
      for (String name : NAMES) {
        evacuate
            .delete(RecordSetKey.of(name + "." + ZONE, "A", "east"))
            .put(geo(name, "west", "192.0.2.2", "continent:EU", "US"));
      }
      simulator.resetCounts();

      api.apply(zone, evacuate.build(), ApplyMode.ATOMIC).orThrow();

      assertThat(simulator.requests("POST /v1/batch")).isEqualTo(1);
      assertThat(simulator.batchedRequestCounts()).isEqualTo(Map.of(ROWS, NAMES.size()));
      assertThat(simulator.stateOf(ZONE)).containsKeys("n39." + ZONE + " A");
    }
  }

  private static ResourceRecordSet geo(
      String name, String qualifier, String address, String... regions) {
    return ResourceRecordSet.builder()
        .name(name + "." + ZONE)
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .geo(Geo.of(regions))
        .add(address)
        .build();
  }
}
