package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.Credentials;
import denominator.ProviderConfig;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.http.HttpSettings;
import denominator.kit.ManualTime;
import denominator.model.ResourceRecordSet;
import denominator.tck.LoopbackServers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Request shapes, paging, tasks and the undo of a half-applied batch, against canned answers. */
class UltraDnsEndpointsTest {
  static final String ZONE = "example.com.";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime();
  List<String> log = new CopyOnWriteArrayList<>();

  @Test
  void aBatchWhoseSecondItemFailsIsUndoneAndRefusedNamingThatItem() throws Exception {
    server.enqueue(UltraDnsTokensTest.token("access-1", "refresh-1", "3600"));
    server.enqueue(json(200, rrsets(rrset("a.example.com.", "192.0.2.1")))); // read a
    server.enqueue(json(404, "[{\"errorCode\":56001,\"errorMessage\":\"none\"}]")); // read b
    server.enqueue(
        json(
            207,
            "[{\"status\":200,\"response\":{\"message\":\"Successful\"}},"
                + "{\"status\":400,\"response\":[{\"errorCode\":1000,\"errorMessage\":\"bad\"}]}]"));
    server.enqueue(json(200, "{\"message\":\"Successful\"}")); // undo of a
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("a.example.com.", "192.0.2.2"))
            .put(a("b.example.com.", "192.0.2.3"))
            .build();

    ChangeResult result = api().apply(ZONE, changes, ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isFalse();
    assertThat(result.withStatus(Status.FAILED))
        .extracting(o -> o.change().key().name())
        .containsExactly("b.example.com.");
    server.takeRequest();
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/zones/example.com./rrsets/A/a.example.com.");
    server.takeRequest();
    RecordedRequest batch = server.takeRequest();
    assertThat(batch.getTarget()).isEqualTo("/v1/batch");
    assertThat(batch.getBody().utf8())
        .isEqualTo(
            "[{\"method\":\"PUT\",\"uri\":\"/v1/zones/example.com./rrsets/A/a.example.com.\","
                + "\"body\":{\"ttl\":300,\"rdata\":[\"192.0.2.2\"]}},"
                + "{\"method\":\"POST\",\"uri\":\"/v1/zones/example.com./rrsets/A/b.example.com.\","
                + "\"body\":{\"ttl\":300,\"rdata\":[\"192.0.2.3\"]}}]");
    RecordedRequest undo = server.takeRequest();
    assertThat(undo.getMethod()).isEqualTo("PUT");
    assertThat(undo.getBody().utf8()).isEqualTo("{\"ttl\":300,\"rdata\":[\"192.0.2.1\"]}");
  }

  @Test
  void oneTargetIsOnePlainRequest() throws Exception {
    server.enqueue(UltraDnsTokensTest.token("access-1", "refresh-1", "3600"));
    server.enqueue(json(404, "[{\"errorCode\":56001,\"errorMessage\":\"none\"}]"));
    server.enqueue(json(201, "{\"message\":\"Successful\"}"));

    ChangeResult result =
        api()
            .apply(
                ZONE,
                ChangeSet.builder().put(a("a.example.com.", "192.0.2.2")).build(),
                ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isTrue();
    server.takeRequest();
    server.takeRequest();
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v1/zones/example.com./rrsets/A/a.example.com.");
  }

  @Test
  void zonesFollowTheCursorAndAnEmptyAccountIsNoZones() throws Exception {
    server.enqueue(UltraDnsTokensTest.token("access-1", "refresh-1", "3600"));
    server.enqueue(json(200, zonePage("one.example.", "c2")));
    server.enqueue(json(200, zonePage("two.example.", null)));
    UltraDnsEndpoints endpoints = new UltraDnsEndpoints(config(server, time, log));

    List<String> names = new java.util.ArrayList<>();
    endpoints.zones().forEachRemaining(z -> names.add(z.properties().name()));

    assertThat(names).containsExactly("one.example.", "two.example.");
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v3/zones?limit=1000");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v3/zones?limit=1000&cursor=c2");

    server.enqueue(json(404, "[{\"errorCode\":70002,\"errorMessage\":\"Data not found.\"}]"));
    assertThat(endpoints.zones().hasNext()).isFalse();
  }

  @Test
  void aZoneCreatedLaterAwaitsItsTask() throws Exception {
    server.enqueue(UltraDnsTokensTest.token("access-1", "refresh-1", "3600"));
    server.enqueue(UltraDnsTokensTest.accounts());
    server.enqueue(
        new MockResponse.Builder()
            .code(202)
            .addHeader("X-Task-Id", "t1")
            .body("{\"message\":\"Pending\"}")
            .build());
    server.enqueue(json(200, "{\"taskId\":\"t1\",\"code\":\"PENDING\"}"));
    server.enqueue(json(200, "{\"taskId\":\"t1\",\"code\":\"COMPLETE\"}"));

    new UltraDnsEndpoints(config(server, time, log)).createZone("new.example.");

    server.takeRequest();
    server.takeRequest();
    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo(
            "{\"properties\":{\"name\":\"new.example.\",\"accountName\":\"acme\",\"type\":\"PRIMARY\"},"
                + "\"primaryCreateInfo\":{\"forceImport\":true,\"createType\":\"NEW\"}}");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/tasks/t1");
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void anOddWeightIsRefusedBeforeAnyRequest() {
    ResourceRecordSet odd =
        ResourceRecordSet.builder()
            .name("w.example.com.")
            .type("A")
            .qualifier("blue")
            .ttl(60)
            .add("192.0.2.1")
            .weighted(new denominator.model.Weighted(3))
            .build();

    assertThatThrownBy(
            () -> api().apply(ZONE, ChangeSet.builder().put(odd).build(), ApplyMode.ATOMIC))
        .isInstanceOf(denominator.ValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  UltraDnsDNSApi api() {
    ProviderConfig config = config(server, time, log);
    return new UltraDnsDNSApi(new UltraDnsEndpoints(config), config);
  }

  static ProviderConfig config(MockWebServer server, ManualTime time, List<String> log) {
    return new ProviderConfig(
            server.url("/").toString(),
            () ->
                (Credentials.MapCredentials)
                    Credentials.of(
                        Map.of("username", "joe", "password", UltraDnsTokensTest.PASSWORD)),
            time,
            HttpSettings.defaults().withLogBodies(true),
            log::add)
        .withSleeper(time);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  static String rrset(String owner, String address) {
    return "{\"ownerName\":\""
        + owner
        + "\",\"rrtype\":\"A (1)\",\"ttl\":300,\"rdata\":[\""
        + address
        + "\"]}";
  }

  static String rrsets(String... rrsets) {
    return "{\"zoneName\":\"example.com.\",\"rrSets\":["
        + String.join(",", rrsets)
        + "],\"resultInfo\":{\"totalCount\":"
        + rrsets.length
        + ",\"offset\":0,\"returnedCount\":"
        + rrsets.length
        + "}}";
  }

  static String zonePage(String name, String next) {
    return "{\"zones\":[{\"properties\":{\"name\":\""
        + name
        + "\",\"type\":\"PRIMARY\"}}],\"cursorInfo\":{"
        + (next == null ? "" : "\"next\":\"" + next + "\"")
        + "}}";
  }

  static ResourceRecordSet a(String name, String address) {
    return ResourceRecordSet.builder().name(name).type("A").ttl(300).add(address).build();
  }
}
