package denominator.designate;

import static denominator.designate.DesignateTokensTest.config;
import static denominator.designate.DesignateTokensTest.json;
import static denominator.designate.DesignateTokensTest.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import denominator.designate.DesignateJson.NewRecordSet;
import denominator.designate.DesignateJson.RecordSetJson;
import denominator.designate.DesignateJson.RecordSetUpdate;
import denominator.kit.ManualTime;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Request shapes and marker paging, against canned answers. */
class DesignateEndpointsTest {
  static final String ZONE_ID = "2150b1bf-dee2-4221-9d85-11f7886fb15f";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime(DesignateTokensTest.NOW);

  DesignateEndpoints endpoints() {
    server.enqueue(token(server, "gAAAAA-one"));
    return new DesignateEndpoints(config(server, time));
  }

  static String zone(String id, String name) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"email\":\"hostmaster@"
        + name.substring(0, name.length() - 1)
        + "\",\"ttl\":3600,\"status\":\"ACTIVE\",\"action\":\"NONE\",\"description\":null}";
  }

  static String recordSet(String id, String name, String type, String records, Integer ttl) {
    return "{\"id\":\""
        + id
        + "\",\"zone_id\":\""
        + ZONE_ID
        + "\",\"name\":\""
        + name
        + "\",\"type\":\""
        + type
        + "\",\"records\":"
        + records
        + ",\"ttl\":"
        + ttl
        + ",\"description\":null,\"status\":\"ACTIVE\",\"action\":\"NONE\"}";
  }

  static String recordSets(String next, String... sets) {
    return "{\"recordsets\":["
        + String.join(",", sets)
        + "],\"links\":{\"self\":\"x\""
        + (next == null ? "" : ",\"next\":\"" + next + "\"")
        + "},\"metadata\":{\"total_count\":9}}";
  }

  @Test
  void zonesFollowNextLinksUnderTheCatalogUrlAndStopAtAnEmptyPage() throws Exception {
    DesignateEndpoints endpoints = endpoints();
    server.enqueue(
        json(
            200,
            "{\"zones\":["
                + zone("a1", "a.example.")
                + "],\"links\":{\"next\":\"http://127.0.0.1:9001/v2/zones?limit=1000&marker=a1\"}}"));
    server.enqueue( // an empty page that still links on is the end
        json(
            200,
            "{\"zones\":[],\"links\":{\"next\":\"http://127.0.0.1:9001/v2/zones?marker=zz\"}}"));

    List<Zone> zones = new ArrayList<>();
    new DesignateZoneApi(endpoints, null).iterator().forEachRemaining(zones::add);

    assertThat(zones).containsExactly(new Zone("a1", "a.example.", "hostmaster@a.example", 3600));
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/dns/v2/zones?limit=1000");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/dns/v2/zones?limit=1000&marker=a1");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aPageWithoutNextIsTheLast() throws Exception {
    DesignateEndpoints endpoints = endpoints();
    server.enqueue(
        json(
            200,
            recordSets(null, recordSet("r1", "www.example.com.", "A", "[\"192.0.2.1\"]", 300))));

    List<RecordSetJson> sets = new ArrayList<>();
    endpoints.recordSets(ZONE_ID, null, null).forEachRemaining(sets::add);

    assertThat(sets).extracting(RecordSetJson::id).containsExactly("r1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aNameIsReadWithFiltersAndOnlyExactMatchesAreKept() throws Exception {
    DesignateEndpoints endpoints = endpoints();
    server.enqueue(
        json(
            200,
            recordSets(
                null,
                recordSet(
                    "r1", "xsip.ytcp.example.com.", "SRV", "[\"1 1 5060 a.example.com.\"]", 60),
                recordSet(
                    "r2", "_SIP._tcp.example.com.", "SRV", "[\"1 1 5060 b.example.com.\"]", 60))));

    List<RecordSetJson> sets = new ArrayList<>();
    endpoints.recordSets(ZONE_ID, "_sip._tcp.example.com.", "SRV").forEachRemaining(sets::add);

    assertThat(sets).extracting(RecordSetJson::id).containsExactly("r2");
    server.takeRequest();
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/dns/v2/zones/"
                + ZONE_ID
                + "/recordsets?name=_sip._tcp.example.com.&type=SRV&limit=1000");
  }

  @Test
  void writesSendTheirBodiesAndNeverADescriptionOnUpdate() throws Exception {
    DesignateEndpoints endpoints = endpoints();
    String created = recordSet("r1", "www.example.com.", "A", "[\"192.0.2.1\"]", 300);
    server.enqueue(json(202, created));
    server.enqueue(json(202, created));
    server.enqueue(json(202, created));

    endpoints.createRecordSet(
        ZONE_ID, new NewRecordSet("www.example.com.", "A", 300, List.of("192.0.2.1"), null));
    endpoints.updateRecordSet(ZONE_ID, "r1", new RecordSetUpdate(List.of("192.0.2.3"), null));
    endpoints.deleteRecordSet(ZONE_ID, "r1");

    server.takeRequest();
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/dns/v2/zones/" + ZONE_ID + "/recordsets");
    assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(JsonParser.parseString(post.getBody().utf8()))
        .isEqualTo(
            JsonParser.parseString(
                "{\"name\":\"www.example.com.\",\"type\":\"A\",\"ttl\":300,"
                    + "\"records\":[\"192.0.2.1\"]}"));
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/dns/v2/zones/" + ZONE_ID + "/recordsets/r1");
    assertThat(put.getBody().utf8()).isEqualTo("{\"records\":[\"192.0.2.3\"]}");
    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/dns/v2/zones/" + ZONE_ID + "/recordsets/r1");
  }

  @Test
  void limitsAreReadOnce() throws Exception {
    DesignateEndpoints endpoints = endpoints();
    server.enqueue(json(200, "{\"max_zones\":10,\"max_recordset_records\":20}"));

    assertThat(endpoints.maxRecordsPerSet()).isEqualTo(20);
    assertThat(endpoints.maxRecordsPerSet()).isEqualTo(20);

    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/dns/v2/limits");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
