package denominator.route53;

import static denominator.route53.ForeignRoute53.concat;
import static denominator.route53.ForeignRoute53.routedByPolicies;
import static denominator.route53.ForeignRoute53.set;

import denominator.model.RecordSetKey;
import denominator.model.Zone;
import denominator.tck.ForeignDataContract;
import denominator.tck.LoopbackServers;
import denominator.tck.ProviderUnderTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;

/**
 * The fidelity contract against the simulator, with a zone another tool filled through the plain
 * SDK: a health-checked weighted set, SetIdentifiers with {@code /}, geo members whose data differ,
 * latency, failover, multivalue, CIDR, geoproximity and unknown-location sets, a TXT byte outside
 * UTF-8 and an alias. The vendor's state is the simulator's own.
 */
class Route53ForeignDataTest extends ForeignDataContract {
  private static final String ZONE = "foreign.example.";
  private final MockWebServer server = LoopbackServers.server();
  private final Route53Simulator simulator = new Route53Simulator();

  @AfterEach
  void stop() {
    server.close();
  }

  @Override
  protected ProviderUnderTest target() {
    return SimulatedRoute53.target(server).with(b -> b.http(SimulatedRoute53.QUICK_RETRIES));
  }

  @Override
  protected Seeded seed() {
    server.setDispatcher(simulator);
    try {
      server.start(); // here, not in a @BeforeEach: the contract seeds before those run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (ForeignRoute53 foreign = new ForeignRoute53(server)) {
      String zoneId = foreign.createZone(ZONE);
      foreign.create(
          zoneId,
          concat(
              routedByPolicies(ZONE),
              List.of(
                  set(
                      "w." + ZONE,
                      "A",
                      "blue",
                      s -> s.weight(10L).healthCheckId("hc-blue"),
                      "192.0.2.1"),
                  set("w." + ZONE, "A", "prod/blue", s -> s.weight(5L), "192.0.2.2"),
                  set(
                      "geo." + ZONE,
                      "A",
                      "eu@DE",
                      s -> s.geoLocation(g -> g.countryCode("DE")).healthCheckId("hc-eu"),
                      "192.0.2.1"),
                  set(
                      "geo." + ZONE,
                      "A",
                      "eu@ES",
                      s -> s.geoLocation(g -> g.countryCode("ES")).healthCheckId("hc-eu"),
                      "192.0.2.1"),
                  set(
                      "geo." + ZONE,
                      "A",
                      "eu@FR",
                      s -> s.geoLocation(g -> g.countryCode("FR")),
                      "192.0.2.9"),
                  set(
                      "geo." + ZONE,
                      "A",
                      "team/paris",
                      s -> s.geoLocation(g -> g.countryCode("BE")),
                      "192.0.2.3"),
                  set(
                      "geo." + ZONE,
                      "A",
                      "xk",
                      s -> s.geoLocation(g -> g.countryCode("XK")),
                      "192.0.2.4"),
                  set("txt." + ZONE, "TXT", null, s -> {}, "\"a\\377b\""),
                  software.amazon.awssdk.services.route53.model.ResourceRecordSet.builder()
                      .name("alias." + ZONE)
                      .type("A")
                      .aliasTarget(
                          a ->
                              a.hostedZoneId("Z2FDTNDATAQYW2")
                                  .dnsName("d111111abcdef8.cloudfront.net.")
                                  .evaluateTargetHealth(false))
                      .build())));
      return new Seeded(
          Zone.withoutSoa(zoneId, ZONE),
          Set.of(
              key("w", "A", "blue"),
              key("w", "A", "prod/blue"),
              key("geo", "A", "eu"),
              key("geo", "A", "eu@FR"),
              key("geo", "A", "team/paris"),
              key("geo", "A", "xk"),
              key("lat", "A", "eu"),
              key("fo", "A", "primary"),
              key("fo", "A", "secondary"),
              key("mv", "A", "one"),
              key("cidr", "A", "office"),
              key("near", "A", "east"),
              key("txt", "TXT", null),
              key("alias", "A", null)));
    }
  }

  @Override
  protected Map<String, String> vendorState(Seeded zone) {
    return simulator.state(zone.zone().id());
  }

  @Override
  protected void giveBack(Seeded zone) {
    // the simulator goes with the test
  }

  private static RecordSetKey key(String label, String type, String qualifier) {
    return qualifier == null
        ? RecordSetKey.of(label + "." + ZONE, type)
        : RecordSetKey.of(label + "." + ZONE, type, qualifier);
  }
}
