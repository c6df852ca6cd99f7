package denominator.powerdns;

import static denominator.powerdns.PowerDnsForeignDataTest.records;
import static denominator.powerdns.PowerDnsVendor.rrset;
import static denominator.tck.StockRecordSets.geo;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.AcrossZones;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.ZoneRead;
import denominator.model.ResourceRecordSet;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import denominator.traffic.OperationResult;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A traffic evacuation at a real PowerDNS: each zone is read with one {@code GET} for its plan and
 * once more right before its {@code PATCH}, keeping what other tools wrote at the evacuated names,
 * disabled records included, even between the two reads.
 */
class PowerDnsEvacuationTest {
  /** A Lua record another tool wrote beside our geo sets, disabled. */
  static final String DISABLED_LUA = "TXT \"return 'maintenance'\"";

  /** A Lua record another tool wrote beside our geo sets. */
  static final String FOREIGN_LUA = "AAAA \"return '2001:db8::1'\"";

  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  final PowerDnsVendor vendor = new PowerDnsVendor(server);
  final List<String> zoneIds = new ArrayList<>();
  final List<String> log = new ArrayList<>();

  @AfterEach
  void deleteZones() {
    zoneIds.forEach(vendor::deleteZone);
  }

  @Test
  void anEvacuationTakesTwoReadsAndOnePatchPerZone() {
    List<String> zones = List.of(zone(), zone(), zone());
    try (DNSApiManager counted = server.target().withHttpLog(log::add).connect()) {
      List<Target> targets = new ArrayList<>();
      for (String zone : zones) {
        targets.add(new Target(zone, counted.api(), zone, zone));
      }

      OperationResult result = evacuateUsEast(targets);

      assertThat(result.succeeded()).isTrue();
      List<String> requests = requests();
      assertThat(requests).hasSize(3 * zones.size());
      for (String zone : zones) {
        assertThat(requests)
            .as("the requests for " + zone)
            .filteredOn(request -> request.endsWith("/zones/" + zone))
            .containsExactlyInAnyOrder(
                "GET /zones/" + zone, "GET /zones/" + zone, "PATCH /zones/" + zone);
        assertThat(counted.api().geoRecordSets(zone).orElseThrow())
            .extracting(set -> set.qualifier().orElseThrow())
            .containsOnly("us-west", "eu-west");
      }
    }
  }

  @Test
  void anEvacuationKeepsTheLuaRecordsOtherToolsWroteAtItsNamesDisabledOnesIncluded() {
    String zone = zone();
    String www = "www." + zone;
    vendor.patch(
        zone, List.of(rrset(www, "LUA", 60, records(DISABLED_LUA, true, FOREIGN_LUA, false))));
    putGeoSets(zone, "www");
    try (DNSApiManager counted = server.target().withHttpLog(log::add).connect()) {

      OperationResult result = evacuateUsEast(List.of(new Target(zone, counted.api(), zone, zone)));

      assertThat(result.succeeded()).isTrue();
      assertThat(requests())
          .containsExactly("GET /zones/" + zone, "GET /zones/" + zone, "PATCH /zones/" + zone);
    }
    assertThat(vendor.state(zone))
        .hasEntrySatisfying(
            www + " LUA " + DISABLED_LUA, flags -> assertThat(flags).startsWith("disabled=true"))
        .hasEntrySatisfying(
            www + " LUA " + FOREIGN_LUA, flags -> assertThat(flags).startsWith("disabled=false"));
  }

  @Test
  void whatAnotherToolWritesAtAnEvacuatedNameAfterThePlanIsMadeIsKept() {
    String zone = zone();
    String www = "www." + zone;
    try (DNSApiManager manager = server.target().connect()) {
      OperationResult result =
          Traffic.evacuate(
              List.of(new Target(zone, manager.api(), zone, zone)),
              "us-east",
              List.of("us-west", "eu-west"),
              SaviourPolicy.first(),
              ApplyMode.ATOMIC,
              // between the plan's read and the PATCH, another tool adds a Lua record at www
              snapshot -> vendor.patch(zone, List.of(withForeignLua(zone, www))),
              AcrossZones.SEQUENTIAL);

      assertThat(result.succeeded()).isTrue();
    }
    assertThat(vendor.state(zone)).containsKey(www + " LUA " + FOREIGN_LUA);
  }

  /** The name's LUA rrset as the server holds it, with {@link #FOREIGN_LUA} added. */
  private JsonObject withForeignLua(String zone, String name) {
    JsonObject lua =
        vendor.rrsets(zone).stream()
            .filter(rrset -> rrset.get("name").getAsString().equals(name))
            .filter(rrset -> rrset.get("type").getAsString().equals("LUA"))
            .findFirst()
            .orElseThrow();
    Map<String, Boolean> records = new LinkedHashMap<>();
    for (JsonElement record : lua.getAsJsonArray("records")) {
      JsonObject r = record.getAsJsonObject();
      records.put(r.get("content").getAsString(), r.get("disabled").getAsBoolean());
    }
    records.put(FOREIGN_LUA, false);
    return rrset(name, "LUA", lua.get("ttl").getAsInt(), records);
  }

  @Test
  void aPlanAppliedWithAReadThisApiDidNotMakeReadsTheZoneAgain() {
    String zone = zone();
    try (DNSApiManager counted = server.target().withHttpLog(log::add).connect()) {
      DNSApi api = counted.api();
      Snapshot snapshot =
          Traffic.planEvacuation(
              List.of(new Target(zone, api, zone, zone)),
              "us-east",
              List.of("us-west"),
              SaviourPolicy.first());
      Plan plan = snapshot.plans().get(zone);
      List<ResourceRecordSet> sets = new ArrayList<>();
      api.read(zone).forEach(sets::add);
      log.clear();

      assertThat(api.apply(zone, plan, ApplyMode.ATOMIC, ZoneRead.of(sets)).succeeded()).isTrue();

      assertThat(requests()).contains("PATCH /zones/" + zone).hasSizeGreaterThan(1);
      assertThat(requests()).noneMatch(request -> request.equals("GET /zones/" + zone));
    }
  }

  /** A new zone with the geo sets us-east, us-west and eu-west at www and api. */
  private String zone() {
    String zone = "evacuate-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
    zoneIds.add(vendor.createZone(zone));
    putGeoSets(zone, "www", "api");
    return zone;
  }

  private void putGeoSets(String zone, String... hosts) {
    ChangeSet.Builder puts = ChangeSet.builder();
    for (String host : hosts) {
      puts.put(geo(host + "." + zone, "us-east", "US", "192.0.2.1"));
      puts.put(geo(host + "." + zone, "us-west", "CA,MX", "192.0.2.2"));
      puts.put(geo(host + "." + zone, "eu-west", "continent:EU,*", "192.0.2.3"));
    }
    try (DNSApiManager manager = server.target().connect()) {
      assertThat(manager.api().apply(zone, puts.build(), ApplyMode.ATOMIC).succeeded()).isTrue();
    }
  }

  private OperationResult evacuateUsEast(List<Target> targets) {
    return Traffic.evacuate(
        targets,
        "us-east",
        List.of("us-west", "eu-west"),
        SaviourPolicy.first(),
        ApplyMode.ATOMIC,
        snapshot -> {},
        AcrossZones.SEQUENTIAL);
  }

  /** The requests of the HTTP log, as method and path below the server's. */
  private List<String> requests() {
    return log.stream()
        .filter(line -> line.startsWith("--> "))
        .map(line -> line.substring(4).split(" "))
        .map(
            request ->
                request[0]
                    + " "
                    + request[1].replaceFirst("^.*/api/v1/servers/localhost", "").split("\\?")[0])
        .toList();
  }
}
