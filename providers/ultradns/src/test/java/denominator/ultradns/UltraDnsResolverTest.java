package denominator.ultradns;

import static denominator.ultradns.PoolJson.allNonConfigured;
import static denominator.ultradns.PoolJson.group;
import static org.assertj.core.api.Assertions.assertThat;

import denominator.tck.LoopbackServers;
import denominator.ultradns.UltraDnsResolver.Client;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the simulator serves a client: the most specific group wins, on UltraDNS's continents. */
class UltraDnsResolverTest {
  static final String ZONE = "example.com.";
  static final String WWW = "www.example.com.";

  @StartStop final MockWebServer server = LoopbackServers.server();
  final UltraDnsSimulator simulator = new UltraDnsSimulator();
  RawUltraDns vendor;

  @BeforeEach
  void zone() {
    server.setDispatcher(simulator);
    vendor = new RawUltraDns(server.url("/"));
    vendor.login("user", "password");
    vendor.createZone(ZONE);
  }

  @Test
  void isthmusTwoStatesToTheirEndpointsTheRestOfTheUsToAThirdEveryoneElseToTheDefault() {
    UltraDnsSimulatorTest.post(
        vendor,
        "A",
        WWW,
        PoolJson.dir(
            group("new-york", "192.0.2.1", "US-NY"),
            group("california", "192.0.2.2", "US-CA"),
            group("united-states", "192.0.2.3", "US"),
            allNonConfigured("192.0.2.4")));

    assertThat(answer(Client.inSubdivision("US-NY"))).containsExactly("192.0.2.1");
    assertThat(answer(Client.inSubdivision("US-CA"))).containsExactly("192.0.2.2");
    assertThat(answer(Client.inSubdivision("US-TX"))).containsExactly("192.0.2.3");
    assertThat(answer(Client.in("US"))).containsExactly("192.0.2.3");
    assertThat(answer(Client.in("GB"))).containsExactly("192.0.2.4");
  }

  @Test
  void russiaAndCyprusAreServedByAsiaNotEurope() {
    UltraDnsSimulatorTest.post(
        vendor,
        "A",
        WWW,
        PoolJson.dir(group("europe", "192.0.2.1", "EUR"), group("asia", "192.0.2.2", "ASI")));

    assertThat(answer(Client.in("RU"))).containsExactly("192.0.2.2");
    assertThat(answer(Client.in("CY"))).containsExactly("192.0.2.2");
    assertThat(answer(Client.in("TR"))).containsExactly("192.0.2.2");
    assertThat(answer(Client.in("DE"))).containsExactly("192.0.2.1");
  }

  @Test
  void aCountryBeatsItsContinentAndEntriesOfOneGroupAreServedTogether() {
    UltraDnsSimulatorTest.post(
        vendor,
        "A",
        WWW,
        PoolJson.dir(
            group("europe", "192.0.2.1", "EUR"),
            group("france", "192.0.2.2", "FR"),
            group("france", "192.0.2.3", "FR")));

    assertThat(answer(Client.in("FR"))).containsExactly("192.0.2.2", "192.0.2.3");
    assertThat(answer(Client.in("ES"))).containsExactly("192.0.2.1");
  }

  @Test
  void noResponseAndUnmatchedClientsGetNothing() {
    UltraDnsSimulatorTest.post(
        vendor, "A", WWW, PoolJson.dirWithNoResponse("KP", group("asia", "192.0.2.1", "ASI")));

    assertThat(answer(Client.in("KP"))).isEmpty();
    assertThat(answer(Client.in("BR"))).isEmpty();
    assertThat(answer(Client.in("JP"))).containsExactly("192.0.2.1");
  }

  @Test
  void aNoResponseForEveryoneElseLeavesOnlyTheGroupsServed() {
    UltraDnsSimulatorTest.post(
        vendor,
        "A",
        WWW,
        PoolJson.dir("GEO", "{\"allNonConfigured\":true}", group("europe", "192.0.2.1", "EUR")));

    assertThat(answer(Client.in("FR"))).containsExactly("192.0.2.1");
    assertThat(answer(Client.in("US"))).isEmpty();
  }

  @Test
  void ipGroupsLoseToGeoGroupsUnderGeoAndWinUnderIp() {
    ForeignUltraDns.seed(vendor, ZONE);
    Client newYorkOffice = Client.inSubdivision("US-NY").from("10.0.0.5");
    Client brazilOffice = Client.in("BR").from("198.51.100.20");

    assertThat(simulator.answer(ZONE, "geo." + ZONE, "A", newYorkOffice))
        .containsExactly("192.0.2.1");
    assertThat(simulator.answer(ZONE, "geo." + ZONE, "A", brazilOffice))
        .containsExactly("192.0.2.10");
    assertThat(simulator.answer(ZONE, "geo." + ZONE, "A", Client.in("BR")))
        .containsExactly("192.0.2.4");

    String ipFirst =
        PoolJson.dir(
            "IP",
            null,
            PoolJson.entry(
                "{\"ipInfo\":{\"name\":\"office\",\"ips\":[{\"cidr\":\"10.0.0.0/8\"}]},\"ttl\":300}",
                "192.0.2.10"),
            group("new-york", "192.0.2.1", "US-NY"));
    UltraDnsSimulatorTest.post(vendor, "A", WWW, ipFirst);
    assertThat(answer(newYorkOffice)).containsExactly("192.0.2.10");
    assertThat(answer(Client.inSubdivision("US-NY"))).containsExactly("192.0.2.1");
  }

  @Test
  void aTrafficControllerPoolServesEveryEntryOfPositiveWeight() {
    UltraDnsSimulatorTest.post(vendor, "A", WWW, PoolJson.tc(2, 98));

    assertThat(answer(Client.in("GB"))).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
  }

  @Test
  void plainRrsetsServeAllTheirRdataAndLongTextAs255ByteStrings() {
    ForeignUltraDns.seed(vendor, ZONE);
    UltraDnsSimulatorTest.post(
        vendor, "A", WWW, "{\"ttl\":300,\"rdata\":[\"192.0.2.1\",\"192.0.2.2\"]}");

    assertThat(answer(Client.in("GB"))).containsExactly("192.0.2.1", "192.0.2.2");
    assertThat(simulator.answer(ZONE, "long." + ZONE, "TXT", Client.in("GB")))
        .containsExactly("\"" + "x".repeat(255) + "\" \"" + "x".repeat(45) + "\"");
    assertThat(simulator.answer(ZONE, "missing." + ZONE, "A", Client.in("GB"))).isEmpty();
  }

  private List<String> answer(Client client) {
    return simulator.answer(ZONE, WWW, "A", client);
  }
}
