package denominator.designate;

import static denominator.designate.DesignateEndpointsTest.ZONE_ID;
import static denominator.designate.DesignateEndpointsTest.recordSet;
import static denominator.designate.DesignateEndpointsTest.recordSets;
import static denominator.designate.DesignateTokensTest.config;
import static denominator.designate.DesignateTokensTest.json;
import static denominator.designate.DesignateTokensTest.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ProviderConfig;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ManualTime;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One request per set: POST to create, PUT to update, DELETE; await polls the zone. */
class DesignateWriterTest {
  static final String SETS = "/dns/v2/zones/" + ZONE_ID + "/recordsets";
  static final String ZONE = "/dns/v2/zones/" + ZONE_ID;

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime(DesignateTokensTest.NOW);

  /**
   * Canned answers by method and path, in turn, the last repeated; every request as "METHOD target
   * body".
   */
  final Map<String, Deque<MockResponse>> answers = new HashMap<>();

  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void answerByPath() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            requests.add(request.getMethod() + " " + request.getTarget() + " " + body);
            if (request.getUrl().encodedPath().endsWith("/auth/tokens")) {
              return token(server, "gAAAAA-one");
            }
            Deque<MockResponse> queue =
                answers.get(request.getMethod() + " " + request.getUrl().encodedPath());
            if (queue == null || queue.isEmpty()) {
              return json(500, "{\"type\":\"unknown\"}");
            }
            return queue.size() == 1 ? queue.peek() : queue.poll(); // the last one repeats
          }
        });
    answer("GET", ZONE, 200, zone("ACTIVE"));
    answer("GET", "/dns/v2/limits", 200, "{\"max_recordset_records\":3}");
  }

  void answer(String method, String path, int code, String body) {
    answers.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).add(json(code, body));
  }

  static String zone(String status) {
    return "{\"id\":\""
        + ZONE_ID
        + "\",\"name\":\"example.com.\",\"email\":\"hostmaster@example.com\",\"ttl\":3600,"
        + "\"status\":\""
        + status
        + "\"}";
  }

  ChangeResult apply(ChangeSet changes) {
    ProviderConfig config = config(server, time);
    return new DesignateDNSApi(new DesignateEndpoints(config), config)
        .apply(ZONE_ID, changes, ApplyMode.ATOMIC);
  }

  static ResourceRecordSet a(String name, int ttl, String... values) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A").ttl(ttl);
    for (String value : values) {
      set.add(value);
    }
    return set.build();
  }

  List<String> writes() {
    return requests.stream()
        .filter(r -> !r.startsWith("GET") && !r.contains("auth/tokens"))
        .toList();
  }

  @Test
  void aNewSetIsCreatedWithPostWithoutDescription() {
    answer("GET", SETS, 200, recordSets(null));
    answer("POST", SETS, 202, recordSet("r1", "www.example.com.", "A", "[\"192.0.2.1\"]", 300));

    ChangeResult result =
        apply(ChangeSet.builder().put(a("www.example.com.", 300, "192.0.2.1")).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(writes())
        .containsExactly(
            "POST "
                + SETS
                + " {\"name\":\"www.example.com.\",\"type\":\"A\",\"ttl\":300,"
                + "\"records\":[\"192.0.2.1\"]}");
  }

  @Test
  void anUpdateSendsTheRecordsAndTheTtlOnlyWhenItChanges() {
    answer(
        "GET",
        SETS,
        200,
        recordSets(null, recordSet("r1", "www.example.com.", "A", "[\"192.0.2.1\"]", null)));
    answer(
        "PUT",
        SETS + "/r1",
        202,
        recordSet("r1", "www.example.com.", "A", "[\"192.0.2.3\"]", null));
    answer(
        "GET",
        SETS,
        200,
        recordSets(null, recordSet("r1", "www.example.com.", "A", "[\"192.0.2.3\"]", null)));
    answer(
        "PUT", SETS + "/r1", 202, recordSet("r1", "www.example.com.", "A", "[\"192.0.2.3\"]", 60));

    apply(ChangeSet.builder().put(a("www.example.com.", 3600, "192.0.2.3")).build()).orThrow();
    apply(ChangeSet.builder().put(a("www.example.com.", 60, "192.0.2.3")).build()).orThrow();

    assertThat(writes())
        .containsExactly(
            "PUT " + SETS + "/r1 {\"records\":[\"192.0.2.3\"]}",
            "PUT " + SETS + "/r1 {\"records\":[\"192.0.2.3\"],\"ttl\":60}");
  }

  @Test
  void aDeleteOfASetAlreadyGoneIsDone() {
    answer(
        "GET",
        SETS,
        200,
        recordSets(null, recordSet("r1", "www.example.com.", "A", "[\"192.0.2.1\"]", 300)));
    answer(
        "DELETE",
        SETS + "/r1",
        404,
        "{\"code\":404,\"type\":\"recordset_not_found\",\"message\":\"Could not find RecordSet\"}");

    ChangeResult result =
        apply(ChangeSet.builder().delete(RecordSetKey.of("www.example.com.", "A")).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(writes()).containsExactly("DELETE " + SETS + "/r1 ");
  }

  @Test
  void theSoaAndTheApexNsAreRefusedBeforeAnyRequestThatWrites() {
    assertThatThrownBy(
            () -> apply(ChangeSet.builder().delete(RecordSetKey.of("example.com.", "SOA")).build()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("SOA is managed by Designate");
    assertThatThrownBy(
            () -> apply(ChangeSet.builder().delete(RecordSetKey.of("example.com.", "NS")).build()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("NS at the apex is managed by Designate");
    assertThat(writes()).isEmpty();
  }

  @Test
  void aSetOfMoreRecordsThanTheLimitIsRefusedBeforeAnyWrite() {
    assertThatThrownBy(
            () ->
                apply(
                    ChangeSet.builder()
                        .put(
                            a(
                                "www.example.com.",
                                300,
                                "192.0.2.1",
                                "192.0.2.2",
                                "192.0.2.3",
                                "192.0.2.4"))
                        .build()))
        .hasMessageContaining("max_recordset_records");
    assertThat(writes()).isEmpty();
  }

  @Test
  void atomicUndoesTheFirstCreateWhenTheSecondIsRefused() {
    answer("GET", SETS, 200, recordSets(null));
    answer("GET", SETS, 200, recordSets(null));
    answer("POST", SETS, 202, recordSet("r1", "a.example.com.", "A", "[\"192.0.2.1\"]", 300));
    answer(
        "POST",
        SETS,
        409,
        "{\"code\":409,\"type\":\"duplicate_recordset\",\"message\":\"Duplicate RecordSet\"}");
    answer(
        "DELETE",
        SETS + "/r1",
        202,
        recordSet("r1", "a.example.com.", "A", "[\"192.0.2.1\"]", 300));

    ChangeResult result =
        apply(
            ChangeSet.builder()
                .put(a("a.example.com.", 300, "192.0.2.1"))
                .put(a("b.example.com.", 300, "192.0.2.2"))
                .build());

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.ROLLED_BACK, Status.FAILED);
    assertThat(writes()).hasSize(3).last().asString().startsWith("DELETE " + SETS + "/r1");
  }

  @Test
  void aLostAnswerIsSettledByReading() {
    answer("GET", SETS, 200, recordSets(null));
    answer("POST", SETS, 202, "not json");
    answer(
        "GET",
        SETS,
        200,
        recordSets(null, recordSet("r1", "www.example.com.", "A", "[\"192.0.2.1\"]", 300)));

    ChangeResult result =
        apply(ChangeSet.builder().put(a("www.example.com.", 300, "192.0.2.1")).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(writes()).hasSize(1);
  }

  @Test
  void awaitPollsTheZoneOnceForEverySetUntilActive() {
    answer("GET", SETS, 200, recordSets(null));
    answer("GET", SETS, 200, recordSets(null));
    answer("POST", SETS, 202, recordSet("r1", "a.example.com.", "A", "[\"192.0.2.1\"]", 300));
    answer("POST", SETS, 202, recordSet("r2", "b.example.com.", "A", "[\"192.0.2.2\"]", 300));
    ChangeResult result =
        apply(
            ChangeSet.builder()
                .put(a("a.example.com.", 300, "192.0.2.1"))
                .put(a("b.example.com.", 300, "192.0.2.2"))
                .build());
    answers.get("GET " + ZONE).clear();
    answer("GET", ZONE, 200, zone("PENDING"));
    answer("GET", ZONE, 200, zone("PENDING"));
    answer("GET", ZONE, 200, zone("ACTIVE"));
    requests.clear();

    result.await(Duration.ofSeconds(30));

    assertThat(requests)
        .containsExactly("GET " + ZONE + " ", "GET " + ZONE + " ", "GET " + ZONE + " ");
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void aZoneInErrorFailsTheAwait() {
    answer("GET", SETS, 200, recordSets(null));
    answer("POST", SETS, 202, recordSet("r1", "www.example.com.", "A", "[\"192.0.2.1\"]", 300));
    ChangeResult result =
        apply(ChangeSet.builder().put(a("www.example.com.", 300, "192.0.2.1")).build());
    answers.get("GET " + ZONE).clear();
    answer("GET", ZONE, 200, zone("ERROR"));

    assertThatThrownBy(() -> result.await(Duration.ofSeconds(30)))
        .isExactlyInstanceOf(DenominatorException.class)
        .hasMessage("designate: zone example.com. failed to propagate (status ERROR)");
  }

  @Test
  void aZoneCreateWhoseAnswerWasLostIsFoundByName() {
    answer("GET", "/dns/v2/zones", 200, "{\"zones\":[],\"links\":{}}");
    answer("GET", "/dns/v2/zones", 200, "{\"zones\":[" + zone("PENDING") + "],\"links\":{}}");
    answer("POST", "/dns/v2/zones", 202, "not json");
    ProviderConfig config = config(server, time);

    String id =
        new DesignateDNSApi(new DesignateEndpoints(config), config)
            .zones()
            .put(Zone.create("example.com.", "hostmaster@example.com", 3600));

    assertThat(id).isEqualTo(ZONE_ID);
    assertThat(writes())
        .containsExactly(
            "POST /dns/v2/zones {\"name\":\"example.com.\",\"email\":\"hostmaster@example.com\","
                + "\"ttl\":3600}");
  }
}
