package denominator.powerdns;

import static denominator.tck.StockRecordSets.geo;
import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.GeoResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.rdata.RData;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** What the real server answers over DNS after changes made through the provider. */
class PowerDnsAnswersTest {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  DNSApiManager manager;
  Zone zone;

  @BeforeEach
  void createZone() {
    manager =
        Denominator.builder()
            .provider("powerdns")
            .url(server.apiUrl())
            .credentials(Credentials.of(Map.of("apiKey", server.apiKey())))
            .build();
    String name = "dns-" + UUID.randomUUID().toString().substring(0, 8) + ".denominator.test.";
    zone =
        new Zone(
            manager.api().zones().put(Zone.create(name, "hostmaster@" + name, 3600)),
            name,
            "hostmaster@" + name,
            3600);
  }

  @AfterEach
  void deleteZone() {
    manager.api().zones().delete(zone.id());
    manager.close();
  }

  @Test
  void aZoneKeepsItsEmailAndTtlInTheSoaThatTheServerAnswers() throws Exception {
    Zone updated = new Zone(zone.id(), zone.name(), "dns.admin@example.net", 600);

    manager.api().zones().put(updated);

    assertThat(list(manager.api().zones().iterateByName(zone.name()))).containsExactly(updated);
    assertThat(answers(zone.name(), Type.SOA, null))
        .singleElement()
        .asString()
        .startsWith("ns1." + zone.name() + " dns\\.admin.example.net. ")
        .endsWith(" 600");
  }

  @Test
  void afterAPutAnAQueryReturnsTheNewAddresses() throws Exception {
    String www = "www." + zone.name();
    manager.api().recordSets(zone.id()).put(a(www, "192.0.2.1"));

    manager.api().recordSets(zone.id()).put(a(www, "192.0.2.7", "192.0.2.8"));

    assertThat(answers(www, Type.A, null)).containsExactlyInAnyOrder("192.0.2.7", "192.0.2.8");
  }

  @Test
  void aTxtLongerThan255BytesIsServedAsStringsThatJoinToTheText() throws Exception {
    String dkim = "v=DKIM1; k=rsa; p=" + "MIIB".repeat(100);
    manager
        .api()
        .recordSets(zone.id())
        .put(
            ResourceRecordSet.builder()
                .name("sel._domainkey." + zone.name())
                .type("TXT")
                .ttl(300)
                .add(denominator.model.rdata.TXTData.ofText(dkim))
                .build());

    org.xbill.DNS.TXTRecord served =
        (org.xbill.DNS.TXTRecord)
            query(server.dnsAddress(), "sel._domainkey." + zone.name(), Type.TXT, null)
                .getSection(Section.ANSWER)
                .get(0);
    assertThat(served.getStrings()).hasSize(2);
    assertThat(String.join("", served.getStrings())).isEqualTo(dkim);
  }

  @Test
  void afterAnAtomicChangeSetEveryChangeIsServedAndDeletedNamesAreGone() throws Exception {
    manager.api().recordSets(zone.id()).put(a("old." + zone.name(), "192.0.2.9"));
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("one." + zone.name(), "192.0.2.1"))
            .put(
                ResourceRecordSet.builder()
                    .name("txt." + zone.name())
                    .type("TXT")
                    .ttl(300)
                    .add("\"hello world\" \"second\"")
                    .build())
            .delete(a("old." + zone.name(), "192.0.2.9").key())
            .build();

    assertThat(
            manager
                .api()
                .apply(zone.id(), changes, ApplyMode.ATOMIC)
                .await(Duration.ofSeconds(10))
                .succeeded())
        .isTrue();

    assertThat(answers("one." + zone.name(), Type.A, null)).containsExactly("192.0.2.1");
    assertThat(answers("txt." + zone.name(), Type.TXT, null))
        .containsExactly("\"hello world\" \"second\"");
    assertThat(rcode("old." + zone.name(), Type.A)).isEqualTo(Rcode.NXDOMAIN);
  }

  @Test
  void afterAGeoPutEcsQueriesGetTheAnswerOfTheirContinentAndOthersTheFallback() throws Exception {
    server.requireGeo();
    String www = "www." + zone.name();
    GeoResourceRecordSetApi geo = manager.api().geoRecordSets(zone.id()).orElseThrow();
    geo.put(geo(www, "eu", "continent:EU", "192.0.2.1"));
    geo.put(geo(www, "na", "continent:NA", "192.0.2.2"));
    geo.put(geo(www, "rest", "*", "192.0.2.3"));

    assertThat(answers(www, Type.A, "193.0.0.0/24")).containsExactly("192.0.2.1");
    assertThat(answers(www, Type.A, "8.8.8.0/24")).containsExactly("192.0.2.2");
    assertThat(answers(www, Type.A, "1.0.0.0/24")).containsExactly("192.0.2.3");
  }

  @Test
  void aCountryWinsOverItsContinentAndMovingItChangesTheAnswer() throws Exception {
    server.requireGeo();
    String www = "www." + zone.name();
    GeoResourceRecordSetApi geo = manager.api().geoRecordSets(zone.id()).orElseThrow();
    geo.put(geo(www, "eu", "continent:EU", "192.0.2.1"));
    geo.put(geo(www, "nl", "NL", "192.0.2.9"));
    assertThat(answers(www, Type.A, "193.0.0.0/24")).containsExactly("192.0.2.9");

    ChangeSet evacuate =
        ChangeSet.builder()
            .put(geo(www, "eu", "continent:EU,NL", "192.0.2.1"))
            .delete(geo(www, "nl", "NL", "192.0.2.9").key())
            .build();
    assertThat(manager.api().apply(zone.id(), evacuate, ApplyMode.ATOMIC).succeeded()).isTrue();

    assertThat(answers(www, Type.A, "193.0.0.0/24")).containsExactly("192.0.2.1");
  }

  @Test
  void aWeightedSetWithAllTheWeightIsAlwaysTheAnswer() throws Exception {
    String www = "www." + zone.name();
    WeightedResourceRecordSetApi weighted =
        manager.api().weightedRecordSets(zone.id()).orElseThrow();
    weighted.put(weighted(www, "blue", 1, "192.0.2.1", "192.0.2.2"));
    weighted.put(weighted(www, "green", 0, "192.0.2.3"));

    for (int i = 0; i < 5; i++) {
      assertThat(answers(www, Type.A, null)).containsExactlyInAnyOrder("192.0.2.1", "192.0.2.2");
    }
  }

  @Test
  void aLuaRecordWrittenByHandReadsBackAsAPlainLuaSetAndWritesBackUnchanged() throws Exception {
    String www = "www." + zone.name();
    String lua = "A \";if continent('EU') then return '192.0.2.1' else return '192.0.2.2' end\"";
    patchDirectly(
        "{\"rrsets\":[{\"name\":\""
            + www
            + "\",\"type\":\"LUA\",\"ttl\":60,"
            + "\"changetype\":\"REPLACE\",\"records\":[{\"content\":"
            + new com.google.gson.Gson().toJson(lua)
            + ",\"disabled\":false}]}]}");

    List<ResourceRecordSet> sets = list(manager.api().recordSets(zone.id()).iterateByName(www));
    assertThat(sets).extracting(ResourceRecordSet::type).containsExactly("TYPE65402");
    assertThat(list(manager.api().geoRecordSets(zone.id()).orElseThrow())).isEmpty();

    manager.api().recordSets(zone.id()).delete(sets.get(0).key());
    assertThat(answers(www, Type.A, null)).isEmpty();
    manager.api().recordSets(zone.id()).put(sets.get(0));

    assertThat(answers(www, Type.A, "8.8.8.0/24")).containsExactly("192.0.2.2");
    assertThat(manager.api().recordSets(zone.id()).get(www, "TYPE65402")).contains(sets.get(0));
  }

  private static <T> List<T> list(Iterator<T> iterator) {
    List<T> items = new ArrayList<>();
    iterator.forEachRemaining(items::add);
    return items;
  }

  private static <T> List<T> list(Iterable<T> iterable) {
    return list(iterable.iterator());
  }

  private void patchDirectly(String json) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            server.apiUrl() + "/api/v1/servers/localhost/zones/" + zone.id()))
                    .header("X-API-Key", server.apiKey())
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /**
   * The rdata of the answers to a query, printed as the model prints it, optionally asked from a
   * client subnet (EDNS Client Subnet).
   */
  static List<String> answers(String name, int type, String clientSubnet) throws Exception {
    return answers(server.dnsAddress(), name, type, clientSubnet);
  }

  /** The answers of the server at {@code dns}, as {@link #answers(String, int, String)}. */
  static List<String> answers(InetSocketAddress dns, String name, int type, String clientSubnet)
      throws Exception {
    return query(dns, name, type, clientSubnet).getSection(Section.ANSWER).stream()
        .filter(r -> r.getType() == type)
        .map(r -> RData.parse(Type.string(type), r.rdataToString()).toString())
        .toList();
  }

  static int rcode(String name, int type) throws Exception {
    return query(server.dnsAddress(), name, type, null).getRcode();
  }

  static Message query(InetSocketAddress dns, String name, int type, String clientSubnet)
      throws Exception {
    SimpleResolver resolver = new SimpleResolver(dns);
    resolver.setTimeout(Duration.ofSeconds(5));
    if (clientSubnet != null) {
      String[] parts = clientSubnet.split("/");
      EDNSOption subnet =
          new ClientSubnetOption(Integer.parseInt(parts[1]), InetAddress.getByName(parts[0]));
      resolver.setEDNS(0, 0, 0, List.of(subnet));
    }
    return resolver.send(
        Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
  }

  private static ResourceRecordSet weighted(
      String name, String qualifier, int weight, String... addresses) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder()
            .name(name)
            .type("A")
            .qualifier(qualifier)
            .ttl(60)
            .weighted(new Weighted(weight));
    List.of(addresses).forEach(set::add);
    return set.build();
  }

  private static ResourceRecordSet a(String name, String... addresses) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A").ttl(300);
    List.of(addresses).forEach(set::add);
    return set.build();
  }
}
