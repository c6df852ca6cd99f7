package denominator.ns1;

import static denominator.ns1.Ns1EndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import denominator.ProviderConfig;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ManualTime;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.tck.LoopbackServers;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** One request per name and type: PUT when NS1 holds no record, POST when it does, DELETE last. */
class Ns1WriterTest {
  static final String ZONE = "example.com.";
  static final String PLAIN =
      "{\"zone\":\"example.com\",\"domain\":\"www.example.com\",\"type\":\"A\",\"ttl\":300,\"tier\":1,"
          + "\"meta\":{},\"answers\":[{\"answer\":[\"192.0.2.1\"],\"meta\":{}}],\"filters\":[],"
          + "\"regions\":{}}";
  static final String RECORD_NOT_FOUND = "{\"message\":\"record not found\"}";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime();

  Ns1DNSApi api() {
    ProviderConfig config = Ns1EndpointsTest.config(server, time);
    return new Ns1DNSApi(new Ns1Endpoints(config), config);
  }

  static ResourceRecordSet a(String... values) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name("www.example.com.").type("A").ttl(300);
    for (String value : values) {
      set.add(value);
    }
    return set.build();
  }

  ChangeResult apply(ChangeSet changes) {
    return api().apply(ZONE, changes, ApplyMode.ATOMIC);
  }

  @Test
  void aRecordNs1DoesNotHoldIsCreatedWithPut() throws Exception {
    server.enqueue(json(404, RECORD_NOT_FOUND));
    server.enqueue(json(200, PLAIN));

    assertThat(apply(ChangeSet.builder().put(a("192.0.2.1")).build()).succeeded()).isTrue();

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/zones/example.com/www.example.com/A");
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(JsonParser.parseString(put.getBody().utf8()))
        .isEqualTo(
            JsonParser.parseString(
                "{\"zone\":\"example.com\",\"domain\":\"www.example.com\",\"type\":\"A\",\"ttl\":300,"
                    + "\"meta\":{},\"answers\":[{\"answer\":[\"192.0.2.1\"],\"meta\":{}}],"
                    + "\"filters\":[],\"regions\":{}}"));
  }

  @Test
  void aRecordNs1HoldsIsReplacedWithPost() throws Exception {
    server.enqueue(json(200, PLAIN));
    server.enqueue(json(200, PLAIN));

    assertThat(apply(ChangeSet.builder().put(a("192.0.2.1", "192.0.2.2")).build()).succeeded())
        .isTrue();

    server.takeRequest();
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getBody().utf8()).contains("[\"192.0.2.2\"]");
  }

  @Test
  void theLastSetOfARecordGoesWithDelete() throws Exception {
    server.enqueue(json(200, PLAIN));
    server.enqueue(json(200, "{}"));

    ChangeResult result =
        apply(ChangeSet.builder().delete(RecordSetKey.of("www.example.com.", "A")).build());

    assertThat(result.succeeded()).isTrue();
    server.takeRequest();
    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v1/zones/example.com/www.example.com/A");
  }

  @Test
  void aRefusalNamesTheChangesOfItsRecord() {
    server.enqueue(json(404, RECORD_NOT_FOUND));
    server.enqueue(json(400, "{\"message\":\"Input validation failed (answers[0].answer: bad)\"}"));

    ChangeResult result = apply(ChangeSet.builder().put(a("192.0.2.1")).build());

    assertThat(result.withStatus(Status.FAILED))
        .extracting(o -> o.change().key().name())
        .containsExactly("www.example.com.");
  }

  @Test
  void geoBesideWeightedAtOneNameAndTypeIsRefusedBeforeAnyRequest() {
    ResourceRecordSet geo =
        a("192.0.2.1").toBuilder().qualifier("eu").geo(Geo.parse("continent:EU")).build();
    ResourceRecordSet weighted =
        a("192.0.2.2").toBuilder().qualifier("w").weighted(new Weighted(5)).build();

    assertThatThrownBy(() -> apply(ChangeSet.builder().put(geo).put(weighted).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("www.example.com. A");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void differentTtlsAtOneNameAndTypeAreRefusedBeforeAnyRequest() {
    ResourceRecordSet us = a("192.0.2.1").toBuilder().qualifier("us").geo(Geo.parse("US")).build();
    ResourceRecordSet fr =
        a("192.0.2.2").toBuilder().qualifier("fr").ttl(60).geo(Geo.parse("FR")).build();

    assertThatThrownBy(() -> apply(ChangeSet.builder().put(us).put(fr).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("different TTLs");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anSoaPutWritesTheZoneFieldsNs1LetsUsChange() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"zone\":\"example.com\",\"ttl\":3600,\"nx_ttl\":300,\"retry\":7200,"
                + "\"refresh\":43200,\"expiry\":1209600,\"serial\":42,"
                + "\"hostmaster\":\"hostmaster@nsone.net\",\"dns_servers\":[\"dns1.p01.nsone.net\"],"
                + "\"records\":[]}"));
    server.enqueue(json(200, "{}"));
    ResourceRecordSet soa =
        ResourceRecordSet.builder()
            .name(ZONE)
            .type("SOA")
            .ttl(3600)
            .add("dns1.p01.nsone.net. dns.example.com. 42 43200 7200 1209600 60")
            .build();

    assertThat(apply(ChangeSet.builder().put(soa).build()).succeeded()).isTrue();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/zones/example.com?records=false");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getTarget()).isEqualTo("/v1/zones/example.com");
    assertThat(JsonParser.parseString(post.getBody().utf8()))
        .isEqualTo(
            JsonParser.parseString(
                "{\"ttl\":3600,\"hostmaster\":\"dns@example.com\",\"refresh\":43200,"
                    + "\"retry\":7200,\"expiry\":1209600,\"nx_ttl\":60}"));
  }

  @Test
  void aTextOfSeveralStringsIsRefusedBeforeAnyRequest() {
    ResourceRecordSet txt =
        ResourceRecordSet.builder().name("www.example.com.").type("TXT").add("\"a\" \"b\"").build();

    assertThatThrownBy(() -> apply(ChangeSet.builder().put(txt).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("[a, b]");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anAliasSetIsWrittenAsNs1sAliasType() throws Exception {
    server.enqueue(json(404, RECORD_NOT_FOUND));
    server.enqueue(json(200, "{}"));
    ResourceRecordSet alias =
        ResourceRecordSet.builder()
            .name(ZONE)
            .type(Ns1Data.ALIAS)
            .ttl(300)
            .add(Ns1Data.parse(Ns1Data.ALIAS, "alias lb.example.net.").orElseThrow())
            .build();

    assertThat(apply(ChangeSet.builder().put(alias).build()).succeeded()).isTrue();

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/zones/example.com/example.com/ALIAS");
    RecordedRequest put = server.takeRequest();
    assertThat(put.getTarget()).isEqualTo("/v1/zones/example.com/example.com/ALIAS");
    assertThat(put.getBody().utf8())
        .contains(
            "\"type\":\"ALIAS\"", "\"answers\":[{\"answer\":[\"lb.example.net\"],\"meta\":{}}]");
  }
}
