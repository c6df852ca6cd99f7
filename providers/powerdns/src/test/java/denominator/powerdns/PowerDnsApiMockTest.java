package denominator.powerdns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AuthenticationException;
import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.ZoneNotFoundException;
import denominator.change.ApplyMode;
import denominator.change.Change.Put;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.http.HttpSettings;
import denominator.http.RetryPolicy;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Request shapes and error mapping, against canned PowerDNS responses. */
class PowerDnsApiMockTest {
  static final String KEY = "s3cr3t-api-key";
  static final String ZONE = "example.test.";

  @StartStop MockWebServer server = LoopbackServers.server();
  List<String> log = new CopyOnWriteArrayList<>();

  @Test
  void anAtomicChangeSetIsOneReadOfTheZoneAndOnePatchOfWholeRrsets() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"id\":\"example.test.\",\"name\":\"example.test.\",\"rrsets\":[]}")
            .build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("one." + ZONE, "192.0.2.1"))
            .put(txt("txt." + ZONE, "\"hello world\""))
            .delete(RecordSetKey.of("old." + ZONE, "A"))
            .delete(RecordSetKey.of("older." + ZONE, "A"))
            .build();

    ChangeResult result;
    try (DNSApiManager manager = connect()) {
      result = manager.api().apply(ZONE, changes, ApplyMode.ATOMIC);
    }

    assertThat(result.succeeded()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v1/servers/localhost/zones/example.test.");
    RecordedRequest patch = server.takeRequest();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getTarget()).isEqualTo("/api/v1/servers/localhost/zones/example.test.");
    assertThat(patch.getBody().utf8())
        .isEqualTo(
            "{\"rrsets\":["
                + "{\"name\":\"one.example.test.\",\"type\":\"A\",\"ttl\":300,\"changetype\":\"REPLACE\","
                + "\"records\":[{\"content\":\"192.0.2.1\",\"disabled\":false}]},"
                + "{\"name\":\"txt.example.test.\",\"type\":\"TXT\",\"ttl\":300,"
                + "\"changetype\":\"REPLACE\","
                + "\"records\":[{\"content\":\"\\\"hello world\\\"\",\"disabled\":false}]},"
                + "{\"name\":\"old.example.test.\",\"type\":\"A\",\"changetype\":\"DELETE\"},"
                + "{\"name\":\"older.example.test.\",\"type\":\"A\",\"changetype\":\"DELETE\"}]}");
  }

  @Test
  void movingRegionsBetweenQualifiersReadsTheNameOnceAndSendsOnePatch() throws Exception {
    server.enqueue(new MockResponse.Builder().body("[]").build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    ChangeSet move =
        ChangeSet.builder()
            .put(geo("eu", "continent:EU,NL", "192.0.2.1"))
            .put(geo("de", "DE", "192.0.2.2"))
            .build();

    try (DNSApiManager manager = connect()) {
      assertThat(manager.api().apply(ZONE, move, ApplyMode.ATOMIC).succeeded()).isTrue();
    }

    assertThat(server.getRequestCount()).isEqualTo(2);
    // a search: PowerDNS 4.7 leaves disabled records out of an answer filtered by name
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/api/v1/servers/localhost/"
                + "search-data?q=www.example.test&max=1000&object_type=record");
    RecordedRequest patch = server.takeRequest();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getBody().utf8())
        .contains(
            "\"type\":\"LUA\"",
            "\"changetype\":\"REPLACE\"",
            "if country('NL') then return {'192.0.2.1'} end");
  }

  @Test
  void aSinglePutIsOneSearchAndOnePatchLikeAChangeSetOfOne() throws Exception {
    server.enqueue(new MockResponse.Builder().body("[]").build());
    server.enqueue(new MockResponse.Builder().code(204).build());

    try (DNSApiManager manager = connect()) {
      manager.api().recordSets(ZONE).put(a("one." + ZONE, "192.0.2.1"));
    }

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getTarget()).contains("/search-data?q=one.example.test&");
    assertThat(server.takeRequest().getMethod()).isEqualTo("PATCH");
  }

  @Test
  void everyModeSendsOnePatchPerBatchNotOnePerChange() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"id\":\"example.test.\",\"name\":\"example.test.\",\"rrsets\":[]}")
            .build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    ChangeSet.Builder changes = ChangeSet.builder();
    for (int i = 0; i < 4; i++) {
      changes.put(a("host" + i + "." + ZONE, "192.0.2." + i));
    }

    try (DNSApiManager manager = connect()) {
      assertThat(manager.api().apply(ZONE, changes.build(), ApplyMode.BEST_EFFORT).succeeded())
          .isTrue();
    }

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/api/v1/servers/localhost/zones/example.test.");
    assertThat(server.takeRequest().getBody().utf8()).contains("host0.", "host3.");
  }

  @Test
  void aChangeSetTheProviderCannotExpressFailsBeforeAnyRequest() {
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("one." + ZONE, "192.0.2.1"))
            .put(
                ResourceRecordSet.builder()
                    .name("www." + ZONE)
                    .type("A")
                    .qualifier("heavy")
                    .weighted(new Weighted(256))
                    .add("192.0.2.2")
                    .build())
            .build();

    try (DNSApiManager manager = connect()) {
      assertThatThrownBy(() -> manager.api().apply(ZONE, changes, ApplyMode.ATOMIC))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("powerdns: weight out of range: 256 (expected a weight in 0..255)");
      assertThatThrownBy(
              () ->
                  manager
                      .api()
                      .geoRecordSets(ZONE)
                      .orElseThrow()
                      .put(geo("west", "US-CA", "192.0.2.3")))
          .isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("region kind SUBDIVISION: US-CA");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theApiKeyIsSentOnEveryRequestAsReadThenAndNeverLogged() throws Exception {
    server.enqueue(new MockResponse.Builder().body("[]").build());
    server.enqueue(new MockResponse.Builder().body("[]").build());
    AtomicInteger reads = new AtomicInteger();

    try (DNSApiManager manager =
        Denominator.builder()
            .provider("powerdns")
            .url(server.url("/").toString())
            .credentials(() -> Credentials.of(Map.of("apiKey", KEY + reads.incrementAndGet())))
            .http(HttpSettings.defaults().withLogBodies(true))
            .httpLog(log::add)
            .build()) {
      manager.api().zones().iterator();
      manager.api().zones().iterator();
    }

    assertThat(server.takeRequest().getHeaders().get("X-API-Key")).startsWith(KEY);
    assertThat(server.takeRequest().getHeaders().get("X-API-Key")).isEqualTo(KEY + reads.get());
    assertThat(log).isNotEmpty().noneMatch(line -> line.contains(KEY));
  }

  @Test
  void unauthorizedIsAnAuthenticationException() {
    server.enqueue(new MockResponse.Builder().code(401).body("Unauthorized").build());

    try (DNSApiManager manager = connect()) {
      assertThatThrownBy(() -> manager.api().zones().iterator())
          .isInstanceOfSatisfying(
              AuthenticationException.class, e -> assertThat(e.provider()).isEqualTo("powerdns"));
    }
  }

  @Test
  void notFoundIsZoneNotFoundNamingTheZone() {
    server.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());

    try (DNSApiManager manager = connect()) {
      assertThatThrownBy(() -> manager.api().recordSets("absent.test.").iterator())
          .isInstanceOfSatisfying(
              ZoneNotFoundException.class, e -> assertThat(e.zone()).isEqualTo("absent.test."));
    }
  }

  @Test
  void conflictOnCreateIsAnInvalidChange() {
    server.enqueue(new MockResponse.Builder().body("[]").build());
    server.enqueue(new MockResponse.Builder().code(409).body("Conflict").build());

    try (DNSApiManager manager = connect()) {
      assertThatThrownBy(
              () -> manager.api().zones().put(Zone.create(ZONE, "hostmaster@example.test", 3600)))
          .isInstanceOfSatisfying(
              InvalidChangeException.class,
              e -> assertThat(e.messages()).containsExactly("Conflict"));
    }
  }

  @Test
  void unprocessableCarriesTheServerMessageAndFailsTheSetItNames() {
    String error = "RRset www.example.test. IN CNAME: Conflicts with pre-existing RRset";
    server.enqueue(new MockResponse.Builder().body("[]").build()); // search new.example.test.
    server.enqueue(new MockResponse.Builder().body("[]").build()); // search www.example.test.
    server.enqueue(
        new MockResponse.Builder().code(422).body("{\"error\": \"" + error + "\"}").build());
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("new." + ZONE, "192.0.2.2"))
            .put(
                ResourceRecordSet.builder()
                    .name("www." + ZONE)
                    .type("CNAME")
                    .ttl(300)
                    .add("target.example.net.")
                    .build())
            .build();

    ChangeResult result;
    try (DNSApiManager manager = connect()) {
      result = manager.api().apply(ZONE, changes, ApplyMode.ATOMIC);
    }

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.SKIPPED, Status.FAILED);
    assertThat(result.failures().get(0).error().orElseThrow())
        .isInstanceOfSatisfying(
            InvalidChangeException.class, e -> assertThat(e.messages()).containsExactly(error));
  }

  @Test
  void aProviderRoutedSetIsRefusedBeforeAnyRequest() {
    ResourceRecordSet routed =
        ResourceRecordSet.builder()
            .name("www." + ZONE)
            .type("A")
            .qualifier("pool-1")
            .providerData(ResourceRecordSet.ROUTING, "pool")
            .add("192.0.2.1")
            .build();

    try (DNSApiManager manager = connect()) {
      assertThatThrownBy(
              () ->
                  manager
                      .api()
                      .apply(ZONE, ChangeSet.of(List.of(new Put(routed))), ApplyMode.ATOMIC))
          .isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("provider routing");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aListingAnsweredNotFoundNamesNoZone() {
    server.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());

    try (DNSApiManager manager = connect()) {
      assertThatThrownBy(() -> manager.api().zones().iterator())
          .isExactlyInstanceOf(DenominatorException.class)
          .hasMessage("powerdns: list zones: HTTP 404: Not Found");
    }
  }

  @Test
  void throttledCarriesTheServersRetryAfter() {
    server.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body("slow").build());

    try (DNSApiManager manager =
        Denominator.builder()
            .provider("powerdns")
            .url(server.url("/").toString())
            .credentials(Credentials.of(Map.of("apiKey", KEY)))
            .http(HttpSettings.defaults().withRetry(RetryPolicy.none()))
            .build()) {
      assertThatThrownBy(() -> manager.api().zones().iterator())
          .isInstanceOfSatisfying(
              ThrottledException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }
  }

  private DNSApiManager connect() {
    return Denominator.builder()
        .provider("powerdns")
        .url(server.url("/").toString())
        .credentials(Credentials.of(Map.of("apiKey", KEY)))
        .http(HttpSettings.defaults().withLogBodies(true))
        .httpLog(log::add)
        .build();
  }

  private static ResourceRecordSet a(String name, String address) {
    return ResourceRecordSet.builder().name(name).type("A").ttl(300).add(address).build();
  }

  private static ResourceRecordSet geo(String qualifier, String regions, String address) {
    return ResourceRecordSet.builder()
        .name("www." + ZONE)
        .type("A")
        .qualifier(qualifier)
        .ttl(60)
        .geo(Geo.parse(regions))
        .add(address)
        .build();
  }

  private static ResourceRecordSet txt(String name, String text) {
    return ResourceRecordSet.builder().name(name).type("TXT").ttl(300).add(text).build();
  }
}
