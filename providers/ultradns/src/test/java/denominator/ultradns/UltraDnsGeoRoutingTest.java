package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApiManager;
import denominator.GeoResourceRecordSetApi;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.tck.GeoServing;
import denominator.tck.LoopbackServers;
import denominator.ultradns.UltraDnsResolver.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * What UltraDNS serves is what {@code geo list} says: geo sets put through the provider, then the
 * simulator's resolver asked which answer a client in a given place gets, checked against the most
 * specific listed region (subdivision, then country, then continent, then {@code *}).
 */
class UltraDnsGeoRoutingTest {
  static final String ZONE = "routing.example.";
  static final String NAME = "www." + ZONE;

  final UltraDnsSimulator simulator = new UltraDnsSimulator();
  @StartStop final MockWebServer server = LoopbackServers.server();

  @Test
  void isthmusCaseTwoStatesToTheirOwnEndpointsTheRestOfTheUsToAThird() {
    List<ResourceRecordSet> listed =
        putAndList(
            geo("new-york", "192.0.2.1", "US-NY"),
            geo("california", "192.0.2.2", "US-CA"),
            geo("rest-of-us", "192.0.2.3", "US"),
            geo("everyone-else", "192.0.2.9", "*"));

    assertServed(listed, Client.inSubdivision("US-NY"), "192.0.2.1");
    assertServed(listed, Client.inSubdivision("US-CA"), "192.0.2.2");
    assertServed(listed, Client.inSubdivision("US-TX"), "192.0.2.3");
    assertServed(listed, Client.in("US"), "192.0.2.3");
    assertServed(listed, Client.in("GB"), "192.0.2.9");
  }

  @Test
  void continentsServeTheCanonicalCountriesWhereUltraDnsGroupsThemOtherwise() {
    List<ResourceRecordSet> listed =
        putAndList(
            geo("europe", "192.0.2.1", "continent:EU"),
            geo("france", "192.0.2.2", "FR"),
            geo("asia", "192.0.2.3", "continent:AS"),
            geo("americas", "192.0.2.4", "continent:NA", "continent:SA"),
            geo("default", "192.0.2.9", "*"));

    // RU and CY are Europe in the canonical table, Asia at UltraDNS; TR the other way round.
    for (String country : List.of("RU", "CY", "TR", "DE", "FR", "JP", "US", "BR", "AU")) {
      assertServed(listed, Client.in(country), expected(listed, Client.in(country)));
    }
    assertThat(expected(listed, Client.in("RU"))).isEqualTo("192.0.2.1");
    assertThat(expected(listed, Client.in("TR"))).isEqualTo("192.0.2.3");
    assertThat(expected(listed, Client.in("FR"))).isEqualTo("192.0.2.2");
    assertThat(expected(listed, Client.in("AU"))).isEqualTo("192.0.2.9");
  }

  private List<ResourceRecordSet> putAndList(ResourceRecordSet... sets) {
    server.setDispatcher(simulator);
    try (DNSApiManager manager = SimulatedUltraDns.builder(server).build()) {
      String zone = manager.api().zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 300));
      GeoResourceRecordSetApi geo = manager.api().geoRecordSets(zone).orElseThrow();
      for (ResourceRecordSet set : sets) {
        geo.put(set);
      }
      List<ResourceRecordSet> listed = new ArrayList<>();
      geo.iterateByNameAndType(NAME, "A").forEachRemaining(listed::add);
      assertThat(listed).containsExactlyInAnyOrder(sets);
      return listed;
    }
  }

  private void assertServed(List<ResourceRecordSet> listed, Client client, String address) {
    assertThat(simulator.answer(ZONE, NAME, "A", client))
        .as("served to %s", client)
        .containsExactly(address);
  }

  /** The one address of the listed set whose region is most specific for the client. */
  private static String expected(List<ResourceRecordSet> listed, Client client) {
    return GeoServing.servedTo(
            listed, Optional.of(client.country()), Optional.ofNullable(client.subdivision()))
        .orElseThrow(() -> new AssertionError("no listed set serves " + client))
        .records()
        .get(0)
        .toString();
  }

  private static ResourceRecordSet geo(String qualifier, String address, String... regions) {
    return ResourceRecordSet.builder()
        .name(NAME)
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .geo(Geo.of(regions))
        .add(address)
        .build();
  }
}
