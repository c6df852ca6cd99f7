package denominator.clouddns;

import static denominator.clouddns.CloudDnsTokensTest.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import denominator.DNSApi;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch as the fewest record writes: PUT in place, POST the rest, DELETE the rest, each job
 * awaited; a refused POST puts back what the PUT changed; comments stay.
 */
class CloudDnsWriterTest {
  static final String ZONE = "1000001";
  static final String RECORDS = "/domains/" + ZONE + "/records";

  @StartStop MockWebServer server = LoopbackServers.server();
  CloudDnsTokensTest.Canned canned = new CloudDnsTokensTest.Canned(server);
  DNSApi api;

  @BeforeEach
  void serve() {
    canned.start();
    api = new CloudDnsProvider().open(canned.config());
    // www.a.example A: two records, the first with another tool's comment; old.a.example A: one
    canned
        .answer(
            "GET",
            RECORDS,
            200,
            "{\"records\":[{\"name\":\"www.a.example\",\"id\":\"A-1\",\"type\":\"A\","
                + "\"data\":\"192.0.2.1\",\"ttl\":300,\"comment\":\"by terraform\"},"
                + "{\"name\":\"www.a.example\",\"id\":\"A-2\",\"type\":\"A\",\"data\":\"192.0.2.2\","
                + "\"ttl\":300}],\"totalEntries\":2}")
        .answer(
            "GET",
            RECORDS,
            200,
            "{\"records\":[{\"name\":\"old.a.example\",\"id\":\"A-5\",\"type\":\"A\","
                + "\"data\":\"192.0.2.5\",\"ttl\":300}],\"totalEntries\":1}");
  }

  static String job(String status, String id, String more) {
    return "{\"status\":\"" + status + "\",\"jobId\":\"" + id + "\"" + more + "}";
  }

  void write(String method, String path, String jobId, String... statuses) {
    canned.answer(method, path, 202, job("RUNNING", jobId, ""));
    for (String status : statuses) {
      int code = status.startsWith("{\"status\":\"RUNNING") ? 202 : 200;
      canned.answer("GET", "/status/" + jobId, code, status);
    }
  }

  static ResourceRecordSet www(String... addresses) {
    ResourceRecordSet.Builder set =
        ResourceRecordSet.builder().name("www.a.example.").type("A").ttl(300);
    for (String address : addresses) {
      set.add(address);
    }
    return set.build();
  }

  static final RecordSetKey OLD = RecordSetKey.of("old.a.example.", "A");

  String body(String prefix) {
    String request =
        canned.requests.stream().filter(r -> r.startsWith(prefix)).findFirst().orElseThrow();
    return request.substring(request.indexOf(' ', prefix.length()) + 1);
  }

  static Object json(String text) {
    return JsonParser.parseString(text);
  }

  @Test
  void aBatchIsOnePutOnePostAndOneDeleteEachJobAwaited() {
    write("PUT", RECORDS, "j-put", job("RUNNING", "j-put", ""), job("COMPLETED", "j-put", ""));
    write(
        "POST",
        RECORDS,
        "j-post",
        job(
            "COMPLETED",
            "j-post",
            ",\"response\":{\"records\":[{\"name\":\"www.a.example\",\"id\":\"A-9\","
                + "\"type\":\"A\",\"data\":\"192.0.2.4\",\"ttl\":300}]}"));
    write("DELETE", RECORDS, "j-del", job("COMPLETED", "j-del", ""));

    ChangeResult result =
        api.apply(
            ZONE,
            ChangeSet.builder().put(www("192.0.2.1", "192.0.2.3", "192.0.2.4")).delete(OLD).build(),
            ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isTrue();
    assertThat(canned.dnsRequests())
        .containsExactly(
            "GET " + TENANT + RECORDS + "?type=A&name=www.a.example&limit=100&offset=0",
            "GET " + TENANT + RECORDS + "?type=A&name=old.a.example&limit=100&offset=0",
            "PUT " + TENANT + RECORDS,
            "GET " + TENANT + "/status/j-put?showDetails=true",
            "GET " + TENANT + "/status/j-put?showDetails=true",
            "POST " + TENANT + RECORDS,
            "GET " + TENANT + "/status/j-post?showDetails=true",
            "DELETE " + TENANT + RECORDS + "?id=A-5",
            "GET " + TENANT + "/status/j-del?showDetails=true");
    // the kept value untouched, the removed one rewritten in place without its comment or type
    assertThat(json(body("PUT ")))
        .isEqualTo(
            json(
                "{\"records\":[{\"id\":\"A-2\",\"name\":\"www.a.example\",\"data\":\"192.0.2.3\","
                    + "\"ttl\":300}]}"));
    // the set's comment, another tool's, goes with its new value
    assertThat(json(body("POST " + TENANT)))
        .isEqualTo(
            json(
                "{\"records\":[{\"name\":\"www.a.example\",\"type\":\"A\",\"data\":\"192.0.2.4\","
                    + "\"ttl\":300,\"comment\":\"by terraform\"}]}"));
    // the job was polled again after the first wait
    assertThat(canned.time.sleeps()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void aRefusedPostPutsBackWhatThePutChanged() {
    write("PUT", RECORDS, "j-put", job("COMPLETED", "j-put", ""));
    write(
        "POST",
        RECORDS,
        "j-post",
        job(
            "ERROR",
            "j-post",
            ",\"error\":{\"message\":\"The object already exists.\",\"code\":409,"
                + "\"details\":\"Record already exists: www.a.example A 192.0.2.4\"}"));

    ChangeResult result =
        api.apply(
            ZONE,
            ChangeSet.builder().put(www("192.0.2.1", "192.0.2.3", "192.0.2.4")).build(),
            ApplyMode.ATOMIC);

    assertThat(result.outcomes()).extracting(ChangeOutcome::status).containsExactly(Status.FAILED);
    assertThat(result.failures().get(0).error().orElseThrow())
        .hasMessageContaining("Record already exists");
    List<String> puts = canned.requests.stream().filter(r -> r.startsWith("PUT ")).toList();
    assertThat(puts).hasSize(2);
    String undo = puts.get(1);
    assertThat(json(undo.substring(undo.indexOf(' ', 4) + 1)))
        .isEqualTo(
            json(
                "{\"records\":[{\"id\":\"A-2\",\"name\":\"www.a.example\",\"data\":\"192.0.2.2\","
                    + "\"ttl\":300}]}"));
  }

  @Test
  void anUndoThatFailsLeavesTheOutcomeUnknown() {
    write("PUT", RECORDS, "j-put", job("COMPLETED", "j-put", ""));
    write("PUT", RECORDS, "j-undo", job("ERROR", "j-undo", ",\"error\":{\"code\":500}"));
    write(
        "POST",
        RECORDS,
        "j-post",
        job("ERROR", "j-post", ",\"error\":{\"code\":409,\"details\":\"Record already exists\"}"));

    ChangeResult result =
        api.apply(
            ZONE,
            ChangeSet.builder().put(www("192.0.2.1", "192.0.2.3", "192.0.2.4")).build(),
            ApplyMode.ATOMIC);

    assertThat(result.outcomes()).extracting(ChangeOutcome::status).containsExactly(Status.UNKNOWN);
  }

  @Test
  void aValidationRefusalNamesTheChangeOfItsRecord() {
    ResourceRecordSet first =
        ResourceRecordSet.builder()
            .name("a1.a.example.")
            .type("A")
            .ttl(300)
            .add("192.0.2.1")
            .build();
    ResourceRecordSet second =
        ResourceRecordSet.builder()
            .name("a2.a.example.")
            .type("A")
            .ttl(300)
            .add("192.0.2.2")
            .build();
    canned.answers.clear();
    canned.answer("GET", RECORDS, 200, "{\"records\":[],\"totalEntries\":0}");
    canned.answer(
        "POST",
        RECORDS,
        400,
        "{\"validationErrors\":{\"messages\":[\"records[1]: 300.1.1.1 is not a valid IPv4"
            + " address\"]},\"code\":400}");

    ChangeResult result =
        api.apply(ZONE, ChangeSet.builder().put(first).put(second).build(), ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(Status.SKIPPED, Status.FAILED);
  }

  @Test
  void aBestEffortApplyLeavesItsDeleteJobToAwait() {
    write("DELETE", RECORDS, "j-del", job("RUNNING", "j-del", ""), job("COMPLETED", "j-del", ""));
    canned.answers.remove("GET " + TENANT + RECORDS);
    canned.answer(
        "GET",
        RECORDS,
        200,
        "{\"records\":[{\"name\":\"old.a.example\",\"id\":\"A-5\",\"type\":\"A\","
            + "\"data\":\"192.0.2.5\",\"ttl\":300}],\"totalEntries\":1}");

    ChangeResult result =
        api.apply(ZONE, ChangeSet.builder().delete(OLD).build(), ApplyMode.BEST_EFFORT);

    assertThat(canned.dnsRequests()).noneMatch(r -> r.contains("/status/"));
    result.await(Duration.ofSeconds(10));
    assertThat(canned.dnsRequests()).filteredOn(r -> r.contains("/status/")).hasSize(2);
  }

  @Test
  void aDeleteOfRecordsAlreadyGoneIsDone() {
    canned.answers.remove("GET " + TENANT + RECORDS);
    canned.answer(
        "GET",
        RECORDS,
        200,
        "{\"records\":[{\"name\":\"old.a.example\",\"id\":\"A-5\",\"type\":\"A\","
            + "\"data\":\"192.0.2.5\",\"ttl\":300}],\"totalEntries\":1}");
    write(
        "DELETE",
        RECORDS,
        "j-del",
        job(
            "ERROR",
            "j-del",
            ",\"error\":{\"failedItems\":{\"faults\":[{\"message\":\"Object not Found.\","
                + "\"code\":404,\"details\":\"Domain ID: 1000001; Record ID: A-5\"}]},"
                + "\"message\":\"One or more items could not be deleted.\",\"code\":500}"));

    assertThat(
            api.apply(ZONE, ChangeSet.builder().delete(OLD).build(), ApplyMode.ATOMIC).succeeded())
        .isTrue();
  }

  @Test
  void aTtlBelow300IsRefusedBeforeAnyRequest() {
    ResourceRecordSet low =
        ResourceRecordSet.builder()
            .name("www.a.example.")
            .type("A")
            .ttl(60)
            .add("192.0.2.1")
            .build();

    assertThatThrownBy(
            () -> api.apply(ZONE, ChangeSet.builder().put(low).build(), ApplyMode.ATOMIC))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("60");
    assertThat(canned.requests).isEmpty();
  }

  @Test
  void aChangedTtlRewritesEveryRecord() {
    write("PUT", RECORDS, "j-put", job("COMPLETED", "j-put", ""));
    ResourceRecordSet longer =
        ResourceRecordSet.builder()
            .name("www.a.example.")
            .type("A")
            .ttl(3600)
            .add("192.0.2.1")
            .add("192.0.2.2")
            .build();

    assertThat(
            api.apply(ZONE, ChangeSet.builder().put(longer).build(), ApplyMode.ATOMIC).succeeded())
        .isTrue();
    assertThat(json(body("PUT ")))
        .isEqualTo(
            json(
                "{\"records\":[{\"id\":\"A-1\",\"name\":\"www.a.example\",\"data\":\"192.0.2.1\","
                    + "\"ttl\":3600},{\"id\":\"A-2\",\"name\":\"www.a.example\","
                    + "\"data\":\"192.0.2.2\",\"ttl\":3600}]}"));
    assertThat(canned.requests)
        .noneMatch(r -> r.startsWith("POST " + TENANT) || r.startsWith("DELETE"));
  }

  @Test
  void soaIsTheServicesOwn() {
    assertThatThrownBy(
            () ->
                api.apply(
                    ZONE,
                    ChangeSet.builder().delete(RecordSetKey.of("a.example.", "SOA")).build(),
                    ApplyMode.ATOMIC))
        .isInstanceOf(UnsupportedCapabilityException.class);
  }

  @Test
  void aSetIsShownWithItsCommentAsProviderData() {
    canned.answers.clear();
    canned.answer(
        "GET",
        RECORDS,
        200,
        "{\"records\":[{\"name\":\"www.a.example\",\"id\":\"A-1\",\"type\":\"A\","
            + "\"data\":\"192.0.2.1\",\"ttl\":300,\"comment\":\"by terraform\"}],\"totalEntries\":1}");

    List<ResourceRecordSet> sets = new ArrayList<>();
    api.recordSets(ZONE).iterator().forEachRemaining(sets::add);

    assertThat(sets)
        .extracting(s -> s.providerData().get("comment"))
        .containsExactly("by terraform");
  }

  @Test
  void aPostWhoseAnswerIsLostGoesOnWhenReadingShowsItsRecords() {
    canned.answers.clear();
    String none = "{\"records\":[],\"totalEntries\":0}";
    String old =
        "{\"records\":[{\"name\":\"old.a.example\",\"id\":\"A-5\",\"type\":\"A\","
            + "\"data\":\"192.0.2.5\",\"ttl\":300}],\"totalEntries\":1}";
    String made =
        "{\"records\":[{\"name\":\"new.a.example\",\"id\":\"A-6\",\"type\":\"A\","
            + "\"data\":\"192.0.2.6\",\"ttl\":300}],\"totalEntries\":1}";
    canned
        .answer("GET", RECORDS, 200, none) // new.a.example A, before
        .answer("GET", RECORDS, 200, old) // old.a.example A, before
        .answer("GET", RECORDS, 200, made); // new.a.example A, read to confirm the lost POST
    canned.answer(
        "POST",
        RECORDS,
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    write("DELETE", RECORDS, "j-del", job("COMPLETED", "j-del", ""));
    ResourceRecordSet created =
        ResourceRecordSet.builder()
            .name("new.a.example.")
            .type("A")
            .ttl(300)
            .add("192.0.2.6")
            .build();

    ChangeResult result =
        api.apply(ZONE, ChangeSet.builder().put(created).delete(OLD).build(), ApplyMode.ATOMIC);

    assertThat(result.succeeded()).as("%s", result).isTrue();
    assertThat(canned.dnsRequests())
        .containsSubsequence(
            "POST " + TENANT + RECORDS,
            "GET " + TENANT + RECORDS + "?type=A&name=new.a.example&limit=100&offset=0",
            "DELETE " + TENANT + RECORDS + "?id=A-5");
  }

  @Test
  void aHundredRecordsOfEachKindGoInOneBatch() {
    canned.answers.clear();
    canned.answer("GET", RECORDS, 200, "{\"records\":[],\"totalEntries\":0}");
    write("POST", RECORDS, "j-post", job("COMPLETED", "j-post", ""));
    ChangeSet.Builder changes = ChangeSet.builder();
    for (int i = 0; i < 150; i++) {
      changes.put(
          ResourceRecordSet.builder()
              .name("host-" + i + ".a.example.")
              .type("A")
              .ttl(300)
              .add("192.0.2." + (i % 250 + 1))
              .build());
    }

    assertThat(api.apply(ZONE, changes.build(), ApplyMode.ATOMIC).succeeded()).isTrue();

    List<String> posts =
        canned.requests.stream().filter(r -> r.startsWith("POST " + TENANT)).toList();
    assertThat(posts).hasSize(2);
    assertThat(
            JsonParser.parseString(posts.get(0).substring(posts.get(0).indexOf(' ', 5) + 1))
                .getAsJsonObject()
                .getAsJsonArray("records"))
        .hasSize(100);
    // one listing read the 150 names and types, rather than 150 searches
    assertThat(canned.dnsRequests())
        .filteredOn(r -> r.startsWith("GET " + TENANT + RECORDS))
        .hasSize(1);
  }
}
