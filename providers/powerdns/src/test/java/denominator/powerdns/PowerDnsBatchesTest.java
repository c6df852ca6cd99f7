package denominator.powerdns;

import static denominator.powerdns.PowerDnsForeignDataTest.records;
import static denominator.powerdns.PowerDnsVendor.rrset;
import static denominator.powerdns.PowerDnsVendor.withComment;
import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.InvalidChangeException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Change sets of several PATCHes on a real server, batches made small by the caller's limit. */
class PowerDnsBatchesTest {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  PowerDnsVendor vendor;
  String zone;

  @BeforeEach
  void seed() {
    vendor = new PowerDnsVendor(server);
    zone = "batches-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
    vendor.createZone(zone);
    vendor.patch(
        zone,
        List.of(
            withComment(
                rrset("kept." + zone, "A", 300, records("192.0.2.1", false, "192.0.2.2", true)),
                "written by hand"),
            rrset("txt." + zone, "TXT", 300, records("\"\\065bc\"", false)),
            rrset("www." + zone, "A", 300, records("192.0.2.9", false))));
  }

  @AfterEach
  void deleteZone() {
    vendor.deleteZone(zone);
  }

  @Test
  void anAtomicChangeSetRefusedInItsLastBatchLeavesTheZoneAsItBegan() {
    Map<String, String> before = vendor.state(zone);
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("new." + zone, "192.0.2.3"))
            .put(a("kept." + zone, "192.0.2.4"))
            .put(
                ResourceRecordSet.builder()
                    .name("txt." + zone)
                    .type("TXT")
                    .ttl(60)
                    .add("\"changed\"")
                    .build())
            .put(geo("eu", "continent:EU", "192.0.2.5"))
            .delete(RecordSetKey.of("kept." + zone, "AAAA"))
            .put(
                ResourceRecordSet.builder() // PowerDNS refuses a CNAME beside the A set
                    .name("www." + zone)
                    .type("CNAME")
                    .ttl(300)
                    .add("target.example.net.")
                    .build())
            .build();

    ChangeResult result;
    try (DNSApiManager manager = connect(2)) {
      result = manager.api().apply(zone, changes, ApplyMode.ATOMIC);
    }

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.SKIPPED,
            Status.FAILED);
    assertThat(result.failures().get(0).error().orElseThrow())
        .isInstanceOf(InvalidChangeException.class);
    assertThat(vendor.state(zone)).isEqualTo(before);
  }

  @Test
  void bestEffortSendsTheBatchAgainWithoutTheSetTheServerRefused() {
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("new." + zone, "192.0.2.3"))
            .put(
                ResourceRecordSet.builder()
                    .name("www." + zone)
                    .type("CNAME")
                    .ttl(300)
                    .add("target.example.net.")
                    .build())
            .put(geo("eu", "continent:EU", "192.0.2.5"))
            .build();

    ChangeResult result;
    try (DNSApiManager manager = connect(1000)) {
      result = manager.api().apply(zone, changes, ApplyMode.BEST_EFFORT);
    }

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(Status.APPLIED, Status.FAILED, Status.APPLIED);
    assertThat(vendor.state(zone).keySet())
        .contains("new." + zone + " A 192.0.2.3", "www." + zone + " A 192.0.2.9")
        .anyMatch(key -> key.startsWith("geo." + zone + " LUA A "))
        .noneMatch(key -> key.startsWith("www." + zone + " CNAME"));
  }

  private DNSApiManager connect(int maxChangesPerBatch) {
    return Denominator.builder()
        .provider("powerdns")
        .url(server.apiUrl())
        .credentials(Credentials.of(Map.of("apiKey", server.apiKey())))
        .maxChangesPerBatch(maxChangesPerBatch)
        .build();
  }

  private static ResourceRecordSet a(String name, String address) {
    return ResourceRecordSet.builder().name(name).type("A").ttl(300).add(address).build();
  }

  private ResourceRecordSet geo(String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name("geo." + zone)
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }
}
