package denominator.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.InvalidChangeException;
import denominator.ResourceRecordSetApi;
import denominator.ZoneNotFoundException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.GenericData;
import denominator.model.rdata.RData;
import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Zones that another writer filled, through a real BIND 9: what the model cannot hold is read and
 * written back byte for byte, character-strings keep every byte, the apex NS set is really
 * replaced, and a zone is found by asking the server, not the URL.
 */
class Rfc2136FidelityTest {
  static final String ZONE = "fidelity.rfc2136.denominator.test.";
  static final String UNLISTED = "unlisted.rfc2136.denominator.test.";
  static BindServer server;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(() -> server = BindServer.start(ZONE, UNLISTED));

  BindSeed seed;
  DNSApiManager manager;
  ResourceRecordSetApi sets;

  @BeforeEach
  void connect() {
    seed = new BindSeed(server, ZONE);
    manager = connect("?zones=" + ZONE);
    sets = manager.api().recordSets(ZONE);
  }

  @AfterEach
  void clearAndClose() {
    seed.clear();
    new BindSeed(server, UNLISTED).clear();
    manager.close();
  }

  @Test
  void aRecordTheModelCannotHoldIsListedAndLeavesTheZoneWritable() {
    seed.add("tlsa 300 TLSA 3 1 1 AB", "txt 300 TXT \"caf\\233\" \"\\255\"");

    assertThat(sets.get(RecordSetKey.of("tlsa." + ZONE, "TLSA")))
        .get()
        .extracting(ResourceRecordSet::records)
        .asList()
        .containsExactly(new GenericData("TLSA", "030101AB"));
    assertThat(sets.get(RecordSetKey.of("txt." + ZONE, "TXT")))
        .get()
        .extracting(s -> s.records().get(0).toString())
        .isEqualTo("\"caf\\233\" \"\\255\"");
    sets.put(
        ResourceRecordSet.builder().name("www." + ZONE).type("A").ttl(60).add("192.0.2.1").build());
    assertThat(seed.rdata("www", Type.A)).containsExactly("c0000201");
  }

  @Test
  void aRecordTheModelCannotHoldWritesBackTheSameWireBytes() {
    seed.add("tlsa 300 TLSA 3 1 1 AB", "tlsa 300 TLSA 3 1 2 CDEF");
    List<String> before = seed.rdata("tlsa", Type.TLSA);
    ResourceRecordSet read = sets.get(RecordSetKey.of("tlsa." + ZONE, "TLSA")).orElseThrow();

    sets.put(read.toBuilder().ttl(600).build()); // a TTL change: the records are sent again

    assertThat(seed.rdata("tlsa", Type.TLSA)).isEqualTo(before);
    assertThat(seed.transfer())
        .filteredOn(r -> r.getType() == Type.TLSA)
        .extracting(Record::getTTL)
        .containsOnly(600L);
  }

  @Test
  void characterStringsOfAnyByteWriteBackByteIdentical() {
    seed.add(
        "txt 300 TXT \"caf\\233\" \"\\255\\000x\" \"a\\\"b\"",
        "spf 300 SPF \"v=spf1 \\255\"",
        "caa 300 CAA 0 issue \"\\255ca.example\"",
        "naptr 300 NAPTR 100 10 \"S\" \"SIP+D2U\\255\" \"!^.*$!sip:\\200@example.com!\""
            + " _sip._udp.example.com.");
    Map<String, String> before = seed.wireState();

    for (String label : List.of("txt", "spf", "caa", "naptr")) {
      sets.iterateByName(label + "." + ZONE)
          .forEachRemaining(set -> sets.put(set.toBuilder().ttl(600).build()));
    }

    Map<String, String> after = seed.wireState();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach(
        (key, value) ->
            assertThat(after.get(key))
                .as(key)
                .isEqualTo(value.replaceFirst("^300 ", "600 ").replace("0000012c", "00000258")));
  }

  @Test
  void aPutOfTheSetAsReadChangesNoByteOfIt() {
    seed.add("mx 300 MX 10 Mail.Example.NET.");
    Map<String, String> before = seed.wireState();

    sets.put(sets.get(RecordSetKey.of("mx." + ZONE, "MX")).orElseThrow());

    assertThat(seed.wireState()).isEqualTo(before);
  }

  @Test
  void replacingTheApexNsLeavesOnlyTheNewRecords() throws IOException {
    ResourceRecordSet ns =
        ResourceRecordSet.builder().name(ZONE).type("NS").ttl(3600).add("ns2.example.net.").build();

    sets.put(ns);

    assertThat(answers(ZONE, Type.NS)).containsExactly("ns2.example.net.");
    sets.put(ns.toBuilder().records(List.of()).add("ns1." + ZONE).add("ns3.example.net.").build());
    assertThat(answers(ZONE, Type.NS)).containsExactlyInAnyOrder("ns1." + ZONE, "ns3.example.net.");
    sets.put(ns.toBuilder().records(List.of()).add("ns1." + ZONE).build());
    assertThat(answers(ZONE, Type.NS)).containsExactly("ns1." + ZONE);
  }

  @Test
  void deletingTheApexNsIsRefusedRatherThanIgnoredByTheServer() throws IOException {
    assertThatThrownBy(() -> sets.delete(ZONE, "NS")).isInstanceOf(InvalidChangeException.class);

    assertThat(answers(ZONE, Type.NS)).containsExactly("ns1." + ZONE);
  }

  @Test
  void aZoneTheServerServesIsFoundByNameWithoutTheUrlNamingIt() {
    new BindSeed(server, UNLISTED).add("www 60 A 192.0.2.9");
    try (DNSApiManager bare = connect("")) {
      assertThat(bare.api().zones()).isEmpty();

      Zone zone = bare.api().zones().iterateByName(UNLISTED).next();

      assertThat(zone.name()).isEqualTo(UNLISTED);
      assertThat(zone.email())
          .hasValue("hostmaster@" + UNLISTED.substring(0, UNLISTED.length() - 1));
      assertThat(bare.api().recordSets(zone.id()).get(RecordSetKey.of("www." + UNLISTED, "A")))
          .get()
          .extracting(s -> s.records().get(0))
          .isEqualTo(RData.parse("A", "192.0.2.9"));
      bare.api().zones().put(new Zone(UNLISTED, UNLISTED, "dns@example.net", 900));
      assertThat(bare.api().zones().iterateByName(UNLISTED).next().ttl()).hasValue(900);
    }
  }

  @Test
  void aZoneTheServerDoesNotServeIsNotFoundAndTheErrorSaysWhy() {
    assertThat(manager.api().zones().iterateByName("absent.denominator.test.")).isExhausted();
    assertThat(manager.api().zones().iterateByName("www." + ZONE)).isExhausted();

    assertThatThrownBy(() -> manager.api().recordSets("absent.denominator.test.").iterator())
        .isInstanceOfSatisfying(
            ZoneNotFoundException.class,
            e -> {
              assertThat(e.zone()).isEqualTo("absent.denominator.test.");
              assertThat(e.getMessage()).contains("REFUSED");
            });
  }

  private static List<String> answers(String name, int type) throws IOException {
    SimpleResolver resolver = new SimpleResolver(server.dnsAddress());
    Message response =
        resolver.send(
            Message.newQuery(Record.newRecord(Name.fromConstantString(name), type, DClass.IN)));
    return response.getSection(Section.ANSWER).stream().map(Record::rdataToString).toList();
  }

  private static DNSApiManager connect(String query) {
    return Denominator.builder()
        .provider("rfc2136")
        .url("dns://127.0.0.1:" + server.dnsAddress().getPort() + query)
        .credentials(
            Credentials.of(Map.of("keyName", server.keyName(), "keySecret", server.keySecret())))
        .build();
  }
}
