package denominator.route53;

import static denominator.route53.Route53BatchTest.a;
import static denominator.route53.Route53BatchTest.geo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.ThrottledException;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults end with the desired state, and no batch is applied twice. */
class Route53FaultTest {
  @StartStop final MockWebServer server = LoopbackServers.server();
  final Route53Simulator simulator = new Route53Simulator("AKID", 42);
  DNSApiManager manager;
  DNSApi api;
  String zoneId;

  @BeforeEach
  void open() {
    server.setDispatcher(simulator);
    manager = SimulatedRoute53.connect(server);
    api = manager.api();
    zoneId = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
  }

  @AfterEach
  void close() {
    manager.close();
  }

  @Test
  void throttlingEverySecondRequestStillEndsInTheDesiredState() {
    List<ResourceRecordSet> desired = mixedSets(20);
    int batchesBefore = simulator.batchesApplied();
    simulator.throttleEvery(2);

    boolean succeeded =
        api.apply(
                zoneId,
                Plan.between("example.com.", List.of(), desired).changeSet(),
                ApplyMode.ATOMIC)
            .await(Duration.ofSeconds(30))
            .succeeded();
    simulator.throttleEvery(0);

    assertThat(succeeded).isTrue();
    assertThat(simulator.batchesApplied() - batchesBefore).isEqualTo(1);
    assertThat(withoutApex(api.recordSets(zoneId))).containsExactlyInAnyOrderElementsOf(desired);
  }

  @Test
  void aConnectionDroppedAfterAnAppliedBatchIsRetriedWithoutApplyingItTwice() {
    ChangeSet.Builder setup = ChangeSet.builder();
    for (int i = 0; i < 10; i++) {
      setup.put(a("old-" + i, "192.0.2.9"));
    }
    api.apply(zoneId, setup.build(), ApplyMode.ATOMIC);
    ChangeSet.Builder changes = ChangeSet.builder();
    List<ResourceRecordSet> desired = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      changes.delete(RecordSetKey.of("old-" + i + ".example.com.", "A"));
    }
    for (int i = 0; i < 1200; i++) { // 10 deletes + 1,200 creates: two batches
      desired.add(a("new-" + i, "192.0.2.1"));
      changes.put(desired.get(i));
    }
    int batchesBefore = simulator.batchesApplied();
    simulator.resetCounts();
    simulator.dropConnectionAfterBatch(1); // the first of two batches, which holds the deletes

    boolean succeeded =
        api.apply(zoneId, changes.build(), ApplyMode.ATOMIC)
            .await(Duration.ofSeconds(30))
            .succeeded();

    assertThat(succeeded).isTrue();
    assertThat(simulator.requests("ChangeResourceRecordSets")).isEqualTo(3); // 2 + 1 retry
    assertThat(simulator.batchesApplied() - batchesBefore).isEqualTo(2);
    assertThat(withoutApex(api.recordSets(zoneId))).containsExactlyInAnyOrderElementsOf(desired);
  }

  @Test
  void aZoneWhoseCreationResponseWasLostIsCreatedOnce() {
    simulator.dropConnectionAfterNextZoneCreation();

    String id = api.zones().put(Zone.create("twice.example.", "hostmaster@example.com", 3600));

    assertThat(api.zones().iterateByName("twice.example."))
        .toIterable()
        .extracting(Zone::id)
        .containsExactly(id);
    assertThat(simulator.requests("CreateHostedZone")).isEqualTo(3); // open() made one
  }

  @Test
  void serverErrorsAndRandomThrottlingAreRetried() {
    List<ResourceRecordSet> desired = mixedSets(30);
    simulator.failEvery(3).throttleRandomly(0.2).latency(Duration.ofMillis(2));

    boolean succeeded =
        api.apply(
                zoneId,
                Plan.between("example.com.", List.of(), desired).changeSet(),
                ApplyMode.ATOMIC)
            .await(Duration.ofSeconds(30))
            .succeeded();
    List<ResourceRecordSet> listed = withoutApex(api.recordSets(zoneId));
    simulator.failEvery(0).throttleRandomly(0);

    assertThat(succeeded).isTrue();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(desired);
  }

  @Test
  void throttlingThatOutlastsTheRetriesIsAThrottledException() {
    simulator.throttleEvery(1);

    assertThatThrownBy(() -> api.zones().iterator().hasNext())
        .isInstanceOf(ThrottledException.class);
    simulator.throttleEvery(0);
  }

  private static List<ResourceRecordSet> mixedSets(int plain) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (int i = 0; i < plain; i++) {
      sets.add(a("host-" + i, "192.0.2." + (i + 1)));
    }
    sets.add(geo("www", "us", "US", "192.0.2.100"));
    sets.add(geo("www", "eu", "continent:EU,*", "192.0.2.101"));
    for (String color : List.of("blue", "green")) {
      sets.add(
          ResourceRecordSet.builder()
              .name("api.example.com.")
              .type("A")
              .qualifier(color)
              .ttl(60)
              .weighted(new Weighted(color.length()))
              .add("192.0.2.7")
              .build());
    }
    return sets;
  }

  private static List<ResourceRecordSet> withoutApex(Iterable<ResourceRecordSet> sets) {
    List<ResourceRecordSet> result = new ArrayList<>();
    sets.forEach(
        s -> {
          if (!s.name().equals("example.com.")) {
            result.add(s);
          }
        });
    return result;
  }
}
