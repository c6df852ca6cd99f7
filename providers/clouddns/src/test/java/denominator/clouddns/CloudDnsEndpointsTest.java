package denominator.clouddns;

import static denominator.clouddns.CloudDnsTokensTest.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.UnknownOutcomeException;
import denominator.ZoneNotFoundException;
import denominator.clouddns.CloudDnsJson.DomainJson;
import denominator.clouddns.CloudDnsJson.RecordJson;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging by the next link, the search, the 413 rate limit retried, and the domains' jobs. */
class CloudDnsEndpointsTest {
  static final String DOMAIN = "1000001";
  static final String NOT_FOUND = "{\"message\":\"Not Found\",\"code\":404,\"details\":\"\"}";

  @StartStop MockWebServer server = LoopbackServers.server();
  CloudDnsTokensTest.Canned canned = new CloudDnsTokensTest.Canned(server);
  CloudDnsEndpoints endpoints;

  @BeforeEach
  void serve() {
    canned.start();
    endpoints = new CloudDnsEndpoints(canned.config());
  }

  static String domain(long id, String name) {
    return "{\"name\":\""
        + name
        + "\",\"id\":"
        + id
        + ",\"accountId\":123123,\"emailAddress\":\"hostmaster@"
        + name
        + "\",\"created\":\"2026-12-03T22:19:00.000+0000\"}";
  }

  static String record(String id, String name, String type, String data) {
    return "{\"name\":\""
        + name
        + "\",\"id\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\",\"data\":\""
        + data
        + "\",\"ttl\":300}";
  }

  static String records(String links, String... records) {
    return "{\"records\":["
        + String.join(",", records)
        + "],\"totalEntries\":"
        + records.length
        + links
        + "}";
  }

  static String next(String href) {
    return ",\"links\":[{\"content\":\"\",\"href\":\"" + href + "\",\"rel\":\"next\"}]";
  }

  @Test
  void listingsFollowTheNextLinkAtTheCatalogsAddress() {
    // the service's links name its own address, not the one the client reached it at
    String elsewhere = "http://dns.internal:8080" + TENANT + "/domains/" + DOMAIN + "/records";
    canned
        .answer(
            "GET",
            "/domains/" + DOMAIN + "/records",
            200,
            records(
                next(elsewhere + "?limit=100&offset=100"),
                record("A-1", "www.a.example", "A", "192.0.2.1")))
        .answer(
            "GET",
            "/domains/" + DOMAIN + "/records",
            200,
            records(
                ",\"links\":[{\"content\":\"\",\"href\":\""
                    + elsewhere
                    + "?limit=100&offset=0\","
                    + "\"rel\":\"previous\"}]",
                record("A-2", "www.a.example", "A", "192.0.2.2")));

    List<String> ids = new ArrayList<>();
    endpoints.records(DOMAIN).forEachRemaining(record -> ids.add(record.id()));

    assertThat(ids).containsExactly("A-1", "A-2");
    assertThat(canned.dnsRequests())
        .containsExactly(
            "GET " + TENANT + "/domains/" + DOMAIN + "/records?limit=100&offset=0",
            "GET " + TENANT + "/domains/" + DOMAIN + "/records?limit=100&offset=100");
  }

  @Test
  void aDomainByNameIsTheExactMatchNotItsSubdomains() {
    canned.answer(
        "GET",
        "/domains",
        200,
        "{\"domains\":["
            + domain(1000002, "sub.a.example")
            + ","
            + domain(1000001, "A.example")
            + "],\"totalEntries\":2}");

    assertThat(endpoints.domainNamed("a.example")).map(DomainJson::id).contains(1000001L);
    assertThat(canned.dnsRequests())
        .containsExactly("GET " + TENANT + "/domains?name=a.example&limit=100&offset=0");
  }

  @Test
  void aSearchAsksForTheNameAndType() {
    canned.answer(
        "GET",
        "/domains/" + DOMAIN + "/records",
        200,
        records("", record("A-1", "www.a.example", "A", "192.0.2.1")));

    assertThat(endpoints.search(DOMAIN, "www.a.example", "A"))
        .extracting(RecordJson::id)
        .containsExactly("A-1");
    assertThat(canned.dnsRequests())
        .containsExactly(
            "GET "
                + TENANT
                + "/domains/"
                + DOMAIN
                + "/records?type=A&name=www.a.example&limit=100&offset=0");
  }

  @Test
  void aSearchAnswered404IsEmptyWhenTheDomainExists() {
    canned
        .answer("GET", "/domains/" + DOMAIN + "/records", 404, NOT_FOUND)
        .answer("GET", "/domains/" + DOMAIN, 200, domain(1000001, "a.example"));

    assertThat(endpoints.search(DOMAIN, "www.a.example", "A")).isEmpty();
  }

  @Test
  void aSearchAnswered404IsAMissingZoneWhenTheDomainIsMissing() {
    canned
        .answer("GET", "/domains/" + DOMAIN + "/records", 404, NOT_FOUND)
        .answer("GET", "/domains/" + DOMAIN, 404, NOT_FOUND);

    assertThatThrownBy(() -> endpoints.search(DOMAIN, "www.a.example", "A"))
        .isInstanceOf(ZoneNotFoundException.class);
  }

  static MockResponse rateLimited(String header, String value) {
    return CloudDnsTokensTest.json(
            413,
            "{\"message\":\"Rate limit exceeded.\",\"code\":413,\"details\":\"Too many requests\"}")
        .newBuilder()
        .setHeader(header, value)
        .build();
  }

  @Test
  void aRateLimitWithReplyAfterIsRetriedWhenItSays() {
    canned
        .answer("GET", "/domains", rateLimited("Reply-After", "2026-12-03T22:19:05Z"))
        .answer("GET", "/domains", 200, CloudDnsTokensTest.NO_DOMAINS);

    assertThat(endpoints.domains().hasNext()).isFalse();

    assertThat(canned.time.sleeps()).containsExactly(Duration.ofSeconds(5));
    assertThat(canned.dnsRequests()).hasSize(2);
  }

  @Test
  void aRateLimitWithRetryAfterIsRetriedForAWriteToo() {
    canned
        .answer("DELETE", "/domains/" + DOMAIN, rateLimited("Retry-After", "3"))
        .answer("DELETE", "/domains/" + DOMAIN, 202, "{\"status\":\"RUNNING\",\"jobId\":\"j1\"}");

    assertThat(endpoints.deleteDomain(DOMAIN).jobId()).isEqualTo("j1");
    assertThat(canned.time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aRateLimitThatLastsIsAThrottledExceptionWithItsWait() {
    canned.answer("GET", "/domains", rateLimited("Reply-After", "2026-12-04T22:19:00Z"));

    assertThatThrownBy(() -> endpoints.domains().hasNext())
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(24)));
  }

  @Test
  void a413WithoutAWaitIsASizeRefusal() {
    canned.answer(
        "POST",
        "/domains/" + DOMAIN + "/records",
        413,
        "{\"message\":\"Your account is currently over the limit so your request could not be"
            + " processed.\",\"code\":413,\"details\":\"Limit of 100 entities per request has been"
            + " reached.\"}");

    assertThatThrownBy(() -> endpoints.addRecords(DOMAIN, List.of()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("Limit of 100 entities per request has been reached.");
  }

  static String job(String status, String more) {
    return "{\"status\":\"" + status + "\",\"jobId\":\"j1\"" + more + "}";
  }

  @Test
  void aZoneIsCreatedByAJobWhoseResponseHasItsId() {
    canned
        .answer("GET", "/domains", 200, CloudDnsTokensTest.NO_DOMAINS)
        .answer("POST", "/domains", 202, job("RUNNING", ""))
        .answer(
            "GET",
            "/status/j1",
            200,
            job("COMPLETED", ",\"response\":{\"domains\":[" + domain(1000007, "a.example") + "]}"));
    CloudDnsZoneApi zones =
        new CloudDnsZoneApi(endpoints, new CloudDnsJobs(endpoints, canned.config()));

    String id = zones.put(Zone.create("a.example.", "admin@a.example", 3600));

    assertThat(id).isEqualTo("1000007");
    assertThat(canned.requests)
        .contains(
            "POST "
                + TENANT
                + "/domains {\"domains\":[{\"name\":\"a.example\","
                + "\"emailAddress\":\"admin@a.example\",\"ttl\":3600}]}");
  }

  @Test
  void aZoneRefusedAsExistingIsFoundByName() {
    canned
        .answer("GET", "/domains", 200, CloudDnsTokensTest.NO_DOMAINS)
        .answer(
            "GET",
            "/domains",
            200,
            "{\"domains\":[" + domain(1000003, "a.example") + "],\"totalEntries\":1}")
        .answer("POST", "/domains", 202, job("RUNNING", ""))
        .answer(
            "GET",
            "/status/j1",
            200,
            job(
                "ERROR",
                ",\"error\":{\"message\":\"The object already exists.\",\"code\":409,"
                    + "\"details\":\"Domain already exists\"}"));
    CloudDnsZoneApi zones =
        new CloudDnsZoneApi(endpoints, new CloudDnsJobs(endpoints, canned.config()));

    assertThat(zones.put(Zone.create("a.example.", "admin@a.example", 3600))).isEqualTo("1000003");
  }

  @Test
  void deletingAnAbsentZoneIsDone() {
    canned
        .answer("DELETE", "/domains/" + DOMAIN, 202, job("RUNNING", ""))
        .answer(
            "GET",
            "/status/j1",
            200,
            job(
                "ERROR",
                ",\"error\":{\"failedItems\":{\"faults\":[{\"message\":\"Object not Found.\","
                    + "\"code\":404,\"details\":\"Domain ID: 1000001\"}]},\"code\":500}"));
    CloudDnsZoneApi zones =
        new CloudDnsZoneApi(endpoints, new CloudDnsJobs(endpoints, canned.config()));

    zones.delete(DOMAIN);

    assertThat(canned.dnsRequests())
        .containsExactly(
            "DELETE " + TENANT + "/domains/" + DOMAIN,
            "GET " + TENANT + "/status/j1?showDetails=true");
  }

  @Test
  void aJobTheServiceForgotHasAnUnknownOutcome() {
    canned
        .answer("DELETE", "/domains/" + DOMAIN, 202, job("RUNNING", ""))
        .answer("GET", "/status/j1", 404, NOT_FOUND);
    CloudDnsZoneApi zones =
        new CloudDnsZoneApi(endpoints, new CloudDnsJobs(endpoints, canned.config()));

    assertThatThrownBy(() -> zones.delete(DOMAIN)).isInstanceOf(UnknownOutcomeException.class);
  }

  @Test
  void aJobStillRunningAfter120SecondsHasAnUnknownOutcome() {
    canned
        .answer("DELETE", "/domains/" + DOMAIN, 202, job("RUNNING", ""))
        .answer("GET", "/status/j1", 202, job("RUNNING", ""));
    CloudDnsZoneApi zones =
        new CloudDnsZoneApi(endpoints, new CloudDnsJobs(endpoints, canned.config()));

    assertThatThrownBy(() -> zones.delete(DOMAIN)).isInstanceOf(UnknownOutcomeException.class);

    List<Duration> sleeps = canned.time.sleeps();
    assertThat(sleeps.subList(0, 5))
        .containsExactly(
            Duration.ofMillis(250),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus))
        .isLessThanOrEqualTo(Duration.ofSeconds(120))
        .isGreaterThan(Duration.ofSeconds(117));
  }
}
