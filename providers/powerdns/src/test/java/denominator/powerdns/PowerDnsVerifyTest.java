package denominator.powerdns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.StockRecordSets;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import denominator.traffic.OperationResult;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import denominator.verify.VerificationReport;
import denominator.verify.Verifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The failover loop against the real server: evacuate a geo qualifier through the provider, prove
 * with EDNS Client Subnet queries that the server answers the saviours, restore, and prove the
 * original answers are back.
 */
class PowerDnsVerifyTest {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  DNSApiManager manager;
  Target target;

  @BeforeEach
  void zoneWithThreeRegions() {
    server.requireGeo();
    manager =
        Denominator.builder()
            .provider("powerdns")
            .url(server.apiUrl())
            .credentials(Credentials.of(Map.of("apiKey", server.apiKey())))
            .build();
    String name = "verify-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
    String id = manager.api().zones().put(Zone.create(name, "hostmaster@" + name, 3600));
    target = new Target("powerdns", manager.api(), id, name);
    var geo = manager.api().geoRecordSets(id).orElseThrow();
    geo.put(StockRecordSets.geo("www." + name, "us-east", "continent:NA", "192.0.2.1"));
    geo.put(StockRecordSets.geo("www." + name, "eu-west", "continent:EU", "192.0.2.2"));
    geo.put(StockRecordSets.geo("www." + name, "elsewhere", "*", "192.0.2.3"));
  }

  @AfterEach
  void deleteZone() {
    if (manager != null) {
      manager.api().zones().delete(target.zoneId());
      manager.close();
    }
  }

  List<ResourceRecordSet> geoSets() {
    List<ResourceRecordSet> sets = new ArrayList<>();
    manager.api().geoRecordSets(target.zoneId()).orElseThrow().forEach(sets::add);
    return sets;
  }

  Verifier verifier() {
    return Verifier.of(List.of(server.dnsAddress()))
        .withDeadline(Duration.ofSeconds(10), Duration.ofMillis(200));
  }

  @Test
  void theServerAnswersEachRegionWithItsSet() {
    VerificationReport report = verifier().verify(geoSets());

    assertThat(report.ok()).as(report.toTable()).isTrue();
    assertThat(report.checks())
        .extracting(c -> c.region())
        .containsExactlyInAnyOrder("continent:NA", "continent:EU", "*");
  }

  @Test
  void afterAnEvacuationAndARestoreTheServerAnswersAsItShould() {
    List<ResourceRecordSet> before = geoSets();
    List<Snapshot> saved = new ArrayList<>();

    OperationResult evacuated =
        Traffic.evacuate(
            List.of(target),
            "us-east",
            List.of("eu-west", "elsewhere"),
            SaviourPolicy.first(),
            ApplyMode.ATOMIC,
            saved::add);

    assertThat(evacuated.succeeded()).isTrue();
    VerificationReport during = verifier().verify(geoSets());
    assertThat(during.ok()).as(during.toTable()).isTrue();
    assertThat(during.checks())
        .filteredOn(c -> c.region().equals("continent:NA"))
        .singleElement()
        .satisfies(
            c -> assertThat(c.seen()).extracting(Object::toString).containsExactly("192.0.2.2"));

    assertThat(Traffic.restore(List.of(target), saved.get(0), false, ApplyMode.ATOMIC).succeeded())
        .isTrue();
    assertThat(geoSets()).containsExactlyInAnyOrderElementsOf(before);
    VerificationReport after = verifier().verify(before);
    assertThat(after.ok()).as(after.toTable()).isTrue();
  }
}
