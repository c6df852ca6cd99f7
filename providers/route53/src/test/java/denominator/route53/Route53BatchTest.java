package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AuthenticationException;
import denominator.AwaitTimeoutException;
import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ManualTime;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class Route53BatchTest {
  private static final Logger log = LoggerFactory.getLogger(Route53BatchTest.class);

  @StartStop final MockWebServer server = LoopbackServers.server();
  final Route53Simulator simulator = new Route53Simulator();
  DNSApiManager manager;
  DNSApi api;
  String zoneId;

  @BeforeEach
  void open() {
    server.setDispatcher(simulator);
    manager = SimulatedRoute53.connect(server);
    api = manager.api();
    zoneId = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
    simulator.resetCounts();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  @Test
  void putting1000GeoSetsInOneChangeSetTakesAHandfulOfRequests() {
    ChangeSet.Builder changes = ChangeSet.builder();
    for (int i = 0; i < 1000; i++) {
      changes.put(geo("host-" + i, "eu", "continent:EU", "192.0.2." + (i % 250 + 1)));
    }

    ChangeResult result =
        api.apply(zoneId, changes.build(), ApplyMode.ATOMIC).await(Duration.ofSeconds(30));

    log.info("1,000 geo sets: {} requests {}", simulator.requests(), simulator.requestCounts());
    assertThat(result.succeeded()).isTrue();
    // read the zone once, then 1 batch (1,000 CREATEs of sets read as absent), 1 GetChange
    assertThat(simulator.requestCounts())
        .containsEntry("GetHostedZone", 1)
        .containsEntry("ListResourceRecordSets", 1)
        .containsEntry("ChangeResourceRecordSets", 1)
        .containsEntry("GetChange", 1);
    assertThat(simulator.requests()).isEqualTo(4);
    assertThat(api.geoRecordSets(zoneId).orElseThrow()).hasSize(1000);
  }

  @Test
  void aGeoSetOfEveryRegionSpansPagesAndReadsBackAsOneSet() {
    var geo = api.geoRecordSets(zoneId).orElseThrow();
    List<String> codes = geo.supportedRegions().stream().map(r -> r.code()).toList();
    ResourceRecordSet everywhere = geo("www", "all", String.join(",", codes), "192.0.2.1");
    geo.put(geo("a", "eu", "continent:EU", "192.0.2.2"));
    geo.put(everywhere);
    geo.put(geo("z", "eu", "continent:EU", "192.0.2.3"));
    simulator.resetCounts();

    List<ResourceRecordSet> listed = new ArrayList<>();
    geo.forEach(listed::add);

    assertThat(codes.size()).isGreaterThan(300);
    assertThat(simulator.requests("ListResourceRecordSets")).isEqualTo(2);
    assertThat(listed)
        .extracting(ResourceRecordSet::name)
        .containsExactly("a.example.com.", "www.example.com.", "z.example.com.");
    assertThat(listed.get(1)).isEqualTo(everywhere);
  }

  @Test
  void wildcardNamesAndEscapedTextRoundTripAndDelete() {
    var sets = api.recordSets(zoneId);
    ResourceRecordSet wildcard = a("*", "192.0.2.1");
    ResourceRecordSet text =
        ResourceRecordSet.builder()
            .name("txt.example.com.")
            .type("TXT")
            .ttl(60)
            .add("\"say \\\"hi\\\"\" \"caf\\195\\169\"")
            .build();
    sets.put(wildcard);
    sets.put(text);

    assertThat(simulator.dump(zoneId)).anyMatch(s -> s.contains("\"caf\\303\\251\""));
    assertThat(sets.get("*.example.com.", "A")).contains(wildcard);
    assertThat(sets.get("txt.example.com.", "TXT")).contains(text);
    sets.delete("*.example.com.", "A");
    sets.delete("txt.example.com.", "TXT");
    assertThat(simulator.dump(zoneId)).hasSize(2);
  }

  @Test
  void puttingTheSameGeoSetAgainSendsNoChange() {
    var geo = api.geoRecordSets(zoneId).orElseThrow();
    geo.put(geo("www", "us-east", "US,CA", "192.0.2.1"));
    simulator.resetCounts();

    geo.put(geo("www", "us-east", "CA,US", "192.0.2.1"));

    assertThat(simulator.requestCounts())
        .containsExactly(java.util.Map.entry("ListResourceRecordSets", 1));
  }

  @Test
  void aSinglePlainPutIsOneRequestWithoutReadingFirst() {
    api.recordSets(zoneId).put(a("www", "192.0.2.1"));

    assertThat(simulator.requestCounts())
        .containsExactly(java.util.Map.entry("ChangeResourceRecordSets", 1));
  }

  @Test
  void aGeoSetThatShrinksLosesItsRegionsInOneBatch() {
    var geo = api.geoRecordSets(zoneId).orElseThrow();
    geo.put(geo("www", "us-east", "US,CA,MX", "192.0.2.1"));
    simulator.resetCounts();

    geo.put(geo("www", "us-east", "US", "192.0.2.1"));

    assertThat(simulator.requests("ChangeResourceRecordSets")).isEqualTo(1);
    assertThat(simulator.dump(zoneId))
        .filteredOn(s -> s.startsWith("www."))
        .singleElement()
        .asString()
        .contains("us-east@US");
    assertThat(geo.get("www.example.com.", "A", "us-east").orElseThrow().geo())
        .contains(Geo.parse("US"));
  }

  @Test
  void anAtomicSetRefusedInItsSecondBatchUndoesTheFirst() {
    api.recordSets(zoneId).put(a("www", "192.0.2.1"));
    List<String> before = simulator.dump(zoneId);
    ChangeSet.Builder changes = ChangeSet.builder();
    for (int i = 0; i < 1100; i++) {
      changes.put(a("host-" + i, "192.0.2.1"));
    }
    changes.put(
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("CNAME")
            .ttl(60)
            .add("elsewhere.example.net.")
            .build());

    ChangeResult result = api.apply(zoneId, changes.build(), ApplyMode.ATOMIC);

    assertThat(result.failures())
        .singleElement()
        .satisfies(o -> assertThat(o.change().key().type()).isEqualTo("CNAME"));
    assertThat(result.withStatus(Status.ROLLED_BACK)).hasSize(1000);
    assertThat(result.withStatus(Status.SKIPPED)).hasSize(100);
    assertThat(simulator.dump(zoneId)).isEqualTo(before);
  }

  @Test
  void anAtomicSetRefusedInALaterBatchPutsBackWhatAnotherToolWroteUnderItsSetIdentifiers() {
    try (ForeignRoute53 foreign = new ForeignRoute53(server)) {
      foreign.create(
          zoneId,
          List.of(
              ForeignRoute53.set(
                  "legacy.example.com.",
                  "A",
                  "legacy-us",
                  s -> s.geoLocation(g -> g.countryCode("US")).healthCheckId("hc-1"),
                  "192.0.2.5"),
              ForeignRoute53.set("www.example.com.", "A", null, s -> {}, "192.0.2.1")));
    }
    List<String> before = simulator.dump(zoneId);
    ResourceRecordSet legacy =
        api.geoRecordSets(zoneId).orElseThrow().iterateByName("legacy.example.com.").next();
    ChangeSet changes =
        ChangeSet.builder()
            .delete(legacy.key())
            .put(a("host", "192.0.2.2"))
            .put(
                ResourceRecordSet.builder()
                    .name("www.example.com.")
                    .type("CNAME")
                    .ttl(60)
                    .add("elsewhere.example.net.")
                    .build())
            .build();
    simulator.resetCounts();

    try (DNSApiManager oneByOne = SimulatedRoute53.builder(server).maxChangesPerBatch(1).build()) {
      ChangeResult result = oneByOne.api().apply(zoneId, changes, ApplyMode.ATOMIC);

      assertThat(result.withStatus(Status.ROLLED_BACK)).hasSize(2);
      assertThat(result.failures())
          .singleElement()
          .satisfies(o -> assertThat(o.change().key().type()).isEqualTo("CNAME"));
    }
    assertThat(simulator.requests("ChangeResourceRecordSets")).isEqualTo(5); // 3 sent, 2 undone
    assertThat(simulator.dump(zoneId)).isEqualTo(before);
  }

  @Test
  void awaitPollsGetChangeUntilInsyncOnTheManagersClock() {
    ManualTime time = new ManualTime();
    simulator.clock(time).insyncAfter(Duration.ofSeconds(1));
    try (DNSApiManager timed = SimulatedRoute53.builder(server).clock(time).sleeper(time).build()) {
      ChangeResult result =
          timed
              .api()
              .apply(
                  zoneId, ChangeSet.builder().put(a("www", "192.0.2.1")).build(), ApplyMode.ATOMIC);

      result.await(Duration.ofSeconds(10));
    }

    // backing off from 50 ms: INSYNC once 1 s has passed on the clock, at 1.55 s
    assertThat(time.sleeps())
        .containsExactly(
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800));
    assertThat(simulator.requests("GetChange")).isEqualTo(6);
  }

  @Test
  void awaitGivesUpAtItsDeadline() {
    ManualTime time = new ManualTime();
    simulator.clock(time).insyncAfter(Duration.ofHours(1));
    try (DNSApiManager timed = SimulatedRoute53.builder(server).clock(time).sleeper(time).build()) {
      ChangeResult result =
          timed
              .api()
              .apply(
                  zoneId, ChangeSet.builder().put(a("www", "192.0.2.1")).build(), ApplyMode.ATOMIC);

      assertThatThrownBy(() -> result.await(Duration.ofSeconds(30)))
          .isInstanceOf(AwaitTimeoutException.class)
          .hasMessageContaining("INSYNC");
    }
    assertThat(time.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
        .isLessThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void credentialsAreReadAgainForEveryRequest() {
    AtomicReference<Credentials> credentials =
        new AtomicReference<>(Credentials.of("WRONG", "SECRET"));
    try (DNSApiManager rotating = SimulatedRoute53.connect(server, credentials::get)) {
      assertThatThrownBy(() -> rotating.api().zones().iterator().hasNext())
          .isInstanceOf(AuthenticationException.class);

      credentials.set(Credentials.of("AKID", "SECRET"));

      assertThat(rotating.api().zones()).extracting(Zone::id).contains(zoneId);
    }
  }

  @Test
  void sessionCredentialsSendTheirToken() throws Exception {
    try (DNSApiManager session =
        SimulatedRoute53.connect(server, () -> Credentials.of("AKID", "SECRET", "TOKEN"))) {
      session.api().zones().iterator().hasNext();
    }
    List<RecordedRequest> requests = new ArrayList<>();
    for (RecordedRequest r;
        (r = server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS)) != null; ) {
      requests.add(r);
    }
    assertThat(requests.get(requests.size() - 1).getHeaders().get("X-Amz-Security-Token"))
        .isEqualTo("TOKEN");
  }

  static ResourceRecordSet a(String label, String address) {
    return ResourceRecordSet.builder()
        .name(label + ".example.com.")
        .type("A")
        .ttl(60)
        .add(address)
        .build();
  }

  static ResourceRecordSet geo(String label, String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name(label + ".example.com.")
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }
}
