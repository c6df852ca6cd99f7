package denominator.route53;

import static denominator.route53.ForeignRoute53.concat;
import static denominator.route53.ForeignRoute53.routedByPolicies;
import static denominator.route53.ForeignRoute53.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApiManager;
import denominator.DenominatorException;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.tck.LoopbackServers;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 at Route53: record sets another tool wrote (through the plain SDK) are read whole and
 * survive our writes: health checks, SetIdentifiers with any character, geo members whose data
 * differ, routing policies the model lacks, TXT bytes outside UTF-8.
 */
class Route53FidelityTest {
  static final String ZONE = "example.com.";
  @StartStop final MockWebServer server = LoopbackServers.server();
  final Route53Simulator simulator = new Route53Simulator();
  ForeignRoute53 foreign;
  DNSApiManager manager;
  String zoneId;

  @BeforeEach
  void open() {
    server.setDispatcher(simulator);
    foreign = new ForeignRoute53(server);
    zoneId = foreign.createZone(ZONE);
    manager = SimulatedRoute53.connect(server);
  }

  @AfterEach
  void close() {
    manager.close();
    foreign.close();
  }

  @Test
  void aWeightedPutWithoutProviderDataKeepsTheHealthCheck() {
    foreign.create(
        zoneId,
        List.of(
            set(
                "www." + ZONE,
                "A",
                "blue",
                s -> s.weight(10L).healthCheckId("hc-blue"),
                "192.0.2.1")));

    ResourceRecordSet listed = listed(key("www", "A", "blue"));
    assertThat(listed.providerData()).containsEntry("healthCheckId", "hc-blue");
    manager
        .api()
        .weightedRecordSets(zoneId)
        .orElseThrow()
        .put(listed.toBuilder().providerData(Map.of()).weighted(new Weighted(0)).build());

    assertThat(simulator.state(zoneId).get("www.example.com. A blue"))
        .contains("<Weight>0</Weight>")
        .contains("<HealthCheckId>hc-blue</HealthCheckId>");
  }

  @Test
  void anEvacuationAndARestoreKeepEveryHealthCheck() {
    foreign.create(
        zoneId,
        List.of(
            set(
                "www." + ZONE,
                "A",
                "us-east@continent:NA",
                s -> s.geoLocation(g -> g.continentCode("NA")).healthCheckId("hc-east"),
                "192.0.2.1"),
            set(
                "www." + ZONE,
                "A",
                "eu-west@continent:EU",
                s -> s.geoLocation(g -> g.continentCode("EU")).healthCheckId("hc-west"),
                "192.0.2.2"),
            set(
                "www." + ZONE,
                "A",
                "elsewhere@*",
                s -> s.geoLocation(g -> g.countryCode("*")),
                "192.0.2.3")));
    Map<String, String> before = simulator.state(zoneId);
    Target target = new Target("route53", manager.api(), zoneId, ZONE);
    List<Snapshot> saved = new ArrayList<>();

    assertThat(
            Traffic.evacuate(
                    List.of(target),
                    "us-east",
                    List.of("eu-west"),
                    SaviourPolicy.first(),
                    ApplyMode.ATOMIC,
                    saved::add)
                .succeeded())
        .isTrue();
    assertThat(simulator.state(zoneId))
        .containsKey("www.example.com. A eu-west@continent:NA")
        .allSatisfy(
            (key, xml) ->
                assertThat(xml)
                    .satisfiesAnyOf(
                        x -> assertThat(key).doesNotStartWith("www."),
                        x -> assertThat(key).endsWith("elsewhere@*"),
                        x -> assertThat(x).contains("<HealthCheckId>hc-west</HealthCheckId>")));
    assertThat(Traffic.restore(List.of(target), saved.get(0), false, ApplyMode.ATOMIC).succeeded())
        .isTrue();

    assertThat(simulator.state(zoneId)).isEqualTo(before);
  }

  @Test
  void setIdentifiersOfOtherToolsAreReadAndWrittenVerbatim() {
    List<String> ids = List.of("prod/blue", "a/b/c", "x%2Fy", "team@a", "with space");
    List<software.amazon.awssdk.services.route53.model.ResourceRecordSet> sets = new ArrayList<>();
    ids.forEach(id -> sets.add(set("api." + ZONE, "A", id, s -> s.weight(1L), "192.0.2.1")));
    foreign.create(zoneId, sets);

    assertThat(listed()).extracting(s -> s.qualifier().orElse(null)).containsAll(ids);
    ResourceRecordSet blue = listed(key("api", "A", "prod/blue"));
    manager
        .api()
        .weightedRecordSets(zoneId)
        .orElseThrow()
        .put(blue.toBuilder().weighted(new Weighted(0)).build()); // drain
    assertThat(simulator.state(zoneId))
        .containsKey("api.example.com. A prod/blue")
        .doesNotContainKey("api.example.com. A blue");
    assertThat(simulator.state(zoneId).get("api.example.com. A prod/blue"))
        .contains("<Weight>0</Weight>");

    ResourceRecordSet ours = blue.toBuilder().qualifier("team/a").build();
    manager.api().weightedRecordSets(zoneId).orElseThrow().put(ours);
    assertThat(listed()).contains(ours);
    manager.api().recordSets(zoneId).delete(ours.key());
    assertThat(simulator.state(zoneId)).doesNotContainKey("api.example.com. A team/a");
  }

  @Test
  void aForeignGeoSetIdentifierIsWrittenBackUnderTheSameName() {
    foreign.create(
        zoneId,
        List.of(
            set(
                "geo." + ZONE,
                "A",
                "paris",
                s -> s.geoLocation(g -> g.countryCode("FR")),
                "192.0.2.1")));

    ResourceRecordSet paris = listed(key("geo", "A", "paris"));
    manager.api().geoRecordSets(zoneId).orElseThrow().put(paris.toBuilder().ttl(120).build());

    assertThat(simulator.state(zoneId))
        .containsOnlyKeys("example.com. NS", "geo.example.com. A paris");
    assertThat(simulator.state(zoneId).get("geo.example.com. A paris")).contains("<TTL>120<");
  }

  @Test
  void geoMembersWhoseDataDifferAreNeverMerged() {
    foreign.create(
        zoneId,
        List.of(
            set(
                "www." + ZONE,
                "A",
                "eu@DE",
                s -> s.geoLocation(g -> g.countryCode("DE")),
                "192.0.2.1"),
            set(
                "www." + ZONE,
                "A",
                "eu@FR",
                s -> s.geoLocation(g -> g.countryCode("FR")).healthCheckId("hc-fr"),
                "192.0.2.1"),
            set(
                "www." + ZONE,
                "A",
                "eu@ES",
                s -> s.geoLocation(g -> g.countryCode("ES")),
                "192.0.2.1")));
    Map<String, String> before = simulator.state(zoneId);

    ResourceRecordSet eu = listed(key("www", "A", "eu"));
    assertThat(eu.geo().orElseThrow()).isEqualTo(Geo.parse("DE,ES"));
    ResourceRecordSet france = listed(key("www", "A", "eu@FR"));
    assertThat(france.providerData()).containsEntry("healthCheckId", "hc-fr");
    simulator.resetCounts();
    assertThatThrownBy(
            () ->
                manager
                    .api()
                    .geoRecordSets(zoneId)
                    .orElseThrow()
                    .put(eu.toBuilder().geo(Geo.parse("DE,ES,FR")).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("another qualifier");
    assertThat(simulator.requests("ChangeResourceRecordSets")).isZero();

    manager.api().geoRecordSets(zoneId).orElseThrow().put(eu);
    manager.api().geoRecordSets(zoneId).orElseThrow().put(france);
    assertThat(simulator.state(zoneId)).isEqualTo(before);
  }

  @Test
  void setsRoutedByPoliciesTheModelLacksAreListedRefusedAndDeletable() {
    foreign.create(
        zoneId,
        concat(
            routedByPolicies(ZONE),
            List.of(
                set(
                    "kosovo." + ZONE,
                    "A",
                    "xk",
                    s -> s.geoLocation(g -> g.countryCode("XK")),
                    "192.0.2.1"))));

    assertThat(listed())
        .filteredOn(s -> s.providerData().containsKey("routing"))
        .extracting(
            s -> s.key().name() + " " + s.qualifier().orElseThrow() + " " + s.providerData())
        .containsExactlyInAnyOrder(
            "lat.example.com. eu {routing=latency region=eu-west-1, healthCheckId=hc-1}",
            "fo.example.com. primary {routing=failover PRIMARY, healthCheckId=hc-2}",
            "fo.example.com. secondary {routing=failover SECONDARY}",
            "mv.example.com. one {routing=multivalue}",
            "cidr.example.com. office {routing=cidr collection=c-1 location=hq}",
            "near.example.com. east {routing=geoproximity region=us-east-1 bias=10}",
            "kosovo.example.com. xk {routing=geolocation country=XK}");

    ResourceRecordSet primary = listed(key("fo", "A", "primary"));
    simulator.resetCounts();
    assertThatThrownBy(
            () -> manager.api().recordSets(zoneId).put(primary.toBuilder().ttl(61).build()))
        .isInstanceOf(DenominatorException.class)
        .hasMessageContaining("fo.example.com");
    assertThat(simulator.requests()).isZero();

    manager.api().recordSets(zoneId).delete(primary.key());
    assertThat(simulator.state(zoneId))
        .doesNotContainKey("fo.example.com. A primary")
        .containsKey("fo.example.com. A secondary");
  }

  @Test
  void aTxtByteOutsideUtf8IsKeptThroughAPutOfTheListedSet() {
    foreign.create(zoneId, List.of(set("txt." + ZONE, "TXT", null, s -> {}, "\"a\\377b\"")));
    Map<String, String> before = simulator.state(zoneId);

    ResourceRecordSet txt = listed(key("txt", "TXT", null));
    assertThat(txt.records().get(0)).hasToString("\"a\\255b\"");
    manager.api().recordSets(zoneId).put(txt.toBuilder().ttl(61).build());
    manager.api().recordSets(zoneId).put(txt);

    assertThat(simulator.state(zoneId)).isEqualTo(before);
  }

  private List<ResourceRecordSet> listed() {
    List<ResourceRecordSet> sets = new ArrayList<>();
    manager.api().recordSets(zoneId).iterator().forEachRemaining(sets::add);
    return sets;
  }

  private ResourceRecordSet listed(RecordSetKey key) {
    return listed().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(key + " not in " + listed()));
  }

  private static RecordSetKey key(String label, String type, String qualifier) {
    return qualifier == null
        ? RecordSetKey.of(label + "." + ZONE, type)
        : RecordSetKey.of(label + "." + ZONE, type, qualifier);
  }
}
