package denominator.powerdns;

import static denominator.powerdns.PowerDnsForeignDataTest.records;
import static denominator.powerdns.PowerDnsVendor.rrset;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.ZoneApi;
import denominator.model.Zone;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Zones that the provider creates, and zones that other tools created, on a real server. */
class PowerDnsZonesTest {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  PowerDnsVendor vendor;
  String zone;
  List<DNSApiManager> managers = new ArrayList<>();

  @BeforeEach
  void name() {
    vendor = new PowerDnsVendor(server);
    zone = "zones-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
  }

  @AfterEach
  void deleteZone() {
    try {
      vendor.deleteZone(zone);
    } catch (IllegalStateException absent) {
      // the test failed before the zone existed
    }
    managers.forEach(DNSApiManager::close);
  }

  private DNSApiManager connect(String query) {
    return opened(builder(query));
  }

  private static Denominator.Builder builder(String query) {
    return Denominator.builder()
        .provider("powerdns")
        .url(server.apiUrl() + query)
        .credentials(Credentials.of(Map.of("apiKey", server.apiKey())));
  }

  private DNSApiManager opened(Denominator.Builder builder) {
    DNSApiManager manager = builder.build();
    managers.add(manager);
    return manager;
  }

  @Test
  void aNewZoneHasNsRecordsAndPassesPdnsutilCheckZone() throws Exception {
    connect("").api().zones().put(Zone.create(zone, "hostmaster@" + zone, 3600));

    assertThat(contents("NS")).containsExactly("ns1." + zone);
    assertThat(contents("SOA")).singleElement().asString().startsWith("ns1." + zone + " ");
    assertThat(pdnsutil("check-zone", zone)).contains("0 errors");
  }

  @Test
  void theUrlNamesTheNameServersOfNewZones() {
    connect("?nameservers=ns1.example.net.,ns2.example.net")
        .api()
        .zones()
        .put(Zone.create(zone, "hostmaster@" + zone, 3600));

    assertThat(contents("NS")).containsExactlyInAnyOrder("ns1.example.net.", "ns2.example.net.");
    assertThat(contents("SOA")).singleElement().asString().startsWith("ns1.example.net. ");
  }

  @Test
  void puttingAZoneChangesOnlyItsEmailAndTtlInTheSoaAnotherToolWrote() {
    vendor.createZone(zone);
    vendor.patch(
        zone,
        List.of(
            rrset(
                zone,
                "SOA",
                900,
                records("a.example.net. x.example.net. 5 7200 1800 1209600 300", false))));

    connect("").api().zones().put(new Zone(zone, zone, "ops@example.org", 600));

    assertThat(contents("SOA"))
        .singleElement()
        .asString()
        .startsWith("a.example.net. ops.example.org. ")
        .endsWith(" 7200 1800 1209600 600");
    assertThat(contents("NS")).isEmpty();
  }

  @Test
  void zoneListShowsTheEmailAndTtlOfTheSoaAnotherToolWrote() {
    vendor.createZone(zone);
    vendor.patch(
        zone,
        List.of(
            rrset(
                zone,
                "SOA",
                900,
                records(
                    "a.example.net. dns\\.admin.example.net. 5 7200 1800 1209600 300", false))));

    List<Zone> listed = new ArrayList<>();
    connect("").api().zones().iterator().forEachRemaining(listed::add);

    assertThat(listed).contains(new Zone(zone, zone, "dns.admin@example.net", 900));
  }

  @Test
  void aLookupByNameOrByIdIsOneRequestWhicheverTheZones() {
    List<String> log = new ArrayList<>();
    connect("").api().zones().put(new Zone(zone, zone, "ops@example.org", 600));
    ZoneApi zones = opened(builder("").httpLog(log::add)).api().zones();

    assertThat(zones.iterateByNameWithoutSoa(zone))
        .toIterable()
        .containsExactly(Zone.withoutSoa(zone, zone));
    assertThat(requests(log)).hasSize(1);
    log.clear();
    assertThat(zones.byId(zone)).contains(new Zone(zone, zone, "ops@example.org", 600));
    assertThat(requests(log)).hasSize(1);
    log.clear();
    assertThat(zones.byId("absent." + zone)).isEmpty();
    assertThat(zones.byId("=2")).as("an id PowerDNS refuses as no escaped name").isEmpty();
    assertThat(requests(log)).hasSize(2);
  }

  private static List<String> requests(List<String> log) {
    return log.stream().filter(line -> line.startsWith("--> ")).toList();
  }

  private List<String> contents(String type) {
    return vendor.rrsets(zone).stream()
        .filter(
            r ->
                r.get("name").getAsString().equals(zone)
                    && r.get("type").getAsString().equals(type))
        .flatMap(r -> r.getAsJsonArray("records").asList().stream())
        .map(rec -> ((JsonObject) rec).get("content").getAsString())
        .toList();
  }

  private static String pdnsutil(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("pdnsutil", "--config-dir=" + server.configDir()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }
}
