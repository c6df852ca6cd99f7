package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.change.ApplyMode;
import denominator.change.Plan;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import denominator.zonefile.ZoneFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Update;

/**
 * A BIND zone holding types the model has no class for, exported through the RFC 2136 provider as a
 * zone file and imported into a real PowerDNS through its provider, reads back the same: the zone
 * file prints those types in the form PowerDNS reads.
 */
class BindExportToPowerDnsTest {
  static final String ZONE = "export.denominator.test.";
  static final String RECORDS =
      String.join(
          "\n",
          "dname 300 DNAME example.net.",
          "loc 300 LOC 52 22 23 N 04 53 32 E -2m 0m 10000m 10m",
          "hinfo 300 HINFO \"x86\" \"Linux\"",
          "rp 300 RP admin.example.com. txt.example.com.",
          "uri 300 URI 10 1 \"https://example.com/\"",
          "cert 300 CERT 1 0 0 AAAA",
          "apl 300 APL 1:192.0.2.0/24 !2:2001:db8::/32",
          "txt 300 TXT \"caf\\233\" \"\\255\"",
          "");
  static BindServer bind;
  static PowerDnsServer powerDns;

  @RegisterExtension
  static final RunningServer BIND = new RunningServer(() -> bind = BindServer.start(ZONE));

  @RegisterExtension
  static final RunningServer POWERDNS = new RunningServer(() -> powerDns = PowerDnsServer.start());

  @Test
  void aBindExportOfForeignTypesImportsIntoPowerDnsAndReadsBackEqual() throws Exception {
    seedBind();
    StringBuilder export = new StringBuilder();
    List<ResourceRecordSet> exported;
    try (DNSApiManager rfc2136 =
        Denominator.builder()
            .provider("rfc2136")
            .url("dns://127.0.0.1:" + bind.dnsAddress().getPort() + "?zones=" + ZONE)
            .credentials(
                Credentials.of(Map.of("keyName", bind.keyName(), "keySecret", bind.keySecret())))
            .build()) {
      Zone zone = rfc2136.api().zones().iterateByName(ZONE).next();
      exported = sets(rfc2136, ZONE);
      ZoneFile.write(zone, exported, export);
    }

    try (DNSApiManager pdns =
        Denominator.builder()
            .provider("powerdns")
            .url(powerDns.apiUrl())
            .credentials(Credentials.of(Map.of("apiKey", powerDns.apiKey())))
            .build()) {
      String id = pdns.api().zones().put(Zone.create(ZONE, "hostmaster@" + ZONE, 3600));
      List<ResourceRecordSet> desired = ZoneFile.parse(export.toString(), ZONE, 3600);
      Plan plan = Plan.between(ZONE, sets(pdns, id), desired);
      pdns.api()
          .apply(id, plan.changeSet(), ApplyMode.ATOMIC)
          .await(Duration.ofMinutes(1))
          .orThrow();

      assertThat(withoutSoa(sets(pdns, id)))
          .containsExactlyInAnyOrderElementsOf(withoutSoa(exported));
    }
  }

  private static void seedBind() throws Exception {
    Name origin = Name.fromString(ZONE);
    Update update = new Update(origin);
    try (Master master =
        new Master(
            new ByteArrayInputStream(RECORDS.getBytes(StandardCharsets.ISO_8859_1)), origin, 300)) {
      for (Record r; (r = master.nextRecord()) != null; ) {
        update.add(r);
      }
    }
    SimpleResolver resolver = new SimpleResolver(bind.dnsAddress());
    resolver.setTCP(true);
    resolver.setTSIGKey(new TSIG(bind.keyAlgorithm(), bind.keyName(), bind.keySecret()));
    assertThat(Rcode.string(resolver.send(update).getRcode())).isEqualTo("NOERROR");
  }

  private static List<ResourceRecordSet> sets(DNSApiManager manager, String zoneId) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    manager.api().recordSets(zoneId).forEach(sets::add);
    return sets;
  }

  private static List<ResourceRecordSet> withoutSoa(List<ResourceRecordSet> sets) {
    return sets.stream().filter(s -> !s.type().equals("SOA")).toList();
  }
}
