package denominator.googledns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.dns.ChangeRequest;
import com.google.cloud.dns.ChangeRequestInfo;
import com.google.cloud.dns.Dns;
import com.google.cloud.dns.DnsException;
import com.google.cloud.dns.DnsOptions;
import com.google.cloud.dns.RecordSet;
import com.google.cloud.dns.Zone;
import com.google.cloud.dns.ZoneInfo;
import denominator.tck.LoopbackServers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Google's own Java client ({@code com.google.cloud:google-cloud-dns}, test scope) against the
 * simulator: proof that the simulator speaks the wire format a real client expects, from the token
 * exchange (the client's credentials are a service-account key whose {@code token_uri} is the
 * simulator) to zones, changes and paged rrsets. Skipped when the client is not on the classpath.
 */
class GoogleDnsClientTest {
  static final String PROJECT = "denominator-test";

  @StartStop final MockWebServer server = LoopbackServers.server();

  Dns dns;

  @BeforeEach
  void connect() throws IOException {
    assumeThat(clientPresent()).as("google-cloud-dns on the test classpath").isTrue();
    server.setDispatcher(
        GoogleDnsSimulator.builder().serviceAccount(ServiceAccounts.shared()).pageSize(2).build());
    String key = ServiceAccounts.shared().keyJson(server.url("/token").toString(), PROJECT);
    dns =
        DnsOptions.newBuilder()
            .setProjectId(PROJECT)
            .setHost(server.url("/").toString())
            .setCredentials(
                ServiceAccountCredentials.fromStream(
                    new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8))))
            .build()
            .getService();
  }

  GoogleDnsSimulator simulator() {
    return (GoogleDnsSimulator) server.getDispatcher();
  }

  @Test
  void theClientCreatesAndListsZones() {
    Zone created = dns.create(ZoneInfo.of("example-com", "example.com.", "made by the client"));
    dns.create(ZoneInfo.of("example-net", "example.net.", "another"));
    dns.create(ZoneInfo.of("example-org", "example.org.", "a third, on a second page"));

    List<String> names = new ArrayList<>();
    dns.listZones().iterateAll().forEach(zone -> names.add(zone.getDnsName()));

    assertThat(created.getGeneratedId()).matches("\\d{19}");
    assertThat(created.getNameServers()).hasSize(4);
    assertThat(created.getCreationTimeMillis()).isPositive();
    assertThat(names).containsExactly("example.com.", "example.net.", "example.org.");
    assertThat(simulator().tokensIssued()).isEqualTo(1);
  }

  @Test
  void theClientAppliesAChangeWaitsForItAndListsRrsetsOverPages() {
    dns.create(ZoneInfo.of("example-com", "example.com.", "made by the client"));
    RecordSet www =
        RecordSet.newBuilder("www.example.com.", RecordSet.Type.A)
            .setTtl(300, TimeUnit.SECONDS)
            .addRecord("192.0.2.1")
            .addRecord("192.0.2.2")
            .build();
    RecordSet txt =
        RecordSet.newBuilder("www.example.com.", RecordSet.Type.TXT)
            .setTtl(60, TimeUnit.SECONDS)
            .addRecord("\"v=spf1 -all\"")
            .build();

    ChangeRequest change =
        dns.applyChangeRequest(
            "example-com", ChangeRequestInfo.newBuilder().add(www).add(txt).build());

    assertThat(change.status()).isEqualTo(ChangeRequest.Status.PENDING);
    assertThat(change.getGeneratedId()).isEqualTo("1");
    assertThat(change.isDone()).isTrue();
    List<String> rrsets = new ArrayList<>();
    dns.listRecordSets("example-com")
        .iterateAll()
        .forEach(
            rrset ->
                rrsets.add(rrset.getName() + " " + rrset.getType() + " " + rrset.getRecords()));
    assertThat(rrsets)
        .containsExactly(
            "example.com. NS [ns-cloud-a1.googledomains.com., ns-cloud-a2.googledomains.com.,"
                + " ns-cloud-a3.googledomains.com., ns-cloud-a4.googledomains.com.]",
            "example.com. SOA [ns-cloud-a1.googledomains.com. cloud-dns-hostmaster.google.com. 1"
                + " 21600 3600 259200 300]",
            "www.example.com. A [192.0.2.1, 192.0.2.2]",
            "www.example.com. TXT [\"v=spf1 -all\"]");
    ChangeRequest removal =
        dns.applyChangeRequest("example-com", ChangeRequestInfo.newBuilder().delete(www).build());
    assertThat(removal.getDeletions()).containsExactly(www);
    assertThatThrownBy(() -> dns.delete("example-com"))
        .isInstanceOfSatisfying(
            DnsException.class,
            refused -> {
              assertThat(refused.getCode()).isEqualTo(400);
              assertThat(refused.getReason()).isEqualTo("containerNotEmpty");
            });
    dns.applyChangeRequest("example-com", ChangeRequestInfo.newBuilder().delete(txt).build());
    assertThat(dns.delete("example-com")).isTrue();
    assertThat(dns.delete("example-com")).isFalse();
  }

  static boolean clientPresent() {
    try {
      Class.forName("com.google.cloud.dns.Dns");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
