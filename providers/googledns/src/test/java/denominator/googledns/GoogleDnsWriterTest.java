package denominator.googledns;

import static denominator.googledns.GoogleDnsEndpointsTest.BASE;
import static denominator.googledns.GoogleDnsEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import denominator.InvalidChangeException;
import denominator.ProviderConfig;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ManualTime;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One Cloud DNS change per batch: deletions exactly as held, additions of the sets after, limits,
 * polling until done, lost answers and refusals.
 */
class GoogleDnsWriterTest {
  static final String ZONE = "example-com";
  static final String CHANGES = "POST " + BASE + "/example-com/changes";
  static final String HELD =
      "{\"kind\":\"dns#resourceRecordSet\",\"name\":\"www.example.com.\",\"type\":\"A\","
          + "\"ttl\":300,\"rrdatas\":[\"192.0.2.1\"],\"futureField\":{\"x\":1}}";
  static final String DONE = "{\"id\":\"1\",\"status\":\"done\"}";
  static final String NONE = "{}";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime();
  GoogleDnsEndpointsTest.Canned canned = new GoogleDnsEndpointsTest.Canned();

  @BeforeEach
  void serveTokens() {
    server.setDispatcher(canned);
  }

  GoogleDnsDNSApi api(GoogleDnsWriter.Limits limits) {
    ProviderConfig config = GoogleDnsEndpointsTest.config(server, time);
    return new GoogleDnsDNSApi(new GoogleDnsEndpoints(config), config, limits);
  }

  ChangeResult apply(ChangeSet changes) {
    return api(GoogleDnsWriter.Limits.CLOUD_DNS).apply(ZONE, changes, ApplyMode.ATOMIC);
  }

  static ResourceRecordSet a(String name, String... values) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A").ttl(300);
    for (String value : values) {
      set.add(value);
    }
    return set.build();
  }

  static ResourceRecordSet weighted(String qualifier, int weight, String value) {
    return a("www.example.com.", value).toBuilder()
        .qualifier(qualifier)
        .weighted(new Weighted(weight))
        .build();
  }

  @Test
  void aPutDeletesTheRrsetExactlyAsHeldAndAddsTheNewKeepingUnknownFields() {
    canned.enqueue(200, "{\"rrsets\":[" + HELD + "]}").enqueue(200, DONE);

    assertThat(
            apply(ChangeSet.builder().put(a("www.example.com.", "192.0.2.2")).build()).succeeded())
        .isTrue();

    assertThat(canned.targets().get(0))
        .isEqualTo("GET " + BASE + "/example-com/rrsets?name=www.example.com.&type=A");
    assertThat(canned.targets().get(1)).startsWith(CHANGES + "?clientOperationId=");
    assertThat(json(canned.request(1)))
        .isEqualTo(
            JsonParser.parseString(
                "{\"deletions\":["
                    + HELD
                    + "],\"additions\":[{\"kind\":\"dns#resourceRecordSet\",\"name\":\"www.example.com.\","
                    + "\"type\":\"A\",\"ttl\":300,\"rrdatas\":[\"192.0.2.2\"],\"futureField\":{\"x\":1}}]}"));
  }

  @Test
  void aNewSetIsOnlyAnAddition() {
    canned.enqueue(200, NONE).enqueue(200, DONE);

    apply(ChangeSet.builder().put(a("new.example.com.", "192.0.2.3")).build());

    assertThat(json(canned.request(1)))
        .isEqualTo(
            JsonParser.parseString(
                "{\"additions\":[{\"name\":\"new.example.com.\",\"type\":\"A\",\"ttl\":300,"
                    + "\"rrdatas\":[\"192.0.2.3\"]}]}"));
  }

  @Test
  void aDeleteIsOnlyTheDeletionAsHeld() {
    canned.enqueue(200, "{\"rrsets\":[" + HELD + "]}").enqueue(200, DONE);

    apply(ChangeSet.builder().delete(RecordSetKey.of("www.example.com.", "A")).build());

    assertThat(json(canned.request(1)))
        .isEqualTo(JsonParser.parseString("{\"deletions\":[" + HELD + "]}"));
  }

  @Test
  void puttingBackWhatIsHeldSendsNoChange() {
    canned.enqueue(200, "{\"rrsets\":[" + HELD + "]}");

    assertThat(
            apply(ChangeSet.builder().put(a("www.example.com.", "192.0.2.1")).build()).succeeded())
        .isTrue();

    assertThat(canned.requests).hasSize(1);
  }

  @Test
  void aPendingChangeIsAwaitedByPollingItUntilDone() {
    canned
        .enqueue(200, NONE)
        .enqueue(200, "{\"id\":\"7\",\"status\":\"pending\"}")
        .enqueue(200, "{\"id\":\"7\",\"status\":\"pending\"}")
        .enqueue(200, "{\"id\":\"7\",\"status\":\"done\"}");

    apply(ChangeSet.builder().put(a("new.example.com.", "192.0.2.3")).build())
        .await(Duration.ofMinutes(1));

    assertThat(canned.targets().subList(2, 4))
        .containsOnly("GET " + BASE + "/example-com/changes/7");
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void weightedSetsAreOneWrrRrsetWithItemsInNumericOrder() {
    canned.enqueue(200, NONE).enqueue(200, DONE);

    apply(
        ChangeSet.builder()
            .put(weighted("10", 1, "192.0.2.10"))
            .put(weighted("2", 3, "192.0.2.2"))
            .build());

    assertThat(json(canned.request(1)))
        .isEqualTo(
            JsonParser.parseString(
                "{\"additions\":[{\"name\":\"www.example.com.\",\"type\":\"A\",\"ttl\":300,"
                    + "\"routingPolicy\":{\"wrr\":{\"items\":["
                    + "{\"weight\":3,\"rrdatas\":[\"192.0.2.2\"]},"
                    + "{\"weight\":1,\"rrdatas\":[\"192.0.2.10\"]}]}}}]}"));
  }

  @Test
  void aWeightedQualifierThatIsNotADecimalIntegerIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () -> apply(ChangeSet.builder().put(weighted("us-east", 1, "192.0.2.1")).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("us-east")
        .hasMessageContaining("decimal integer");
    assertThat(canned.requests).isEmpty();
  }

  @Test
  void aGeoRoutedRrsetIsReadAsProviderRoutingAndRefusedForWrites() {
    String geo =
        "{\"name\":\"www.example.com.\",\"type\":\"A\",\"ttl\":300,\"routingPolicy\":{\"geo\":{"
            + "\"items\":[{\"location\":\"us-east1\",\"rrdatas\":[\"192.0.2.1\"]}]}}}";
    canned.enqueue(200, "{\"rrsets\":[" + geo + "]}");
    ResourceRecordSet routed =
        api(GoogleDnsWriter.Limits.CLOUD_DNS).recordSets(ZONE).iterator().next();

    assertThat(routed.key()).isEqualTo(RecordSetKey.of("www.example.com.", "A", "us-east1"));
    assertThat(routed.providerData()).containsEntry("routing", "geo location=us-east1");
    assertThatThrownBy(() -> apply(ChangeSet.builder().put(routed).build()))
        .isInstanceOf(UnsupportedCapabilityException.class);

    canned.enqueue(200, "{\"rrsets\":[" + geo + "]}");
    assertThatThrownBy(
            () ->
                apply(ChangeSet.builder().put(a("www.example.com.", "192.0.2.9")).build())
                    .orThrow())
        .hasRootCauseInstanceOf(UnsupportedCapabilityException.class);
    assertThat(canned.targets()).noneMatch(t -> t.startsWith(CHANGES));
  }

  @Test
  void changesAreSplitAtTheRrsetLimit() {
    canned.enqueue(200, NONE).enqueue(200, NONE).enqueue(200, NONE); // one read per name
    canned.enqueue(200, DONE).enqueue(200, DONE);

    ChangeResult result =
        api(new GoogleDnsWriter.Limits(2, 100_000))
            .apply(
                ZONE,
                ChangeSet.builder()
                    .put(a("a.example.com.", "192.0.2.1"))
                    .put(a("b.example.com.", "192.0.2.2"))
                    .put(a("c.example.com.", "192.0.2.3"))
                    .build(),
                ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isTrue();
    assertThat(json(canned.request(3)).getAsJsonArray("additions")).hasSize(2);
    assertThat(json(canned.request(4)).getAsJsonArray("additions")).hasSize(1);
  }

  @Test
  void changesAreSplitAtTheRrdataByteLimit() {
    canned.enqueue(200, NONE).enqueue(200, NONE).enqueue(200, NONE);
    canned.enqueue(200, DONE).enqueue(200, DONE);

    api(new GoogleDnsWriter.Limits(1000, 20))
        .apply(
            ZONE,
            ChangeSet.builder()
                .put(a("a.example.com.", "192.0.2.1")) // 9 bytes
                .put(a("b.example.com.", "192.0.2.2")) // 18 together
                .put(a("c.example.com.", "192.0.2.3")) // 27: over 20
                .build(),
            ApplyMode.ATOMIC);

    assertThat(json(canned.request(3)).getAsJsonArray("additions")).hasSize(2);
    assertThat(json(canned.request(4)).getAsJsonArray("additions")).hasSize(1);
  }

  @Test
  void aLaterRefusedChangeIsUndoneFromWhatWasWritten() {
    canned
        .enqueue(200, NONE)
        .enqueue(200, NONE)
        .enqueue(200, DONE)
        .enqueue(
            412,
            "{\"error\":{\"code\":412,\"message\":\"Precondition not met for"
                + " 'entity.change.deletions[0]'\",\"errors\":[{\"reason\":\"conditionNotMet\"}]}}")
        .enqueue(200, DONE);

    ChangeResult result =
        api(new GoogleDnsWriter.Limits(1, 100_000))
            .apply(
                ZONE,
                ChangeSet.builder()
                    .put(a("a.example.com.", "192.0.2.1"))
                    .put(a("b.example.com.", "192.0.2.2"))
                    .build(),
                ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.ROLLED_BACK, Status.FAILED);
    assertThat(result.outcomes().get(1).error().orElseThrow())
        .isInstanceOf(InvalidChangeException.class);
    assertThat(json(canned.request(4)))
        .isEqualTo(
            JsonParser.parseString(
                "{\"deletions\":[{\"name\":\"a.example.com.\",\"type\":\"A\",\"ttl\":300,"
                    + "\"rrdatas\":[\"192.0.2.1\"]}]}"));
  }

  @Test
  void anUnreadableAnswerIsSettledByReadingTheZone() {
    String added =
        "{\"name\":\"new.example.com.\",\"type\":\"A\",\"ttl\":300,\"rrdatas\":[\"192.0.2.3\"]}";
    canned.enqueue(200, NONE).enqueue(200, "<html>").enqueue(200, "{\"rrsets\":[" + added + "]}");

    ChangeResult result =
        apply(ChangeSet.builder().put(a("new.example.com.", "192.0.2.3")).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(canned.targets().get(2)).startsWith("GET " + BASE + "/example-com/rrsets?name=");
  }

  @Test
  void aRefusalNamingAnRrsetFailsOnlyItsChangeInBestEffort() {
    canned
        .enqueue(200, NONE)
        .enqueue(200, NONE)
        .enqueue(
            400,
            "{\"error\":{\"code\":400,\"message\":\"Invalid value for"
                + " 'entity.change.additions[1].rrdata[0]': '192.0.2.2'\","
                + "\"errors\":[{\"reason\":\"invalid\"}]}}")
        .enqueue(200, DONE);

    ChangeResult result =
        api(GoogleDnsWriter.Limits.CLOUD_DNS)
            .apply(
                ZONE,
                ChangeSet.builder()
                    .put(a("a.example.com.", "192.0.2.1"))
                    .put(a("b.example.com.", "192.0.2.2"))
                    .build(),
                ApplyMode.BEST_EFFORT);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.APPLIED, Status.FAILED);
    assertThat(json(canned.request(3)).getAsJsonArray("additions")).hasSize(1);
  }

  @Test
  void aRefusalNamingAnRrsetByNameAndTypeFailsOnlyItsChangeInAtomicMode() {
    canned
        .enqueue(200, NONE)
        .enqueue(200, NONE)
        .enqueue(
            400,
            "{\"error\":{\"code\":400,\"message\":\"The resource record set"
                + " 'www.example.com. (CNAME)' cannot share its name with a record set of another"
                + " type\",\"errors\":[{\"reason\":\"cnameResourceRecordSetConflict\"}]}}");
    ResourceRecordSet cname =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("CNAME")
            .ttl(300)
            .add("target.example.net.")
            .build();

    ChangeResult result =
        apply(ChangeSet.builder().put(a("new.example.com.", "192.0.2.2")).put(cname).build());

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.SKIPPED, Status.FAILED);
  }

  @Test
  void anUndoWritesBackTheRrsetAsItWasReadRoutingPolicyIncluded() {
    String geo =
        "{\"name\":\"geo.example.com.\",\"type\":\"A\",\"ttl\":300,\"routingPolicy\":{\"geo\":{"
            + "\"items\":[{\"location\":\"us-east1\",\"rrdatas\":[\"192.0.2.1\"]}],"
            + "\"enableFencing\":false}},\"futureField\":1}";
    canned
        .enqueue(200, "{\"rrsets\":[" + geo + "]}")
        .enqueue(200, NONE)
        .enqueue(200, DONE)
        .enqueue(
            412,
            "{\"error\":{\"code\":412,\"message\":\"Precondition not met for"
                + " 'entity.change.deletions[0]'\",\"errors\":[{\"reason\":\"conditionNotMet\"}]}}")
        .enqueue(200, DONE);

    ChangeResult result =
        api(new GoogleDnsWriter.Limits(1, 100_000))
            .apply(
                ZONE,
                ChangeSet.builder()
                    .delete(RecordSetKey.of("geo.example.com.", "A", "us-east1"))
                    .put(a("b.example.com.", "192.0.2.2"))
                    .build(),
                ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.ROLLED_BACK, Status.FAILED);
    assertThat(json(canned.request(2)))
        .isEqualTo(JsonParser.parseString("{\"deletions\":[" + geo + "]}"));
    assertThat(json(canned.request(4)))
        .isEqualTo(JsonParser.parseString("{\"additions\":[" + geo + "]}"));
  }
}
