package denominator.cloudflare;

import static denominator.cloudflare.CloudflareEndpointsTest.ZONE_ID;
import static denominator.cloudflare.CloudflareEndpointsTest.json;
import static denominator.cloudflare.CloudflareEndpointsTest.ok;
import static denominator.cloudflare.CloudflareEndpointsTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import denominator.DNSApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ManualTime;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.tck.LoopbackServers;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * One {@code /batch} request per batch, taking each name and type from the records held to the set
 * put: kept values untouched unless their TTL or fields change, gone values deleted by id, new
 * values posted with the set's fields.
 */
class CloudflareWriterTest {
  static final String BATCH_PATH = "/client/v4/zones/" + ZONE_ID + "/dns_records/batch";
  static final String NO_CHANGE = "{\"deletes\":[],\"patches\":[],\"puts\":[],\"posts\":[]}";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime();

  DNSApi api(int recordsPerBatch) {
    return new CloudflareProvider(recordsPerBatch)
        .open(CloudflareEndpointsTest.config(server, time));
  }

  ChangeResult apply(ChangeSet changes) {
    return api(200).apply(ZONE_ID, changes, ApplyMode.ATOMIC);
  }

  static String record(String id, String name, String content, int ttl, boolean proxied) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"type\":\"A\",\"content\":\""
        + content
        + "\",\"ttl\":"
        + ttl
        + ",\"proxied\":"
        + proxied
        + ",\"comment\":null,\"tags\":[],\"settings\":{},\"meta\":{}}";
  }

  static ResourceRecordSet a(String name, Integer ttl, String... values) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A");
    if (ttl != null) {
      set.ttl(ttl);
    }
    for (String value : values) {
      set.add(value);
    }
    return set.build();
  }

  /** The body of the next request, which must be a batch. */
  JsonElement nextBatch() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    while (request.getMethod().equals("GET")) {
      request = server.takeRequest();
    }
    assertThat(request.getTarget()).isEqualTo(BATCH_PATH);
    return JsonParser.parseString(request.getBody().utf8());
  }

  static JsonElement parse(String json) {
    return JsonParser.parseString(json);
  }

  @Test
  void aKeptValueIsUntouchedAGoneOneDeletedByIdAndANewOnePosted() throws Exception {
    server.enqueue(
        page(
            "["
                + record("r1", "www.example.com", "192.0.2.1", 300, false)
                + ","
                + record("r2", "www.example.com", "192.0.2.2", 300, false)
                + "]",
            1,
            1));
    server.enqueue(ok(NO_CHANGE));

    ChangeResult result =
        apply(
            ChangeSet.builder().put(a("www.example.com.", 300, "192.0.2.1", "192.0.2.3")).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/client/v4/zones/"
                + ZONE_ID
                + "/dns_records?per_page=5000&name=www.example.com&type=A&page=1");
    assertThat(nextBatch())
        .isEqualTo(
            parse(
                "{\"deletes\":[{\"id\":\"r2\"}],\"patches\":[],\"puts\":[],\"posts\":[{\"name\":"
                    + "\"www.example.com\",\"type\":\"A\",\"content\":\"192.0.2.3\",\"ttl\":300}]}"));
  }

  @Test
  void aProxiedSetStaysProxiedWhenAValueIsAdded() throws Exception {
    server.enqueue(page("[" + record("r1", "www.example.com", "192.0.2.1", 1, true) + "]", 1, 1));
    server.enqueue(ok(NO_CHANGE));

    apply(ChangeSet.builder().put(a("www.example.com.", null, "192.0.2.1", "192.0.2.2")).build());

    assertThat(nextBatch())
        .isEqualTo(
            parse(
                "{\"deletes\":[],\"patches\":[],\"puts\":[],\"posts\":[{\"name\":"
                    + "\"www.example.com\",\"type\":\"A\",\"content\":\"192.0.2.2\",\"ttl\":1,"
                    + "\"proxied\":true}]}"));
  }

  @Test
  void aTtlChangePatchesEachKeptRecordWithItsTtlOnly() throws Exception {
    server.enqueue(
        page(
            "["
                + record("r1", "www.example.com", "192.0.2.1", 300, false)
                + ","
                + record("r2", "www.example.com", "192.0.2.2", 300, false)
                + "]",
            1,
            1));
    server.enqueue(ok(NO_CHANGE));

    apply(ChangeSet.builder().put(a("www.example.com.", 600, "192.0.2.1", "192.0.2.2")).build());

    assertThat(nextBatch())
        .isEqualTo(
            parse(
                "{\"deletes\":[],\"patches\":[{\"id\":\"r1\",\"ttl\":600},{\"id\":\"r2\",\"ttl\":600}],"
                    + "\"puts\":[],\"posts\":[]}"));
  }

  @Test
  void aFieldThePutNamesIsPatchedOnKeptRecordsAndGivenToNewOnes() throws Exception {
    server.enqueue(
        page("[" + record("r1", "www.example.com", "192.0.2.1", 300, false) + "]", 1, 1));
    server.enqueue(ok(NO_CHANGE));
    ResourceRecordSet commented =
        a("www.example.com.", 300, "192.0.2.1", "192.0.2.2").toBuilder()
            .providerData("comment", "web")
            .build();

    apply(ChangeSet.builder().put(commented).build());

    assertThat(nextBatch())
        .isEqualTo(
            parse(
                "{\"deletes\":[],\"patches\":[{\"id\":\"r1\",\"comment\":\"web\"}],\"puts\":[],"
                    + "\"posts\":[{\"name\":\"www.example.com\",\"type\":\"A\","
                    + "\"content\":\"192.0.2.2\",\"ttl\":300,\"comment\":\"web\"}]}"));
  }

  @Test
  void aSetWithoutChangesSendsNoBatch() {
    server.enqueue(
        page("[" + record("r1", "www.example.com", "192.0.2.1", 300, false) + "]", 1, 1));

    assertThat(
            apply(ChangeSet.builder().put(a("www.example.com.", 300, "192.0.2.1")).build())
                .succeeded())
        .isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDeleteDeletesEveryRecordOfTheSetById() throws Exception {
    server.enqueue(
        page(
            "["
                + record("r1", "www.example.com", "192.0.2.1", 300, false)
                + ","
                + record("r2", "www.example.com", "192.0.2.2", 300, false)
                + "]",
            1,
            1));
    server.enqueue(ok(NO_CHANGE));

    apply(ChangeSet.builder().delete(RecordSetKey.of("www.example.com.", "A")).build());

    assertThat(nextBatch())
        .isEqualTo(
            parse(
                "{\"deletes\":[{\"id\":\"r1\"},{\"id\":\"r2\"}],\"patches\":[],\"puts\":[],"
                    + "\"posts\":[]}"));
  }

  @Test
  void batchesAreSplitAtTheRecordLimit() throws Exception {
    server.enqueue(page("[]", 1, 0));
    server.enqueue(page("[]", 1, 0));
    server.enqueue(ok(NO_CHANGE));
    server.enqueue(ok(NO_CHANGE));
    ChangeSet twoSetsOfTwo =
        ChangeSet.builder()
            .put(a("a.example.com.", 300, "192.0.2.1", "192.0.2.2"))
            .put(a("b.example.com.", 300, "192.0.2.1", "192.0.2.2"))
            .build();

    assertThat(api(3).apply(ZONE_ID, twoSetsOfTwo, ApplyMode.ATOMIC).succeeded()).isTrue();

    assertThat(nextBatch().getAsJsonObject().getAsJsonArray("posts")).hasSize(2);
    assertThat(nextBatch().getAsJsonObject().getAsJsonArray("posts")).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRefusedBatchFailsItsChanges() {
    server.enqueue(page("[]", 1, 0));
    server.enqueue(
        json(
            400,
            CloudflareErrorsTest.envelope(
                81053, "posts[0]: An A, AAAA, or CNAME record with that host already exists.")));

    ChangeResult result =
        apply(ChangeSet.builder().put(a("www.example.com.", 300, "192.0.2.1")).build());

    assertThat(result.withStatus(Status.FAILED))
        .extracting(o -> o.change().key().name())
        .containsExactly("www.example.com.");
  }

  @Test
  void aRefusalThatNamesAnOperationFailsOnlyTheChangeItIsFor() {
    server.enqueue(page("[]", 1, 0));
    server.enqueue(page("[]", 1, 0));
    server.enqueue(
        json(
            400,
            CloudflareErrorsTest.envelope(
                81053, "posts[1]: An A, AAAA, or CNAME record with that host already exists.")));
    ResourceRecordSet cname =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("CNAME")
            .ttl(300)
            .add("target.example.net.")
            .build();

    ChangeResult result =
        apply(ChangeSet.builder().put(a("new.example.com.", 300, "192.0.2.2")).put(cname).build());

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.SKIPPED, Status.FAILED);
  }

  @Test
  void anErrorsPointerNamesTheOperationToo() {
    server.enqueue(page("[]", 1, 0));
    server.enqueue(page("[]", 1, 0));
    server.enqueue(
        json(
            400,
            "{\"success\":false,\"errors\":[{\"code\":81058,\"message\":\"An identical record"
                + " already exists.\",\"source\":{\"pointer\":\"/posts/0\"}}],\"result\":null}"));

    ChangeResult result =
        apply(
            ChangeSet.builder()
                .put(a("one.example.com.", 300, "192.0.2.1"))
                .put(a("two.example.com.", 300, "192.0.2.2"))
                .build());

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.FAILED, Status.SKIPPED);
  }

  @Test
  void aBatchWhoseAnswerIsLostIsConfirmedByReading() {
    server.enqueue(page("[]", 1, 0));
    server.enqueue(json(200, "<html>bad gateway</html>"));
    server.enqueue(
        page("[" + record("r9", "www.example.com", "192.0.2.1", 300, false) + "]", 1, 1));

    ChangeResult result =
        apply(ChangeSet.builder().put(a("www.example.com.", 300, "192.0.2.1")).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
