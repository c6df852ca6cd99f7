package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.route53.Route53Simulator;
import denominator.tck.LoopbackServers;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import denominator.zonefile.ZoneFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A zone exported as a zone file and imported at a provider reads back the same, for every set both
 * ends can express: Route53 to PowerDNS, and PowerDNS to PowerDNS (a zone restored from its
 * export). Sets with no zone-file form (aliases, weighted sets) stay comments and are not imported;
 * apex NS and SOA belong to each provider.
 */
class ExportImportAcrossProvidersTest {
  static final String ZONE = "moved.denominator.test.";
  static final List<String> RECORDS =
      List.of(
          "www A 192.0.2.1 192.0.2.2",
          "@ MX 10 mail.moved.denominator.test.",
          "txt TXT \"caf\\233\" \"\\255\"",
          "@ CAA 0 issue \"letsencrypt.org\"",
          "_sip._udp SRV 10 5 5060 sip.moved.denominator.test.",
          "naptr NAPTR 100 10 \"U\" \"E2U+sip\" \"!^.*$!sip:info@example.com!\" .",
          "v6 AAAA 2001:db8::1",
          "alias CNAME www.moved.denominator.test.");
  static PowerDnsServer powerDns;

  @RegisterExtension
  static final RunningServer POWERDNS = new RunningServer(() -> powerDns = PowerDnsServer.start());

  @Test
  void aRoute53ExportImportsIntoPowerDns() {
    Route53Simulator simulator = new Route53Simulator("AKIDEXAMPLE", 7);
    try (MockWebServer server = LoopbackServers.server()) {
      server.setDispatcher(simulator);
      server.start();
      try (DNSApiManager route53 =
          Denominator.builder()
              .provider("route53")
              .url(server.url("/").toString())
              .credentials(Credentials.of("AKIDEXAMPLE", "SECRET"))
              .build()) {
        String id = route53.api().zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 3600));
        ChangeSet.Builder seed = seed();
        seed.put(
            ResourceRecordSet.builder()
                .name("lb." + ZONE)
                .type("A")
                .qualifier("blue")
                .weighted(new Weighted(10))
                .ttl(60)
                .add("192.0.2.9")
                .build());
        apply(route53, id, seed.build());

        importAndCompare(route53, id);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aPowerDnsExportRestoresTheZoneItCameFrom() {
    try (DNSApiManager pdns = powerDns()) {
      String id =
          pdns.api().zones().put(Zone.create("restored." + ZONE, "hostmaster@" + ZONE, 3600));
      apply(pdns, id, seed("restored." + ZONE).build());
      StringBuilder export = new StringBuilder();
      List<ResourceRecordSet> exported = sets(pdns, id);
      ZoneFile.write(pdns.api().zones().iterateByName("restored." + ZONE).next(), exported, export);
      pdns.api().zones().delete(id);

      String again =
          pdns.api().zones().put(Zone.create("restored." + ZONE, "hostmaster@" + ZONE, 3600));
      List<ResourceRecordSet> desired = ZoneFile.parse(export.toString(), "restored." + ZONE, 3600);
      apply(pdns, again, Plan.between("restored." + ZONE, sets(pdns, again), desired).changeSet());

      assertThat(withoutApex(sets(pdns, again), "restored." + ZONE))
          .containsExactlyInAnyOrderElementsOf(withoutApex(exported, "restored." + ZONE));
    }
  }

  private static void importAndCompare(DNSApiManager from, String fromId) {
    StringBuilder export = new StringBuilder();
    List<ResourceRecordSet> exported = sets(from, fromId);
    ZoneFile.write(from.api().zones().iterateByName(ZONE).next(), exported, export);
    assertThat(export).contains("; weighted set blue weight 10 (no zone-file form)");

    try (DNSApiManager pdns = powerDns()) {
      String id = pdns.api().zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 3600));
      List<ResourceRecordSet> desired =
          withoutApex(ZoneFile.parse(export.toString(), ZONE, 3600), ZONE);
      List<ResourceRecordSet> current = sets(pdns, id);
      List<ResourceRecordSet> desiredWithApex = new ArrayList<>(desired);
      current.stream()
          .filter(s -> s.name().equals(ZONE) && List.of("NS", "SOA").contains(s.type()))
          .forEach(desiredWithApex::add);
      apply(pdns, id, Plan.between(ZONE, current, desiredWithApex).changeSet());

      assertThat(withoutApex(sets(pdns, id), ZONE))
          .containsExactlyInAnyOrderElementsOf(
              withoutApex(exported.stream().filter(s -> s.qualifier().isEmpty()).toList(), ZONE));
      pdns.api().zones().delete(id);
    }
  }

  private static ChangeSet.Builder seed() {
    return seed(ZONE);
  }

  private static ChangeSet.Builder seed(String zone) {
    ChangeSet.Builder changes = ChangeSet.builder();
    for (String line : RECORDS) {
      String[] words = line.split(" ", 3);
      String name = words[0].equals("@") ? zone : words[0] + "." + zone;
      ResourceRecordSet.Builder set =
          ResourceRecordSet.builder().name(name).type(words[1]).ttl(300);
      String data = words[2].replace(ZONE, zone);
      if (words[1].equals("A")) {
        for (String address : data.split(" ")) {
          set.add(address);
        }
      } else {
        set.add(data);
      }
      changes.put(set.build());
    }
    return changes;
  }

  private static DNSApiManager powerDns() {
    return Denominator.builder()
        .provider("powerdns")
        .url(powerDns.apiUrl())
        .credentials(Credentials.of(Map.of("apiKey", powerDns.apiKey())))
        .build();
  }

  private static void apply(DNSApiManager manager, String zoneId, ChangeSet changes) {
    manager.api().apply(zoneId, changes, ApplyMode.ATOMIC).await(Duration.ofMinutes(1)).orThrow();
  }

  private static List<ResourceRecordSet> sets(DNSApiManager manager, String zoneId) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    manager.api().recordSets(zoneId).forEach(sets::add);
    return sets;
  }

  private static List<ResourceRecordSet> withoutApex(List<ResourceRecordSet> sets, String zone) {
    return sets.stream()
        .filter(s -> !(s.name().equals(zone) && List.of("NS", "SOA").contains(s.type())))
        .toList();
  }
}
