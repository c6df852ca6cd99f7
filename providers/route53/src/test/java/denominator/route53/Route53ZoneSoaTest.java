package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApiManager;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A zone's mailbox and TTL are its SOA's: written by a put, read by name, never invented. */
class Route53ZoneSoaTest {
  @StartStop final MockWebServer server = LoopbackServers.server();
  final Route53Simulator simulator = new Route53Simulator();
  DNSApiManager manager;

  @BeforeEach
  void open() {
    server.setDispatcher(simulator);
    manager = SimulatedRoute53.connect(server);
  }

  @AfterEach
  void close() {
    manager.close();
  }

  @Test
  void aPutWritesTheMailboxAndTtlIntoTheSoaAndKeepsTheRest() {
    String id =
        manager.api().zones().put(Zone.create("new.example.", "ops.team@new.example", 3600));

    assertThat(simulator.dump(id))
        .filteredOn(s -> s.contains(" SOA "))
        .containsExactly(
            "new.example. SOA 3600 [ns-1.awsdns-01.com. ops\\.team.new.example. 1 7200 900 1209600"
                + " 86400]");
    assertThat(byName("new.example."))
        .containsExactly(new Zone(id, "new.example.", "ops.team@new.example", 3600));
  }

  @Test
  void aPutOfANameThatExistsUpdatesThatZone() {
    String first = manager.api().zones().put(Zone.create("new.example.", "a@new.example", 300));
    String again = manager.api().zones().put(Zone.create("new.example.", "b@new.example", 600));

    assertThat(again).isEqualTo(first);
    assertThat(simulator.requests("CreateHostedZone")).isEqualTo(1);
    assertThat(byName("new.example."))
        .containsExactly(new Zone(first, "new.example.", "b@new.example", 600));
  }

  @Test
  void listingEveryZoneReadsNoSoaAndShowsNoMailbox() {
    manager.api().zones().put(Zone.create("one.example.", "a@one.example", 300));
    manager.api().zones().put(Zone.create("two.example.", "a@two.example", 300));
    simulator.resetCounts();

    List<Zone> zones = new ArrayList<>();
    manager.api().zones().iterator().forEachRemaining(zones::add);

    assertThat(zones)
        .hasSize(2)
        .allSatisfy(
            z -> {
              assertThat(z.email()).isEmpty();
              assertThat(z.ttl()).isEqualTo(OptionalInt.empty());
            });
    assertThat(simulator.requestCounts()).containsOnlyKeys("ListHostedZones");
  }

  private List<Zone> byName(String name) {
    List<Zone> zones = new ArrayList<>();
    manager.api().zones().iterateByName(name).forEachRemaining(zones::add);
    return zones;
  }
}
