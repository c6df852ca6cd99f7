package denominator.powerdns;

import static denominator.powerdns.PowerDnsForeignDataTest.FOREIGN_LUA;
import static denominator.powerdns.PowerDnsForeignDataTest.records;
import static denominator.powerdns.PowerDnsVendor.rrset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.InvalidChangeException;
import denominator.ResourceRecordSetApi;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import denominator.zonefile.ZoneFile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Data that other tools write through the PowerDNS API, seeded that way: what the provider shows of
 * it, and what its writes keep.
 */
class PowerDnsFidelityTest {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  PowerDnsVendor vendor;
  DNSApiManager manager;
  String zone;
  String id;

  @BeforeEach
  void createZone() {
    vendor = new PowerDnsVendor(server);
    zone = "fidelity-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
    id = vendor.createZone(zone);
    manager =
        Denominator.builder()
            .provider("powerdns")
            .url(server.apiUrl())
            .credentials(Credentials.of(Map.of("apiKey", server.apiKey())))
            .build();
  }

  @AfterEach
  void deleteZone() {
    vendor.deleteZone(id);
    manager.close();
  }

  private ResourceRecordSetApi sets() {
    return manager.api().recordSets(id);
  }

  @Test
  void disabledRecordsAreListedWithProviderDataAndAPutFromScratchKeepsThemDisabled() {
    String www = "www." + zone;
    vendor.patch(id, List.of(rrset(www, "A", 300, records("192.0.2.1", false, "192.0.2.2", true))));

    ResourceRecordSet listed = sets().get(www, "A").orElseThrow();
    assertThat(listed.records())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
    assertThat(listed.providerData()).containsEntry("disabled", "[\"192.0.2.2\"]");

    sets()
        .put(
            ResourceRecordSet.builder()
                .name(www)
                .type("A")
                .ttl(60)
                .add("192.0.2.1")
                .add("192.0.2.2")
                .add("192.0.2.3")
                .build());

    assertThat(vendor.state(id))
        .containsEntry(www + " A 192.0.2.1", "disabled=false ttl=60")
        .containsEntry(www + " A 192.0.2.2", "disabled=true ttl=60")
        .containsEntry(www + " A 192.0.2.3", "disabled=false ttl=60");
  }

  @Test
  void aPutNamingDisabledRecordsSetsTheFlags() {
    String www = "www." + zone;
    vendor.patch(id, List.of(rrset(www, "A", 300, records("192.0.2.1", false, "192.0.2.2", true))));

    sets()
        .put(
            sets().get(www, "A").orElseThrow().toBuilder()
                .providerData("disabled", "[\"192.0.2.1\"]")
                .build());

    assertThat(vendor.state(id))
        .containsEntry(www + " A 192.0.2.1", "disabled=true ttl=300")
        .containsEntry(www + " A 192.0.2.2", "disabled=false ttl=300");
    assertThat(sets().get(www, "A").orElseThrow().providerData())
        .containsEntry("disabled", "[\"192.0.2.1\"]");
  }

  @Test
  void aSetWhoseRecordsAreAllDisabledIsListedAndExported() {
    String off = "off." + zone;
    vendor.patch(id, List.of(rrset(off, "A", 300, records("192.0.2.9", true))));

    ResourceRecordSet listed = sets().get(off, "A").orElseThrow();
    StringBuilder export = new StringBuilder();
    ZoneFile.write(manager.api().zones().iterateByName(zone).next(), List.of(listed), export);

    assertThat(export)
        .contains("; provider data: disabled=[\"192.0.2.9\"]")
        .contains(off + "\t300\tIN\tA\t192.0.2.9");
  }

  @Test
  void aTxtThatIsNotUtf8IsListedAndWrittenBackInTheServersOwnText() {
    String txt = "txt." + zone;
    vendor.patch(
        id,
        List.of(rrset(txt, "TXT", 300, records("\"a\\255b\"", false, "\"\\065\\200\"", false))));

    ResourceRecordSet listed = sets().get(txt, "TXT").orElseThrow();
    assertThat(listed.records())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("\"a\\255b\"", "\"A\\200\"");

    sets().put(listed.toBuilder().add("\"new\"").build());

    // "\065" is "A": the server keeps the text it was given, and so does a put
    assertThat(vendor.state(id))
        .containsOnlyKeys(
            txt + " TXT \"a\\255b\"", txt + " TXT \"\\065\\200\"", txt + " TXT \"new\"");
  }

  @Test
  void anAliasIsListedAsProviderDataAndWrittenBackVerbatim() {
    String alias = "alias." + zone;
    vendor.patch(id, List.of(rrset(alias, "ALIAS", 300, records("lb.example.net.", false))));

    ResourceRecordSet listed = sets().get(alias, "TYPE65401").orElseThrow();
    assertThat(listed.records()).containsExactly(new PowerDnsAlias("lb.example.net."));
    assertThat(listed.records().get(0)).hasToString("alias lb.example.net.");

    sets().put(listed.toBuilder().ttl(60).build());
    sets()
        .put(
            ResourceRecordSet.builder()
                .name("other." + zone)
                .type("TYPE65401")
                .ttl(60)
                .add(
                    manager
                        .provider()
                        .parseData("TYPE65401", "alias lb2.example.net.")
                        .orElseThrow())
                .build());

    assertThat(vendor.state(id))
        .containsEntry(alias + " ALIAS lb.example.net.", "disabled=false ttl=60")
        .containsEntry("other." + zone + " ALIAS lb2.example.net.", "disabled=false ttl=60");
  }

  @Test
  void aGeoPutBesideAForeignLuaRecordOfItsTypeIsRefusedNamingIt() {
    String www = "www." + zone;
    vendor.patch(id, List.of(rrset(www, "LUA", 60, records(FOREIGN_LUA, false))));
    Map<String, String> before = vendor.state(id);

    assertThat(sets().get(www, "TYPE65402")).isPresent();
    assertThatThrownBy(
            () ->
                manager
                    .api()
                    .geoRecordSets(id)
                    .orElseThrow()
                    .put(
                        ResourceRecordSet.builder()
                            .name(www)
                            .type("A")
                            .qualifier("eu")
                            .ttl(60)
                            .geo(Geo.parse("continent:EU"))
                            .add("192.0.2.7")
                            .build()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("continent('EU')");

    assertThat(vendor.state(id)).isEqualTo(before);
  }

  @Test
  void aGeoPutOfAnotherTypeBesideAForeignLuaRecordIsAllowedAndKeepsIt() {
    String www = "www." + zone;
    vendor.patch(id, List.of(rrset(www, "LUA", 60, records(FOREIGN_LUA, false))));

    manager
        .api()
        .geoRecordSets(id)
        .orElseThrow()
        .put(
            ResourceRecordSet.builder()
                .name(www)
                .type("AAAA")
                .qualifier("eu")
                .ttl(60)
                .geo(Geo.parse("continent:EU"))
                .add("2001:db8::7")
                .build());

    assertThat(vendor.state(id)).containsKey(www + " LUA " + FOREIGN_LUA);
    assertThat(manager.api().geoRecordSets(id).orElseThrow().iterator()).toIterable().hasSize(1);
  }
}
