package denominator.clouddns;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The simulator through raw OkHttp requests, the vendor's way with no provider code: every
 * behaviour of the wire page it serves and every refusal it answers.
 */
class CloudDnsSimulatorTest {
  static final String AUTH_REQUIRED =
      "{\"message\":\"Authentication required.\",\"code\":401,"
          + "\"details\":\"Invalid or expired token.\"}";

  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime(Instant.parse("2026-12-03T22:19:00Z"));

  /** The id of {@code example.com} once {@link #startWithDomain} made it. */
  String domainId;

  RawCloudDns start(CloudDnsSimulator.Builder builder) {
    server.setDispatcher(builder.clock(time).build());
    return new RawCloudDns(server.url("/"));
  }

  /** Logged in, with {@code example.com} created. */
  RawCloudDns startWithDomain(CloudDnsSimulator.Builder builder) {
    RawCloudDns vendor = start(builder).login();
    domainId = vendor.createDomain("example.com");
    return vendor;
  }

  CloudDnsSimulator simulator() {
    return (CloudDnsSimulator) server.getDispatcher();
  }

  String records() {
    return "/domains/" + domainId + "/records";
  }

  static String body(String... records) {
    return "{\"records\":[" + String.join(",", records) + "]}";
  }

  static String a(String name, String address) {
    return "{\"name\":\"" + name + "\",\"type\":\"A\",\"data\":\"" + address + "\",\"ttl\":300}";
  }

  /** The records of the domain as {@code "<name> <type> <data>"}, in the order served. */
  static List<String> listed(RawCloudDns vendor, String path) {
    List<String> listed = new ArrayList<>();
    for (JsonElement element : vendor.get(path).array("records")) {
      JsonObject record = element.getAsJsonObject();
      listed.add(
          record.get("name").getAsString()
              + " "
              + record.get("type").getAsString()
              + " "
              + record.get("data").getAsString());
    }
    return listed;
  }

  @Test
  void anApiKeyIssuesATokenWhoseCatalogPointsRaxDnsBackAtTheServer() {
    RawCloudDns vendor = start(CloudDnsSimulator.builder());

    RawCloudDns.Answer issued = vendor.authenticate(RawCloudDns.apiKey("joe", "k3y"));

    assertThat(issued.status()).isEqualTo(200);
    assertThat(issued.header("Content-Type")).isEqualTo("application/json");
    JsonObject access = issued.object().getAsJsonObject("access");
    JsonObject token = access.getAsJsonObject("token");
    assertThat(token.get("id").getAsString()).matches("[0-9a-f-]{36}");
    assertThat(token.get("expires").getAsString()).isEqualTo("2026-12-04T22:19:00.000Z");
    assertThat(token.get("tenant").toString()).isEqualTo("{\"id\":\"123123\",\"name\":\"123123\"}");
    assertThat(token.get("RAX-AUTH:authenticatedBy").toString()).isEqualTo("[\"APIKEY\"]");
    JsonArray catalog = access.getAsJsonArray("serviceCatalog");
    assertThat(catalog.get(0).toString())
        .isEqualTo(
            "{\"name\":\"cloudDNS\",\"type\":\"rax:dns\",\"endpoints\":[{\"tenantId\":\"123123\","
                + "\"publicURL\":\""
                + server.url("/v1.0/123123")
                + "\"}]}");
    assertThat(catalog.get(1).getAsJsonObject().get("type").getAsString())
        .isEqualTo("object-store");
    assertThat(access.getAsJsonObject("user").get("name").getAsString()).isEqualTo("joe");
    assertThat(vendor.dns()).isEqualTo(server.url("/v1.0/123123"));
    assertThat(vendor.get("/domains").body()).isEqualTo("{\"domains\":[],\"totalEntries\":0}");
  }

  @Test
  void aPasswordIssuesATokenToo() {
    RawCloudDns vendor = start(CloudDnsSimulator.builder().user("ann", "key9", "pw9"));

    RawCloudDns.Answer issued = vendor.authenticate(RawCloudDns.password("ann", "pw9"));

    assertThat(issued.status()).isEqualTo(200);
    assertThat(
            issued
                .object()
                .getAsJsonObject("access")
                .getAsJsonObject("token")
                .get("RAX-AUTH:authenticatedBy")
                .toString())
        .isEqualTo("[\"PASSWORD\"]");
    assertThat(vendor.get("/domains").status()).isEqualTo(200);
  }

  @Test
  void aBadSecretOrUserIsRefused401AndABadBody400WithoutEchoingIt() {
    RawCloudDns vendor = start(CloudDnsSimulator.builder());
    String unauthorized =
        "{\"unauthorized\":{\"code\":401,"
            + "\"message\":\"Unable to authenticate user with credentials provided.\"}}";

    for (String body :
        List.of(
            RawCloudDns.apiKey("joe", "wrong"),
            RawCloudDns.apiKey("stranger", "k3y"),
            RawCloudDns.password("joe", "k3y"),
            RawCloudDns.password("joe", "wrong"))) {
      RawCloudDns.Answer refused = vendor.authenticate(body);

      assertThat(refused.status()).as(body).isEqualTo(401);
      assertThat(refused.body()).isEqualTo(unauthorized);
    }
    for (String body :
        List.of(
            "{\"auth\":",
            "{\"auth\":{}}",
            "{\"auth\":{\"passwordCredentials\":{\"username\":\"joe\",\"password\":\"s3cret\"},"
                + "\"RAX-KSKEY:apiKeyCredentials\":{\"username\":\"joe\",\"apiKey\":\"k3y\"}}}")) {
      RawCloudDns.Answer refused = vendor.authenticate(body);

      assertThat(refused.status()).as(body).isEqualTo(400);
      assertThat(refused.body())
          .isEqualTo("{\"badRequest\":{\"code\":400,\"message\":\"Invalid json request body\"}}");
    }
    assertThat(vendor.token()).isNull();
  }

  @Test
  void aMissingUnknownOrOtherTenantsTokenIsRefused401() {
    RawCloudDns vendor = start(CloudDnsSimulator.builder()).login();
    String token = vendor.token();

    RawCloudDns.Answer otherTenant = vendor.follow(server.url("/v1.0/999999/domains").toString());
    vendor.useToken(null);
    RawCloudDns.Answer missing = vendor.get("/domains");
    vendor.useToken("6c2b1f0e-0000-4000-8000-000000000000");
    RawCloudDns.Answer unknown = vendor.get("/domains");

    for (RawCloudDns.Answer refused : List.of(otherTenant, missing, unknown)) {
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.body()).isEqualTo(AUTH_REQUIRED);
    }
    assertThat(vendor.useToken(token).get("/domains").status()).isEqualTo(200);
  }

  @Test
  void aTokenExpiresOnTheInjectedClockAndAnotherIsIssued() {
    RawCloudDns vendor =
        start(CloudDnsSimulator.builder().tokenLifetime(Duration.ofMinutes(5))).login();
    String first = vendor.token();
    time.sleep(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(vendor.get("/domains").status()).isEqualTo(200);

    time.sleep(Duration.ofSeconds(1));

    assertThat(vendor.get("/domains").body()).isEqualTo(AUTH_REQUIRED);
    vendor.login();
    assertThat(vendor.token()).isNotEqualTo(first);
    assertThat(vendor.get("/domains").status()).isEqualTo(200);
    simulator().expireAllTokens();
    assertThat(vendor.get("/domains").status()).isEqualTo(401);
  }

  @Test
  void aJobRunsOnlyOnceItsDelayHasPassedOnTheClock() {
    RawCloudDns vendor = start(CloudDnsSimulator.builder().jobDelay(Duration.ofSeconds(2))).login();
    RawCloudDns.Answer domain =
        vendor.post(
            "/domains",
            "{\"domains\":[{\"name\":\"example.com\",\"emailAddress\":\"a@example.com\"}]}");
    assertThat(vendor.poll(domain).status()).isEqualTo(202);
    assertThat(vendor.get("/domains").array("domains")).isEmpty();
    time.sleep(Duration.ofSeconds(2));
    domainId =
        vendor
            .finish(domain)
            .object()
            .getAsJsonObject("response")
            .getAsJsonArray("domains")
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsString();
    assertThat(vendor.get("/domains").array("domains")).hasSize(1);
    String sent = body(a("www.example.com", "192.0.2.1"));

    RawCloudDns.Answer accepted = vendor.post(records(), sent);

    assertThat(accepted.status()).isEqualTo(202);
    JsonObject job = accepted.object();
    String jobId = job.get("jobId").getAsString();
    assertThat(job.toString())
        .isEqualTo(
            "{\"status\":\"RUNNING\",\"verb\":\"POST\",\"jobId\":\""
                + jobId
                + "\",\"callbackUrl\":\""
                + server.url("/v1.0/123123/status/" + jobId)
                + "\",\"requestUrl\":\""
                + server.url("/v1.0/123123" + records())
                + "\",\"request\":"
                + new JsonPrimitive(sent)
                + "}");
    assertThat(listed(vendor, records())).doesNotContain("www.example.com A 192.0.2.1");
    RawCloudDns.Answer running = vendor.poll(accepted);
    assertThat(running.status()).isEqualTo(202);
    assertThat(running.body()).isEqualTo(accepted.body());

    time.sleep(Duration.ofSeconds(2));

    RawCloudDns.Answer done = vendor.poll(accepted);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.string("status")).isEqualTo("COMPLETED");
    JsonObject made =
        done.object()
            .getAsJsonObject("response")
            .getAsJsonArray("records")
            .get(0)
            .getAsJsonObject();
    assertThat(made.get("id").getAsString()).matches("A-[0-9]+");
    assertThat(made.get("created").getAsString()).isEqualTo("2026-12-03T22:19:04.000+0000");
    assertThat(listed(vendor, records())).contains("www.example.com A 192.0.2.1");
    RawCloudDns.Answer brief = vendor.get("/status/" + jobId);
    assertThat(brief.body())
        .isEqualTo(
            "{\"status\":\"COMPLETED\",\"jobId\":\""
                + jobId
                + "\",\"callbackUrl\":\""
                + server.url("/v1.0/123123/status/" + jobId)
                + "\"}");
  }

  @Test
  void aJobIsKept24HoursAndAnUnknownJobIs404() {
    RawCloudDns vendor =
        startWithDomain(CloudDnsSimulator.builder().tokenLifetime(Duration.ofDays(2)));
    RawCloudDns.Answer accepted = vendor.post(records(), body(a("www.example.com", "192.0.2.1")));
    time.sleep(Duration.ofHours(24).minusSeconds(1));
    assertThat(vendor.poll(accepted).status()).isEqualTo(200);

    time.sleep(Duration.ofSeconds(1));

    RawCloudDns.Answer gone = vendor.poll(accepted);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.body()).isEqualTo("{\"message\":\"Not Found\",\"code\":404,\"details\":\"\"}");
  }

  @Test
  void aDomainIsCreatedWithTwoNsRecordsReadListedUpdatedAndDeleted() {
    RawCloudDns vendor = start(CloudDnsSimulator.builder()).login();

    RawCloudDns.Answer created =
        vendor.finish(
            vendor.post(
                "/domains",
                "{\"domains\":[{\"name\":\"Example.COM\",\"emailAddress\":\"admin@example.com\","
                    + "\"ttl\":\"1800\"}]}"));

    String get =
        "{\"name\":\"example.com\",\"id\":1000001,\"accountId\":123123,"
            + "\"emailAddress\":\"admin@example.com\",\"created\":\"2026-12-03T22:19:00.000+0000\","
            + "\"updated\":\"2026-12-03T22:19:00.000+0000\",\"ttl\":1800,\"nameservers\":"
            + "[{\"name\":\"dns1.stabletransit.com\"},{\"name\":\"dns2.stabletransit.com\"}]}";
    assertThat(created.object().get("response").toString())
        .isEqualTo("{\"domains\":[" + get + "]}");
    assertThat(vendor.get("/domains/1000001?showRecords=false&showSubdomains=false").body())
        .isEqualTo(get);
    assertThat(simulator().zoneId("Example.com.")).contains("1000001");
    assertThat(simulator().hasZone("example.com")).isTrue();
    assertThat(vendor.get("/domains?limit=100&offset=0").body())
        .isEqualTo(
            "{\"domains\":[{\"name\":\"example.com\",\"id\":1000001,\"accountId\":123123,"
                + "\"emailAddress\":\"admin@example.com\",\"created\":\"2026-12-03T22:19:00.000+0000\","
                + "\"updated\":\"2026-12-03T22:19:00.000+0000\"}],\"totalEntries\":1}");
    assertThat(vendor.get("/domains/1000001/records").body())
        .isEqualTo(
            "{\"records\":[{\"name\":\"example.com\",\"id\":\"NS-1000002\",\"type\":\"NS\","
                + "\"data\":\"dns1.stabletransit.com\",\"ttl\":1800,"
                + "\"created\":\"2026-12-03T22:19:00.000+0000\","
                + "\"updated\":\"2026-12-03T22:19:00.000+0000\"},{\"name\":\"example.com\","
                + "\"id\":\"NS-1000003\",\"type\":\"NS\",\"data\":\"dns2.stabletransit.com\","
                + "\"ttl\":1800,\"created\":\"2026-12-03T22:19:00.000+0000\","
                + "\"updated\":\"2026-12-03T22:19:00.000+0000\"}],\"totalEntries\":2}");

    time.sleep(Duration.ofSeconds(5));
    RawCloudDns.Answer updated =
        vendor.finish(
            vendor.put("/domains/1000001", "{\"emailAddress\":\"dns@example.com\",\"ttl\":600}"));
    assertThat(updated.body()).doesNotContain("response");
    JsonObject read = vendor.get("/domains/1000001?showRecords=false").object();
    assertThat(read.get("emailAddress").getAsString()).isEqualTo("dns@example.com");
    assertThat(read.get("ttl").getAsInt()).isEqualTo(600);
    assertThat(read.get("updated").getAsString()).isEqualTo("2026-12-03T22:19:05.000+0000");

    RawCloudDns.Answer deleted = vendor.finish(vendor.delete("/domains/1000001"));
    assertThat(deleted.string("status")).isEqualTo("COMPLETED");
    assertThat(deleted.object().has("request")).isFalse();
    assertThat(vendor.get("/domains/1000001").body())
        .isEqualTo("{\"message\":\"Not Found\",\"code\":404,\"details\":\"\"}");
    assertThat(vendor.get("/domains/1000001/records").status()).isEqualTo(404);
    assertThat(simulator().hasZone("example.com.")).isFalse();
    RawCloudDns.Answer again = vendor.finish(vendor.delete("/domains/1000001"));
    assertThat(again.string("status")).isEqualTo("ERROR");
    assertThat(again.object().get("error").toString())
        .isEqualTo(
            "{\"failedItems\":{\"faults\":[{\"message\":\"Object not Found.\",\"code\":404,"
                + "\"details\":\"Domain ID: 1000001\"}]},\"message\":\"One or more items could"
                + " not be deleted.\",\"code\":500,\"details\":\"See errors list for details.\"}");
  }

  @Test
  void anExistingDomainEndsItsJob409AndAMissingEmailIsRefusedAtOnce() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());

    RawCloudDns.Answer exists =
        vendor.finish(
            vendor.post(
                "/domains",
                "{\"domains\":[{\"name\":\"example.com\",\"emailAddress\":\"a@example.com\"}]}"));
    RawCloudDns.Answer noEmail =
        vendor.post("/domains", "{\"domains\":[{\"name\":\"other.org\",\"ttl\":60}]}");

    assertThat(exists.string("status")).isEqualTo("ERROR");
    assertThat(exists.object().get("error").toString())
        .isEqualTo(
            "{\"message\":\"The object already exists.\",\"code\":409,"
                + "\"details\":\"Domain already exists\"}");
    assertThat(noEmail.status()).isEqualTo(400);
    assertThat(noEmail.body())
        .isEqualTo(
            "{\"validationErrors\":{\"messages\":[\"domains[0]: emailAddress is required\","
                + "\"domains[0]: ttl 60 for other.org is below the minimum of 300\"]},\"code\":400}");
  }

  @Test
  void aSearchByNameAnswersTheDomainAndItsSubdomainsSortedByName() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());
    vendor.createDomain("sub.example.com");
    vendor.createDomain("notexample.com");
    vendor.createDomain("a.example.com");

    List<String> names = new ArrayList<>();
    vendor
        .get("/domains?name=example.com")
        .array("domains")
        .forEach(domain -> names.add(domain.getAsJsonObject().get("name").getAsString()));

    assertThat(names).containsExactly("a.example.com", "example.com", "sub.example.com");
  }

  @Test
  void domainsAndRecordsPageOverThreePagesWithAbsoluteLinks() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder().noRateLimits());
    for (String name : List.of("b.example", "c.example", "d.example", "e.example")) {
      vendor.createDomain(name);
    }
    List<String> sent = new ArrayList<>();
    for (int batch = 0; batch < 3; batch++) {
      List<String> records = new ArrayList<>();
      for (int i = 0; i < 76; i++) {
        records.add(a("h" + (batch * 76 + i) + ".example.com", "192.0.2.1"));
      }
      sent.addAll(records);
      vendor.finish(vendor.post(records(), body(records.toArray(String[]::new))));
    }

    RawCloudDns.Answer first = vendor.get(records() + "?limit=100&offset=0");
    RawCloudDns.Answer second = vendor.follow(href(first, "next"));
    RawCloudDns.Answer third = vendor.follow(href(second, "next"));

    String base = server.url("/v1.0/123123" + records()).toString();
    assertThat(first.object().get("totalEntries").getAsInt()).isEqualTo(230);
    assertThat(first.array("records")).hasSize(100);
    assertThat(first.object().get("links").toString())
        .isEqualTo(
            "[{\"content\":\"\",\"href\":\"" + base + "?limit=100&offset=100\",\"rel\":\"next\"}]");
    assertThat(second.array("records")).hasSize(100);
    assertThat(href(second, "previous")).isEqualTo(base + "?limit=100&offset=0");
    assertThat(third.array("records")).hasSize(30);
    assertThat(third.object().get("links").toString()).doesNotContain("next");
    assertThat(vendor.get(records() + "?limit=500").array("records")).hasSize(100);

    RawCloudDns.Answer domains = vendor.get("/domains?limit=2&offset=0");
    RawCloudDns.Answer domains2 = vendor.follow(href(domains, "next"));
    RawCloudDns.Answer domains3 = vendor.follow(href(domains2, "next"));
    assertThat(domains3.array("domains")).hasSize(1);
    assertThat(domains3.object().get("totalEntries").getAsInt()).isEqualTo(5);
    assertThat(domains3.array("domains").get(0).getAsJsonObject().get("name").getAsString())
        .isEqualTo("example.com");

    RawCloudDns.Answer skewed = vendor.get(records() + "?limit=100&offset=50");
    assertThat(skewed.status()).isEqualTo(400);
    assertThat(skewed.body())
        .isEqualTo(
            "{\"message\":\"The request could not be processed.\",\"code\":400,"
                + "\"details\":\"Offset must be a multiple of limit or 0.\"}");
  }

  static String href(RawCloudDns.Answer page, String rel) {
    for (JsonElement link : page.array("links")) {
      if (link.getAsJsonObject().get("rel").getAsString().equals(rel)) {
        return link.getAsJsonObject().get("href").getAsString();
      }
    }
    throw new AssertionError("no " + rel + " link in " + page);
  }

  @Test
  void recordsAreServedInIdOrderAndSearchedByTypeNameAndData() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());
    vendor.finish(
        vendor.post(
            records(),
            body(
                a("www.example.com", "192.0.2.1"),
                "{\"name\":\"example.com\",\"type\":\"MX\",\"data\":\"mx1.example.com\","
                    + "\"priority\":10}")));
    vendor.finish(vendor.post(records(), body(a("WWW.example.com", "192.0.2.2"))));

    assertThat(listed(vendor, records()))
        .containsExactly(
            "example.com NS dns1.stabletransit.com",
            "example.com NS dns2.stabletransit.com",
            "www.example.com A 192.0.2.1",
            "example.com MX mx1.example.com",
            "www.example.com A 192.0.2.2");
    assertThat(listed(vendor, records() + "?type=A&name=WWW.example.com"))
        .containsExactly("www.example.com A 192.0.2.1", "www.example.com A 192.0.2.2");
    assertThat(listed(vendor, records() + "?type=A&name=www.example.com&data=192.0.2.2"))
        .containsExactly("www.example.com A 192.0.2.2");
    JsonObject mx =
        vendor
            .get(records() + "?type=MX&name=example.com")
            .array("records")
            .get(0)
            .getAsJsonObject();
    assertThat(mx.get("priority").getAsInt()).isEqualTo(10);
    assertThat(mx.get("ttl").getAsInt()).as("the domain's").isEqualTo(3600);
    assertThat(vendor.get(records() + "?type=AAAA&name=www.example.com").body())
        .isEqualTo("{\"records\":[],\"totalEntries\":0}");
    assertThat(vendor.get(records() + "?name=www.example.com").status()).isEqualTo(400);
    JsonObject soa =
        vendor
            .get(records() + "?name=example.com&type=SOA")
            .array("records")
            .get(0)
            .getAsJsonObject();
    assertThat(soa.get("id").getAsString()).isEqualTo("SOA-" + domainId);
    assertThat(soa.get("data").getAsString())
        .isEqualTo("ns.rackspace.com admin@example.com " + time.instant().getEpochSecond());
  }

  @Test
  void anUpdateChangesDataAndTtlKeepsTheCommentAndRefusesANameChange() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());
    JsonObject made =
        vendor
            .finish(
                vendor.post(
                    records(),
                    body(
                        "{\"name\":\"www.example.com\",\"type\":\"A\",\"data\":\"192.0.2.1\","
                            + "\"comment\":\"keep me\"}")))
            .object()
            .getAsJsonObject("response")
            .getAsJsonArray("records")
            .get(0)
            .getAsJsonObject();
    String id = made.get("id").getAsString();

    RawCloudDns.Answer updated =
        vendor.finish(
            vendor.put(
                records(),
                body(
                    "{\"id\":\""
                        + id
                        + "\",\"name\":\"www.example.com\",\"data\":\"192.0.2.9\","
                        + "\"ttl\":600}")));
    RawCloudDns.Answer renamed =
        vendor.put(
            records(),
            body("{\"id\":\"" + id + "\",\"name\":\"web.example.com\",\"data\":\"192.0.2.9\"}"));

    assertThat(updated.string("status")).isEqualTo("COMPLETED");
    JsonObject read = vendor.get(records() + "?type=A").array("records").get(0).getAsJsonObject();
    assertThat(read.get("data").getAsString()).isEqualTo("192.0.2.9");
    assertThat(read.get("ttl").getAsInt()).isEqualTo(600);
    assertThat(read.get("comment").getAsString()).isEqualTo("keep me");
    assertThat(renamed.status()).isEqualTo(400);
    assertThat(renamed.body())
        .isEqualTo(
            "{\"validationErrors\":{\"messages\":[\"records[0]: name and type cannot be changed ("
                + id
                + ")\"]},\"code\":400}");
  }

  @Test
  void anUpdateOfAGoneRecordEnds404AndChangesNothing() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());
    vendor.finish(vendor.post(records(), body(a("www.example.com", "192.0.2.1"))));
    String id =
        vendor
            .get(records() + "?type=A")
            .array("records")
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsString();

    RawCloudDns.Answer failed =
        vendor.finish(
            vendor.put(
                records(),
                body(
                    "{\"id\":\"" + id + "\",\"name\":\"www.example.com\",\"data\":\"192.0.2.9\"}",
                    "{\"id\":\"A-999\",\"name\":\"www.example.com\",\"data\":\"192.0.2.8\"}")));

    assertThat(failed.string("status")).isEqualTo("ERROR");
    assertThat(failed.object().get("error").toString())
        .isEqualTo(
            "{\"message\":\"Object not Found.\",\"code\":404,\"details\":\"Domain ID: "
                + domainId
                + "; Record ID: A-999\"}");
    assertThat(listed(vendor, records() + "?type=A"))
        .containsExactly("www.example.com A 192.0.2.1");
  }

  @Test
  void aDeleteTriesEveryIdAndListsTheMissingOnes() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());
    vendor.finish(
        vendor.post(
            records(), body(a("www.example.com", "192.0.2.1"), a("www.example.com", "192.0.2.2"))));
    List<String> ids = new ArrayList<>();
    vendor
        .get(records() + "?type=A")
        .array("records")
        .forEach(record -> ids.add(record.getAsJsonObject().get("id").getAsString()));

    RawCloudDns.Answer partial =
        vendor.finish(vendor.delete(records() + "?id=" + ids.get(0) + "&id=A-999"));
    RawCloudDns.Answer whole = vendor.finish(vendor.delete(records() + "?id=" + ids.get(1)));

    assertThat(partial.object().get("error").toString())
        .isEqualTo(
            "{\"failedItems\":{\"faults\":[{\"message\":\"Object not Found.\",\"code\":404,"
                + "\"details\":\"Domain ID: "
                + domainId
                + "; Record ID: A-999\"}]},\"message\":\"One or more items could not be"
                + " deleted.\",\"code\":500,\"details\":\"See errors list for details.\"}");
    assertThat(whole.string("status")).isEqualTo("COMPLETED");
    assertThat(vendor.get(records() + "?type=A").body())
        .isEqualTo("{\"records\":[],\"totalEntries\":0}");
  }

  @Test
  void aDuplicateRecordEndsItsJob409AndNothingOfTheJobIsAdded() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());
    vendor.finish(vendor.post(records(), body(a("www.example.com", "192.0.2.9"))));

    RawCloudDns.Answer duplicate =
        vendor.finish(
            vendor.post(
                records(),
                body(a("web.example.com", "192.0.2.1"), a("WWW.example.com", "192.0.2.9"))));

    assertThat(duplicate.object().get("error").toString())
        .isEqualTo(
            "{\"message\":\"The object already exists.\",\"code\":409,"
                + "\"details\":\"Record already exists: www.example.com A 192.0.2.9\"}");
    assertThat(listed(vendor, records() + "?type=A"))
        .containsExactly("www.example.com A 192.0.2.9");
  }

  @Test
  void badRecordDataIsRefused400WithAMessageNamingEachValue() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());

    RawCloudDns.Answer refused =
        vendor.post(
            records(),
            body(
                "{\"name\":\"www.example.com\",\"type\":\"A\",\"data\":\"300.1.1.1\"}",
                "{\"name\":\"mail.example.com\",\"type\":\"MX\",\"data\":\"mx.example.com\"}",
                "{\"name\":\"www.example.com\",\"type\":\"A\",\"data\":\"192.0.2.1\",\"ttl\":60}",
                "{\"name\":\"www.example.com\",\"type\":\"A\",\"data\":\"192.0.2.2\","
                    + "\"priority\":1,\"comment\":\""
                    + "x".repeat(161)
                    + "\"}",
                "{\"name\":\"www.other.org\",\"type\":\"A\",\"data\":\"192.0.2.1\"}",
                "{\"name\":\"x.example.com\",\"type\":\"SSHFP\",\"data\":\"1 1 ab\"}",
                "{\"name\":\"v6.example.com\",\"type\":\"AAAA\",\"data\":\"2001:db8::zz\"}",
                "{\"name\":\"_sip._tcp.example.com\",\"type\":\"SRV\",\"data\":\"5 99999 sip\","
                    + "\"priority\":70000}"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.object().getAsJsonObject("validationErrors").get("messages"))
        .hasToString(
            new Gson()
                .toJson(
                    List.of(
                        "records[0]: 300.1.1.1 is not a valid IPv4 address (www.example.com A)",
                        "records[1]: priority is required for mail.example.com MX",
                        "records[2]: ttl 60 for www.example.com A is below the minimum of 300",
                        "records[3]: priority is not allowed for www.example.com A",
                        "records[3]: comment longer than 160 characters (www.example.com A)",
                        "records[4]: www.other.org is not within domain example.com",
                        "records[5]: record type SSHFP is not supported (x.example.com SSHFP)",
                        "records[6]: 2001:db8::zz is not a valid IPv6 address (v6.example.com AAAA)",
                        "records[7]: 5 99999 sip is not valid SRV data: 99999 is not 0..65535"
                            + " (_sip._tcp.example.com SRV)",
                        "records[7]: priority 70000 for _sip._tcp.example.com SRV is outside"
                            + " 0..65535")));
    assertThat(listed(vendor, records())).hasSize(2);
  }

  @Test
  void txtLosesQuotesAndBackslashesSrvKeepsItsDataAndNumbersMayBeStrings() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());

    vendor.finish(
        vendor.post(
            records(),
            body(
                "{\"name\":\"t.example.com\",\"type\":\"TXT\",\"data\":\"\\\"v=spf1\\\\; -all\\\"\","
                    + "\"ttl\":\"1800\"}",
                "{\"name\":\"_sip._tcp.example.com\",\"type\":\"SRV\","
                    + "\"data\":\"5 5060 sip.example.com\",\"priority\":\"10\"}",
                "{\"name\":\"*.example.com\",\"type\":\"AAAA\",\"data\":\"2001:DB8::1\"}")));

    JsonArray read = vendor.get(records() + "?limit=3&offset=0").array("records");
    assertThat(listed(vendor, records()).subList(2, 5))
        .containsExactly(
            "t.example.com TXT v=spf1; -all",
            "_sip._tcp.example.com SRV 5 5060 sip.example.com",
            "*.example.com AAAA 2001:DB8::1");
    assertThat(read).hasSize(3);
    assertThat(
            vendor
                .get(records() + "?type=TXT")
                .array("records")
                .get(0)
                .getAsJsonObject()
                .get("ttl")
                .getAsInt())
        .isEqualTo(1800);
    assertThat(
            vendor
                .get(records() + "?type=SRV")
                .array("records")
                .get(0)
                .getAsJsonObject()
                .get("priority")
                .getAsInt())
        .isEqualTo(10);
    RawCloudDns.Answer wildNs =
        vendor.post(
            records(), body("{\"name\":\"*.example.com\",\"type\":\"NS\",\"data\":\"ns.x.org\"}"));
    assertThat(wildNs.body()).contains("a wildcard name is not allowed for *.example.com NS");
  }

  @Test
  void moreThan100EntitiesAreRefused413AtOnceAndQuotasEndTheJob413() {
    RawCloudDns vendor =
        startWithDomain(CloudDnsSimulator.builder().maxRecordsPerDomain(4).maxDomains(2));
    String[] many = new String[101];
    StringBuilder ids = new StringBuilder("?id=A-1");
    for (int i = 0; i < many.length; i++) {
      many[i] = a("h" + i + ".example.com", "192.0.2.1");
      ids.append("&id=A-").append(i + 2);
    }
    String tooMany =
        "{\"message\":\"Your account is currently over the limit so your request could not be"
            + " processed.\",\"code\":413,\"details\":\"Limit of 100 entities per request has been"
            + " reached.\"}";

    RawCloudDns.Answer posted = vendor.post(records(), body(many));
    RawCloudDns.Answer deleted = vendor.delete(records() + ids);
    RawCloudDns.Answer overQuota =
        vendor.finish(
            vendor.post(
                records(),
                body(
                    a("a.example.com", "192.0.2.1"),
                    a("b.example.com", "192.0.2.1"),
                    a("c.example.com", "192.0.2.1"))));
    vendor.createDomain("two.example");
    RawCloudDns.Answer thirdDomain =
        vendor.finish(
            vendor.post(
                "/domains",
                "{\"domains\":[{\"name\":\"three.example\",\"emailAddress\":\"a@three.example\"}]}"));

    for (RawCloudDns.Answer refused : List.of(posted, deleted)) {
      assertThat(refused.status()).isEqualTo(413);
      assertThat(refused.body()).isEqualTo(tooMany);
      assertThat(refused.header("Reply-After")).isNull();
      assertThat(refused.header("Retry-After")).isNull();
    }
    assertThat(overQuota.object().get("error").getAsJsonObject().get("details").getAsString())
        .isEqualTo("Limit of 4 records per domain has been reached.");
    assertThat(thirdDomain.object().get("error").getAsJsonObject().get("details").getAsString())
        .isEqualTo("Limit of 2 domains has been reached.");
    assertThat(listed(vendor, records())).hasSize(2);
  }

  @Test
  void aFullRateWindowIsRefused413WithReplyAfterAndNotActedOn() {
    RawCloudDns vendor =
        startWithDomain(
            CloudDnsSimulator.builder().rateLimit("POST /domains", 2, Duration.ofMinutes(1)));
    time.sleep(Duration.ofSeconds(15));
    assertThat(vendor.post(records(), body(a("a.example.com", "192.0.2.1"))).status())
        .isEqualTo(202);

    RawCloudDns.Answer refused = vendor.post(records(), body(a("b.example.com", "192.0.2.1")));

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.header("Reply-After")).isEqualTo("2026-12-03T22:20:00Z");
    assertThat(refused.header("Retry-After")).isNull();
    assertThat(refused.body())
        .isEqualTo(
            "{\"message\":\"Rate limit exceeded.\",\"code\":413,"
                + "\"details\":\"Too many requests; retry after 2026-12-03T22:20:00Z\"}");
    assertThat(vendor.get("/domains").status()).as("another bucket").isEqualTo(200);
    assertThat(simulator().throttled()).isEqualTo(1);
    assertThat(listed(vendor, records() + "?type=A")).containsExactly("a.example.com A 192.0.2.1");
    time.sleep(Duration.ofSeconds(45));
    assertThat(vendor.post(records(), body(a("b.example.com", "192.0.2.1"))).status())
        .isEqualTo(202);
  }

  @Test
  void theRateLimitHeadersAreRetryAfterOrBothAsConfigured() {
    RawCloudDns vendor =
        startWithDomain(
            CloudDnsSimulator.builder()
                .rateLimit("GET /domains", 1, Duration.ofMinutes(1))
                .rateLimitHeaders(CloudDnsSimulator.RateHeaders.BOTH));
    time.sleep(Duration.ofMillis(20_500));
    vendor.get("/domains");

    RawCloudDns.Answer refused = vendor.get("/domains");

    assertThat(refused.header("Reply-After")).isEqualTo("2026-12-03T22:20:00Z");
    assertThat(refused.header("Retry-After")).isEqualTo("40");

    RawCloudDns retry =
        start(
                CloudDnsSimulator.builder()
                    .rateLimitHeaders(CloudDnsSimulator.RateHeaders.RETRY_AFTER))
            .login();
    simulator().throttleNext(1);
    RawCloudDns.Answer thrown = retry.get("/domains");
    assertThat(thrown.status()).isEqualTo(413);
    assertThat(thrown.header("Retry-After")).isEqualTo("1");
    assertThat(thrown.header("Reply-After")).isNull();
    assertThat(retry.get("/domains").status()).isEqualTo(200);
  }

  @Test
  void throttleNextAndFailNextJobsAreCountedAndChangeNothing() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());
    simulator().resetCounts();
    simulator().throttleNext(2);
    simulator().failNextJobs(1);

    RawCloudDns.Answer first = vendor.post(records(), body(a("www.example.com", "192.0.2.1")));
    vendor.post(records(), body(a("www.example.com", "192.0.2.1")));
    RawCloudDns.Answer failed =
        vendor.finish(vendor.post(records(), body(a("www.example.com", "192.0.2.1"))));

    assertThat(first.status()).isEqualTo(413);
    assertThat(first.header("Reply-After")).isEqualTo("2026-12-03T22:19:01Z");
    assertThat(failed.string("status")).isEqualTo("ERROR");
    assertThat(failed.object().getAsJsonObject("error").get("code").getAsInt()).isEqualTo(500);
    assertThat(listed(vendor, records() + "?type=A")).isEmpty();
    assertThat(simulator().throttled()).isEqualTo(2);
    assertThat(simulator().requests())
        .containsExactly(
            "POST /v1.0/{tenant}/domains/{domainId}/records",
            "POST /v1.0/{tenant}/domains/{domainId}/records",
            "POST /v1.0/{tenant}/domains/{domainId}/records",
            "GET /v1.0/{tenant}/status/{jobId}",
            "GET /v1.0/{tenant}/domains/{domainId}/records");
    assertThat(simulator().requestCounts())
        .containsEntry("POST /v1.0/{tenant}/domains/{domainId}/records", 3);
  }

  @Test
  void urlsHandedOutFollowTheForwardedHostOfAProxy() throws Exception {
    RawCloudDns vendor = start(CloudDnsSimulator.builder()).login();
    OkHttpClient client = new OkHttpClient();
    MediaType json = MediaType.get("application/json");
    Request login =
        new Request.Builder()
            .url(server.url("/v2.0/tokens"))
            .header("X-Forwarded-Host", "127.0.0.1:9")
            .post(RequestBody.create(RawCloudDns.apiKey("joe", "k3y"), json))
            .build();
    Request create =
        new Request.Builder()
            .url(server.url("/v1.0/123123/domains"))
            .header("X-Forwarded-Host", "127.0.0.1:9")
            .header("X-Auth-Token", vendor.token())
            .post(
                RequestBody.create(
                    "{\"domains\":[{\"name\":\"a.example\",\"emailAddress\":\"a@a.example\"}]}",
                    json))
            .build();

    try (Response issued = client.newCall(login).execute();
        Response accepted = client.newCall(create).execute()) {
      assertThat(issued.body().string())
          .contains("\"publicURL\":\"http://127.0.0.1:9/v1.0/123123\"");
      assertThat(accepted.body().string())
          .contains("\"callbackUrl\":\"http://127.0.0.1:9/v1.0/123123/status/")
          .contains("\"requestUrl\":\"http://127.0.0.1:9/v1.0/123123/domains\"");
    }
  }

  @Test
  void stateOfShowsWhatAnotherToolWroteAndForeignCloudDnsSeedsIt() {
    RawCloudDns vendor = startWithDomain(CloudDnsSimulator.builder());

    ForeignCloudDns.Seeded seeded = ForeignCloudDns.seed(vendor, domainId, "example.com");

    Map<String, String> state = simulator().stateOf("example.com.");
    assertThat(state.keySet())
        .containsExactly(
            "example.com NS",
            "www.example.com A",
            "example.com MX",
            "long.example.com TXT",
            "_sip._tcp.example.com SRV");
    assertThat(seeded.written().keySet()).isSubsetOf(state.keySet());
    assertThat(state.get("www.example.com A"))
        .isEqualTo(
            "[{\"data\":\"192.0.2.1\",\"ttl\":600,\"comment\":\"web pool, managed by terraform\"},"
                + "{\"data\":\"192.0.2.2\",\"ttl\":600,\"comment\":\"web pool, managed by terraform\"},"
                + "{\"data\":\"192.0.2.3\",\"ttl\":600,\"comment\":\"web pool, managed by terraform\"}]");
    assertThat(state.get("long.example.com TXT")).contains(ForeignCloudDns.LONG_TXT);
    assertThat(state.get("example.com MX"))
        .isEqualTo(
            "[{\"data\":\"mx1.example.com\",\"ttl\":3600,\"priority\":10},"
                + "{\"data\":\"mx2.example.com\",\"ttl\":3600,\"priority\":20,"
                + "\"comment\":\"backup mail\"}]");
    List<String> order = listed(vendor, records());
    assertThat(
            order.indexOf("www.example.com A 192.0.2.2")
                - order.indexOf("www.example.com A 192.0.2.1"))
        .as("values of one set not consecutive")
        .isGreaterThan(1);
    assertThat(vendor.get("/domains/" + domainId + "?showRecords=false").string("comment"))
        .isEqualTo(ForeignCloudDns.DOMAIN_COMMENT);
  }
}
