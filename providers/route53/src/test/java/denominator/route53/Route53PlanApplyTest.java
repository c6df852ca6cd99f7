package denominator.route53;

import static denominator.route53.Route53BatchTest.geo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;

/** A plan carries the state it was made from, so an atomic apply need not list the zone again. */
class Route53PlanApplyTest {
  @StartStop final MockWebServer server = LoopbackServers.server();
  final Route53Simulator simulator = new Route53Simulator("AKID", 3);
  DNSApiManager manager;
  DNSApi api;
  String zoneId;
  final List<ResourceRecordSet> current = new ArrayList<>();

  @BeforeEach
  void open() {
    server.setDispatcher(simulator);
    manager = SimulatedRoute53.connect(server);
    api = manager.api();
    zoneId = api.zones().put(Zone.create("example.com.", "hostmaster@example.com", 3600));
    ChangeSet.Builder seed = ChangeSet.builder();
    for (int i = 0; i < 40; i++) {
      current.add(geo("www-" + i, "us", "US", "192.0.2.1"));
      current.add(geo("www-" + i, "eu", "continent:EU", "192.0.2.2"));
    }
    current.forEach(seed::put);
    assertThat(api.apply(zoneId, seed.build(), ApplyMode.ATOMIC).succeeded()).isTrue();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  /** Every "us" set's regions move to "eu", as an evacuation does. */
  Plan evacuation() {
    List<ResourceRecordSet> desired = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      desired.add(geo("www-" + i, "eu", "continent:EU,US", "192.0.2.2"));
    }
    return Plan.between("example.com.", current, desired);
  }

  @Test
  void anAtomicPlanIsSentWithoutReadingTheZone() {
    Plan plan = evacuation();
    simulator.resetCounts();

    assertThat(api.apply(zoneId, plan, ApplyMode.ATOMIC).succeeded()).isTrue();

    assertThat(simulator.requestCounts()).containsOnlyKeys("ChangeResourceRecordSets");
    assertThat(api.geoRecordSets(zoneId).orElseThrow())
        .filteredOn(set -> set.name().startsWith("www-"))
        .hasSize(40)
        .allMatch(set -> set.qualifier().orElseThrow().equals("eu"));
  }

  @Test
  void aPlanGoneStaleIsRefusedAndChangesNothing() {
    Plan plan = evacuation();
    api.recordSets(zoneId).put(geo("www-7", "us", "US", "192.0.2.9")); // changed since

    assertThatThrownBy(() -> api.apply(zoneId, plan, ApplyMode.ATOMIC))
        .isInstanceOf(PlanRefusedException.class)
        .hasMessageContaining("www-7.example.com.");

    assertThat(api.geoRecordSets(zoneId).orElseThrow())
        .filteredOn(set -> set.qualifier().orElse("").equals("us"))
        .hasSize(40);
  }

  @Test
  void setsAnotherToolWroteAreReadAndTheFreshPlanApplied() {
    // a geo set whose set identifier is not ours: the plan's reading maps to another identifier
    try (Route53Client raw =
        Route53Client.builder()
            .endpointOverride(URI.create(server.url("/").toString()))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      raw.changeResourceRecordSets(
          request ->
              request
                  .hostedZoneId(zoneId)
                  .changeBatch(
                      batch ->
                          batch.changes(
                              Change.builder()
                                  .action(ChangeAction.CREATE)
                                  .resourceRecordSet(
                                      set ->
                                          set.name("legacy.example.com.")
                                              .type(RRType.A)
                                              .setIdentifier("legacy-us")
                                              .geoLocation(where -> where.countryCode("US"))
                                              .ttl(60L)
                                              .resourceRecords(value -> value.value("192.0.2.5")))
                                  .build())));
    }
    ResourceRecordSet legacy =
        api.geoRecordSets(zoneId).orElseThrow().iterateByName("legacy.example.com.").next();
    Plan plan = Plan.between("example.com.", List.of(legacy), List.of());

    assertThat(api.apply(zoneId, plan, ApplyMode.ATOMIC).succeeded()).isTrue();

    assertThat(api.recordSets(zoneId).iterateByName("legacy.example.com.")).isExhausted();
  }
}
