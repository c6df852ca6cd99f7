package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApiManager;
import denominator.GeoResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.ns1.Ns1FilterChain.Client;
import denominator.tck.GeoServing;
import denominator.tck.LoopbackServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * What NS1 serves is what {@code geo list} says: geo sets put through the provider, then the
 * simulator's filter-chain evaluation asked which answers a client in a given place gets, checked
 * against the set of the most specific listed region (subdivision, then country, then continent,
 * then {@code *}), for sampled clients on every continent, US states, Canadian provinces and an
 * unknown location.
 */
class Ns1GeoRoutingTest {
  static final String ZONE = "routing.example.";
  static final String NAME = "www." + ZONE;
  static final List<Client> CLIENTS =
      List.of(
          Client.inSubdivision("US-NY"),
          Client.inSubdivision("US-CA"),
          Client.inSubdivision("US-TX"),
          Client.inSubdivision("CA-QC"),
          Client.inSubdivision("CA-BC"),
          Client.in("US"),
          Client.in("MX"),
          Client.in("BR"),
          Client.in("AR"),
          Client.in("FR"),
          Client.in("DE"),
          Client.in("RU"),
          Client.in("TR"),
          Client.in("CY"),
          Client.in("JP"),
          Client.in("IN"),
          Client.in("AU"),
          Client.in("NZ"),
          Client.in("ZA"),
          Client.in("EG"),
          Client.in("AQ"),
          Client.unknown());

  final Ns1Simulator simulator = SimulatedNs1.roomy().build();
  @StartStop final MockWebServer server = LoopbackServers.server();

  @Test
  void isthmusCaseTwoStatesToTheirOwnEndpointsTheRestOfTheUsToAThird() {
    List<ResourceRecordSet> listed =
        putAndList(
            geo("new-york", "US-NY", "192.0.2.1"),
            geo("california", "US-CA", "192.0.2.2"),
            geo("rest-of-us", "US", "192.0.2.3"),
            geo("everyone-else", "*", "192.0.2.9"));

    assertServed(Client.inSubdivision("US-NY"), "192.0.2.1");
    assertServed(Client.inSubdivision("US-CA"), "192.0.2.2");
    assertServed(Client.inSubdivision("US-TX"), "192.0.2.3");
    assertServed(Client.in("GB"), "192.0.2.9");
    assertServed(Client.unknown(), "192.0.2.9");
    CLIENTS.forEach(client -> assertServed(client, expected(listed, client)));
  }

  @Test
  void continentsCountriesProvincesAndSetsOfSeveralValuesServeAsListed() {
    List<ResourceRecordSet> listed =
        putAndList(
            geo("europe", "continent:EU", "192.0.2.1", "192.0.2.11"),
            geo("france", "FR", "192.0.2.2"),
            geo("asia", "continent:AS", "192.0.2.3"),
            geo("americas", "continent:NA", "192.0.2.4"),
            geo("south", "continent:SA", "192.0.2.5"),
            geo("quebec", "CA-QC", "192.0.2.6"),
            geo("mixed", "continent:OC", "192.0.2.7"),
            geo("default", "*", "192.0.2.9", "192.0.2.10"));

    CLIENTS.forEach(client -> assertServed(client, expected(listed, client)));
    assertServed(Client.in("DE"), "192.0.2.1", "192.0.2.11");
    assertServed(Client.in("FR"), "192.0.2.2");
    assertServed(Client.inSubdivision("CA-QC"), "192.0.2.6");
    assertServed(Client.inSubdivision("CA-BC"), "192.0.2.4");
    assertServed(Client.in("ZA"), "192.0.2.9", "192.0.2.10");
  }

  @Test
  void withoutAStarSetAClientNoSetNamesGetsNoAnswer() {
    putAndList(geo("france", "FR", "192.0.2.2"));

    assertServed(Client.in("FR"), "192.0.2.2");
    assertServed(Client.in("DE"));
    assertServed(Client.unknown());
  }

  private List<ResourceRecordSet> putAndList(ResourceRecordSet... sets) {
    server.setDispatcher(simulator);
    try (DNSApiManager manager = SimulatedNs1.builder(server).build()) {
      String zone = manager.api().zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 300));
      ChangeSet.Builder changes = ChangeSet.builder();
      for (ResourceRecordSet set : sets) {
        changes.put(set);
      }
      manager.api().apply(zone, changes.build(), ApplyMode.ATOMIC).orThrow();
      GeoResourceRecordSetApi geo = manager.api().geoRecordSets(zone).orElseThrow();
      List<ResourceRecordSet> listed = new ArrayList<>();
      geo.iterateByNameAndType(NAME, "A").forEachRemaining(listed::add);
      assertThat(listed).containsExactlyInAnyOrder(sets);
      return listed;
    }
  }

  private void assertServed(Client client, String... addresses) {
    assertServed(client, List.of(addresses));
  }

  private void assertServed(Client client, List<String> addresses) {
    assertThat(simulator.answer(ZONE, NAME, "A", client))
        .as("served to %s", client)
        .containsExactlyInAnyOrderElementsOf(addresses);
  }

  /** The values of the listed set whose region is most specific for the client; none if none. */
  private static List<String> expected(List<ResourceRecordSet> listed, Client client) {
    return GeoServing.servedTo(
            listed,
            Optional.ofNullable(client.country()),
            Optional.ofNullable(client.subdivision()))
        .map(set -> set.records().stream().map(Object::toString).toList())
        .orElse(List.of());
  }

  private static ResourceRecordSet geo(String qualifier, String region, String... addresses) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(NAME)
            .type("A")
            .ttl(60)
            .qualifier(qualifier)
            .geo(Geo.of(region));
    for (String address : addresses) {
      set.add(address);
    }
    return set.build();
  }
}
