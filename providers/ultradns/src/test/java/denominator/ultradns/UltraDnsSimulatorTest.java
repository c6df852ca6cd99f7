package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The simulator through raw OkHttp requests, the vendor's way with no provider code: every
 * behaviour of the wire format it serves and every refusal it answers.
 */
class UltraDnsSimulatorTest {
  static final String RRSETS = "/v1/zones/example.com./rrsets/";

  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime();

  RawUltraDns start(UltraDnsSimulator.Builder builder) {
    server.setDispatcher(builder.clock(time).build());
    RawUltraDns vendor = new RawUltraDns(server.url("/"));
    assertThat(vendor.login("user", "password").status()).isEqualTo(200);
    return vendor;
  }

  RawUltraDns startWithZone() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder());
    assertThat(vendor.createZone("example.com.").status()).isEqualTo(201);
    return vendor;
  }

  UltraDnsSimulator simulator() {
    return (UltraDnsSimulator) server.getDispatcher();
  }

  @Test
  void anAccessTokenWorksUntilItExpiresOnTheSimulatorsClock() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder().tokenLifetime(Duration.ofMinutes(10)));
    assertThat(vendor.get("/v1/accounts").status()).isEqualTo(200);

    time.sleep(Duration.ofMinutes(10));

    RawUltraDns.Answer expired = vendor.get("/v1/accounts");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().isJsonObject()).isTrue();
    assertThat(expired.errorCode()).isEqualTo(60001);
  }

  @Test
  void aGrantSaysWhenItsTokenExpiresAsAStringOfSeconds() {
    server.setDispatcher(UltraDnsSimulator.builder().tokenLifetime(Duration.ofMinutes(10)).build());
    JsonObject grant =
        new RawUltraDns(server.url("/")).login("user", "password").json().getAsJsonObject();

    assertThat(grant.get("tokenType").getAsString()).isEqualTo("Bearer");
    assertThat(grant.get("expiresIn").getAsString()).isEqualTo("600");
    assertThat(grant.get("expires_in").getAsString()).isEqualTo("600");
  }

  @Test
  void aRefreshTokenGrantsANewTokenOnceAfterTheOldExpired() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder());
    String refresh = refreshTokenOf(vendor.login("user", "password"));
    time.sleep(Duration.ofHours(2));

    assertThat(vendor.refresh(refresh).status()).isEqualTo(200);
    assertThat(vendor.get("/v1/accounts").status()).isEqualTo(200);
    RawUltraDns.Answer again = vendor.refresh(refresh);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.errorCode()).isEqualTo(60001);
    assertThat(simulator().tokenGrants()).isEqualTo(3);
  }

  @Test
  void aWrongPasswordIsRefusedWithOneErrorObject() {
    server.setDispatcher(new UltraDnsSimulator());
    RawUltraDns.Answer refused = new RawUltraDns(server.url("/")).login("user", "wrong");

    assertThat(refused.status()).isEqualTo(400);
    JsonObject error = refused.json().getAsJsonObject();
    assertThat(error.get("errorCode").getAsInt()).isEqualTo(60001);
    assertThat(error.get("error").getAsString()).isEqualTo("invalid_grant");
  }

  @Test
  void aRequestWithoutATokenIsRefused401() {
    server.setDispatcher(new UltraDnsSimulator());
    RawUltraDns.Answer refused = new RawUltraDns(server.url("/")).get("/v3/zones");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo(60001);
  }

  @Test
  void theAccountListingNamesTheAccount() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder().accountName("isthmus"));

    JsonObject account =
        vendor
            .get("/v1/accounts")
            .json()
            .getAsJsonObject()
            .getAsJsonArray("accounts")
            .get(0)
            .getAsJsonObject();
    assertThat(account.get("accountName").getAsString()).isEqualTo("isthmus");
  }

  @Test
  void anAccountWithoutZonesListsAs404With70002() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder());

    RawUltraDns.Answer empty = vendor.get("/v3/zones?limit=1000");
    assertThat(empty.status()).isEqualTo(404);
    assertThat(empty.errorCode()).isEqualTo(70002);
  }

  @Test
  void zonesListOverThreeCursorPages() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder().zonePageSize(2));
    for (String zone : List.of("e.com.", "a.com.", "c.com.", "b.com.", "d.com.")) {
      assertThat(vendor.createZone(zone).status()).isEqualTo(201);
    }
    simulator().resetCounts();

    List<String> names = new ArrayList<>();
    String path = "/v3/zones?limit=1000";
    while (path != null) {
      JsonObject page = vendor.get(path).json().getAsJsonObject();
      page.getAsJsonArray("zones")
          .forEach(
              z ->
                  names.add(
                      z.getAsJsonObject().getAsJsonObject("properties").get("name").getAsString()));
      JsonElement next = page.getAsJsonObject("cursorInfo").get("next");
      path = next == null ? null : "/v3/zones?limit=1000&cursor=" + next.getAsString();
    }

    assertThat(names).containsExactly("a.com.", "b.com.", "c.com.", "d.com.", "e.com.");
    assertThat(simulator().requests("GET /v3/zones")).isEqualTo(3);
  }

  @Test
  void anEmptyCursorAsksForTheFirstPageAsTheVendorsGoClientSendsIt() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder());
    vendor.createZone("example.com.");

    RawUltraDns.Answer first = vendor.get("/v3/zones?q=&cursor=&limit=100&sort=&reverse=false");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().getAsJsonObject().getAsJsonArray("zones")).hasSize(1);
    assertThat(vendor.get("/v3/zones?cursor=nonsense").errorCode()).isEqualTo(1000);
  }

  @Test
  void zonesFilterByPartOfTheirName() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder());
    vendor.createZone("alpha.com.");
    vendor.createZone("beta.com.");

    JsonArray zones =
        vendor.get("/v3/zones?q=name:alp").json().getAsJsonObject().getAsJsonArray("zones");
    assertThat(zones).hasSize(1);
    assertThat(vendor.get("/v3/zones?q=name:gamma").errorCode()).isEqualTo(70002);
  }

  @Test
  void aNewZoneHasTheServicesSoaAndFourNameServers() {
    RawUltraDns vendor = startWithZone();

    JsonArray rrsets = rrsets(vendor.get("/v1/zones/example.com./rrsets"));
    assertThat(rrsets).hasSize(2);
    JsonObject ns = rrsets.get(0).getAsJsonObject();
    assertThat(ns.get("rrtype").getAsString()).isEqualTo("NS (2)");
    assertThat(ns.get("ttl").getAsInt()).isEqualTo(86400);
    assertThat(strings(ns.getAsJsonArray("rdata")))
        .containsExactly(
            "pdns1.ultradns.net.",
            "pdns2.ultradns.net.",
            "pdns3.ultradns.org.",
            "pdns4.ultradns.org.");
    JsonObject soa = rrsets.get(1).getAsJsonObject();
    assertThat(soa.get("rrtype").getAsString()).isEqualTo("SOA (6)");
    assertThat(soa.getAsJsonArray("rdata").get(0).getAsString())
        .startsWith("pdns1.ultradns.net. hostmaster.example.com. ")
        .endsWith(" 86400 86400 86400 86400");
  }

  @Test
  void zonesAreCreatedOnceFoundByNameWithOrWithoutTheDotAndDeleted() {
    RawUltraDns vendor = startWithZone();

    assertThat(vendor.createZone("example.com").errorCode()).isEqualTo(1802);
    assertThat(vendor.get("/v1/zones/example.com").status()).isEqualTo(200);
    assertThat(vendor.delete("/v1/zones/example.com.").status()).isEqualTo(204);
    RawUltraDns.Answer gone = vendor.get("/v1/zones/example.com.");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.errorCode()).isEqualTo(1801);
    assertThat(vendor.get(RRSETS).errorCode()).isEqualTo(1801);
  }

  @Test
  void aZoneOfAnotherAccountIsRefused403() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder().accountName("other"));

    RawUltraDns.Answer refused = vendor.createZone("example.com.");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo(8001);
  }

  @Test
  void aZoneCreateAnswered202ExistsWhenItsTaskCompletesAfterTwoPendingPolls() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder().zoneCreatesAsTasks(2));

    RawUltraDns.Answer accepted = vendor.createZone("example.com.");
    assertThat(accepted.status()).isEqualTo(202);
    String task = "/v1/tasks/" + accepted.taskId();
    assertThat(vendor.get("/v1/zones/example.com.").errorCode()).isEqualTo(1801);
    assertThat(taskCode(vendor.get(task))).isEqualTo("PENDING");
    assertThat(taskCode(vendor.get(task))).isEqualTo("PENDING");
    assertThat(taskCode(vendor.get(task))).isEqualTo("COMPLETE");
    assertThat(vendor.get("/v1/zones/example.com.").status()).isEqualTo(200);
    assertThat(simulator().requests("GET /v1/tasks/{id}")).isEqualTo(3);
    assertThat(vendor.get("/v1/tasks/unknown").errorCode()).isEqualTo(70002);
  }

  @Test
  void rrsetsListSortedByOwnerThenTypeOverOffsetPages() {
    RawUltraDns vendor = start(UltraDnsSimulator.builder().rrsetPageSize(2));
    vendor.createZone("example.com.");
    post(vendor, "TXT", "b.example.com.", "{\"ttl\":300,\"rdata\":[\"v=spf1 -all\"]}");
    post(vendor, "A", "b.example.com.", "{\"ttl\":300,\"rdata\":[\"192.0.2.1\"]}");
    post(vendor, "A", "a.example.com.", "{\"ttl\":300,\"rdata\":[\"192.0.2.2\"]}");

    List<String> listed = new ArrayList<>();
    int offset = 0;
    int total;
    do {
      JsonObject page =
          vendor.get(RRSETS + "?offset=" + offset + "&limit=500").json().getAsJsonObject();
      JsonObject result = page.getAsJsonObject("resultInfo");
      total = result.get("totalCount").getAsInt();
      offset += result.get("returnedCount").getAsInt();
      page.getAsJsonArray("rrSets")
          .forEach(
              r -> listed.add(owner(r) + " " + r.getAsJsonObject().get("rrtype").getAsString()));
    } while (offset < total);

    assertThat(listed)
        .containsExactly(
            "a.example.com. A (1)",
            "b.example.com. A (1)",
            "b.example.com. TXT (16)",
            "example.com. NS (2)",
            "example.com. SOA (6)");
    assertThat(simulator().requests("GET /v1/zones/{zone}/rrsets")).isEqualTo(3);
  }

  @Test
  void theKindFilterSeparatesPoolsFromPlainRrsets() {
    RawUltraDns vendor = startWithZone();
    assertThat(vendor.get(RRSETS + "?q=kind:POOLS").errorCode()).isEqualTo(70002);
    post(vendor, "A", "www.example.com.", PoolJson.tc(2, 98));

    JsonArray pools = rrsets(vendor.get(RRSETS + "?q=kind:POOLS"));
    assertThat(pools).hasSize(1);
    assertThat(owner(pools.get(0))).isEqualTo("www.example.com.");
    assertThat(rrsets(vendor.get(RRSETS + "?q=kind:RECORDS"))).hasSize(2);
  }

  @Test
  void oneRrsetIsReadByTypeAndOwnerAndTxtStaysUnquoted() {
    RawUltraDns vendor = startWithZone();
    post(vendor, "TXT", "www.example.com.", "{\"ttl\":300,\"rdata\":[\"v=spf1 -all\"]}");

    JsonObject txt = rrsets(vendor.get(RRSETS + "TXT/www.example.com.")).get(0).getAsJsonObject();
    assertThat(txt.get("rrtype").getAsString()).isEqualTo("TXT (16)");
    assertThat(strings(txt.getAsJsonArray("rdata"))).containsExactly("v=spf1 -all");
    assertThat(rrsets(vendor.get(RRSETS + "ANY/example.com."))).hasSize(2);
  }

  @Test
  void createReplaceAndDeleteRefuseWhatExistsOrIsMissing() {
    RawUltraDns vendor = startWithZone();
    String a = "{\"ttl\":300,\"rdata\":[\"192.0.2.1\"]}";
    post(vendor, "A", "www.example.com.", a);

    assertThat(send(vendor, "POST", "A", "www.example.com.", a).errorCode()).isEqualTo(2111);
    assertThat(send(vendor, "PUT", "A", "new.example.com.", a).errorCode()).isEqualTo(56001);
    assertThat(vendor.delete(RRSETS + "A/new.example.com.").errorCode()).isEqualTo(56001);
    assertThat(vendor.get(RRSETS + "A/new.example.com.").errorCode()).isEqualTo(56001);
    assertThat(send(vendor, "PUT", "A", "www.example.com.", a).status()).isEqualTo(200);
    assertThat(vendor.delete(RRSETS + "A/www.example.com.").status()).isEqualTo(204);
    assertThat(simulator().requests("POST /v1/zones/{zone}/rrsets/{type}/{owner}")).isEqualTo(2);
  }

  @Test
  void badInputIsRefused400With1000() {
    RawUltraDns vendor = startWithZone();

    assertThat(
            send(vendor, "POST", "A", "www.example.com.", "{\"ttl\":300,\"rdata\":[\"192.0.2\"]}")
                .errorCode())
        .isEqualTo(1000);
    assertThat(
            send(
                    vendor,
                    "POST",
                    "MX",
                    "www.example.com.",
                    "{\"ttl\":300,\"rdata\":[\"mail.example.com.\"]}")
                .errorCode())
        .isEqualTo(1000);
    assertThat(
            send(vendor, "POST", "LOC", "www.example.com.", "{\"ttl\":300,\"rdata\":[\"x\"]}")
                .errorCode())
        .isEqualTo(1000);
    assertThat(
            send(vendor, "POST", "A", "www.example.com.", "{\"ttl\":-1,\"rdata\":[\"192.0.2.1\"]}")
                .errorCode())
        .isEqualTo(1000);
    assertThat(send(vendor, "POST", "A", "www.example.com.", "{\"ttl\":300,").errorCode())
        .isEqualTo(1000);
    assertThat(
            send(vendor, "POST", "A", "www.other.com.", "{\"ttl\":300,\"rdata\":[\"192.0.2.1\"]}")
                .errorCode())
        .isEqualTo(1000);
  }

  @Test
  void aCnameBesideOtherDataIsRefused() {
    RawUltraDns vendor = startWithZone();
    post(vendor, "A", "www.example.com.", "{\"ttl\":300,\"rdata\":[\"192.0.2.1\"]}");
    post(vendor, "CNAME", "alias.example.com.", "{\"ttl\":300,\"rdata\":[\"www.example.com.\"]}");

    assertThat(
            send(
                    vendor,
                    "POST",
                    "CNAME",
                    "www.example.com.",
                    "{\"ttl\":300,\"rdata\":[\"target.example.\"]}")
                .errorCode())
        .isEqualTo(1000);
    assertThat(
            send(vendor, "POST", "TXT", "alias.example.com.", "{\"ttl\":300,\"rdata\":[\"x\"]}")
                .errorCode())
        .isEqualTo(1000);
  }

  @Test
  void theSoaIsReplacedKeepingTheServicesSerialAndTheApexStays() {
    RawUltraDns vendor = startWithZone();
    String serial = soaField(vendor, 2);

    RawUltraDns.Answer replaced =
        send(
            vendor,
            "PUT",
            "SOA",
            "example.com.",
            "{\"ttl\":3600,\"rdata\":[\"pdns1.ultradns.net. admin.example.com. 1 3600 600 604800 300\"]}");

    assertThat(replaced.status()).isEqualTo(200);
    assertThat(soaField(vendor, 1)).isEqualTo("admin.example.com.");
    assertThat(Long.parseLong(soaField(vendor, 2))).isEqualTo(Long.parseLong(serial) + 1);
    assertThat(vendor.delete(RRSETS + "SOA/example.com.").errorCode()).isEqualTo(1000);
    assertThat(vendor.delete(RRSETS + "NS/example.com.").errorCode()).isEqualTo(1000);
  }

  @Test
  void aDirectionalPoolWithACodeInTwoGroupsIsRefused2401() {
    RawUltraDns vendor = startWithZone();

    RawUltraDns.Answer refused =
        send(
            vendor,
            "POST",
            "A",
            "www.example.com.",
            PoolJson.dir(
                PoolJson.group("east", "192.0.2.1", "US-NY", "US-NJ"),
                PoolJson.group("north", "192.0.2.2", "US-NY")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo(2401);
  }

  @Test
  void aDirectionalPoolBreakingAnyOtherRuleIsRefused2401() {
    RawUltraDns vendor = startWithZone();
    List<String> broken =
        List.of(
            // a code in a group and in noResponse
            PoolJson.dirWithNoResponse("KP", PoolJson.group("asia", "192.0.2.1", "KP")),
            // one group name with two sets of codes
            PoolJson.dir(
                PoolJson.group("east", "192.0.2.1", "US-NY"),
                PoolJson.group("east", "192.0.2.2", "US-NJ")),
            // the rest served and also given no response
            PoolJson.dir(
                "GEO", "{\"allNonConfigured\":true}", PoolJson.allNonConfigured("192.0.2.1")),
            // an IP group with a range lacking its end
            PoolJson.dir(
                PoolJson.entry(
                    "{\"ipInfo\":{\"name\":\"office\",\"ips\":[{\"start\":\"10.0.0.1\"}]}}",
                    "192.0.2.1")),
            // conflicts resolved by something else than GEO or IP
            PoolJson.dir("ASN", null, PoolJson.group("europe", "192.0.2.1", "EUR")),
            // the canonical code EU, which is no code of UltraDNS's
            PoolJson.dir(PoolJson.group("europe", "192.0.2.1", "EU")),
            // rdata without its rdataInfo
            PoolJson.misaligned());

    for (String pool : broken) {
      assertThat(send(vendor, "POST", "A", "www.example.com.", pool).errorCode())
          .as(pool)
          .isEqualTo(2401);
    }
    assertThat(simulator().stateOf("example.com.")).doesNotContainKey("www.example.com. A");
  }

  @Test
  void aTrafficControllerWeightMustBeEvenFrom2To100() {
    RawUltraDns vendor = startWithZone();

    assertThat(send(vendor, "POST", "A", "www.example.com.", PoolJson.tc(3, 98)).errorCode())
        .isEqualTo(2401);
    assertThat(send(vendor, "POST", "A", "www.example.com.", PoolJson.tc(2, 102)).errorCode())
        .isEqualTo(2401);
    assertThat(
            send(
                    vendor,
                    "POST",
                    "A",
                    "www.example.com.",
                    PoolJson.tc(2, 98).replace("NORMAL", "UP"))
                .errorCode())
        .isEqualTo(2401);
    assertThat(send(vendor, "POST", "A", "www.example.com.", PoolJson.tc(2, 100)).status())
        .isEqualTo(201);
  }

  @Test
  void poolsOtherToolsWroteAreStoredUntouched() {
    RawUltraDns vendor = startWithZone();

    ForeignUltraDns.Seeded seeded = ForeignUltraDns.seed(vendor, "example.com.");

    var state = simulator().stateOf("example.com.");
    seeded
        .written()
        .forEach(
            (key, body) -> {
              JsonObject sent = JsonParser.parseString(body).getAsJsonObject();
              JsonObject stored = JsonParser.parseString(state.get(key)).getAsJsonObject();
              assertThat(stored.get("rdata")).as(key).isEqualTo(sent.get("rdata"));
              assertThat(stored.get("profile")).as(key).isEqualTo(sent.get("profile"));
            });
    assertThat(seeded.written()).hasSize(5);
  }

  @Test
  void aBatchAppliesEachRequestOnItsOwnAndAnswersEachStatus() {
    RawUltraDns vendor = startWithZone();
    String a = "{\"ttl\":300,\"rdata\":[\"192.0.2.1\"]}";
    String batch =
        "["
            + item("POST", "A/one.example.com.", a)
            + ","
            + item("PUT", "A/missing.example.com.", a)
            + ","
            + item("POST", "A/two.example.com.", a)
            + "]";

    RawUltraDns.Answer answer = vendor.send("POST", "/v1/batch", batch);

    assertThat(answer.status()).isEqualTo(207);
    JsonArray results = answer.json().getAsJsonArray();
    assertThat(results.asList().stream().map(r -> r.getAsJsonObject().get("status").getAsInt()))
        .containsExactly(201, 404, 201);
    assertThat(
            results
                .get(1)
                .getAsJsonObject()
                .getAsJsonArray("response")
                .get(0)
                .getAsJsonObject()
                .get("errorCode")
                .getAsInt())
        .isEqualTo(56001);
    assertThat(simulator().stateOf("example.com."))
        .containsKeys("one.example.com. A", "two.example.com. A");
    assertThat(simulator().requests("POST /v1/batch")).isEqualTo(1);
    assertThat(simulator().batchedRequestCounts())
        .containsEntry("POST /v1/zones/{zone}/rrsets/{type}/{owner}", 2)
        .containsEntry("PUT /v1/zones/{zone}/rrsets/{type}/{owner}", 1);
  }

  @Test
  void aBatchOfMoreThan100RequestsIsRefused() {
    RawUltraDns vendor = startWithZone();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      items.add(item("DELETE", "A/h" + i + ".example.com.", null));
    }

    RawUltraDns.Answer refused =
        vendor.send("POST", "/v1/batch", "[" + String.join(",", items) + "]");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo(1000);
  }

  @Test
  void throttledRequestsAnswer429WithRetryAfterAndAreCounted() {
    RawUltraDns vendor = startWithZone();
    simulator().resetCounts();
    simulator().throttleNext(2, 7);

    RawUltraDns.Answer throttled = vendor.get("/v1/zones/example.com.");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.retryAfter()).isEqualTo("7");
    assertThat(throttled.errorCode()).isEqualTo(429);
    assertThat(vendor.get("/v1/zones/example.com.").status()).isEqualTo(429);
    assertThat(vendor.get("/v1/zones/example.com.").status()).isEqualTo(200);
    assertThat(simulator().requests())
        .containsExactly("GET /v1/zones/{zone}", "GET /v1/zones/{zone}", "GET /v1/zones/{zone}");
  }

  static String item(String method, String typeAndOwner, String body) {
    return "{\"method\":\""
        + method
        + "\",\"uri\":\""
        + RRSETS
        + typeAndOwner
        + "\""
        + (body == null ? "" : ",\"body\":" + body)
        + "}";
  }

  static void post(RawUltraDns vendor, String type, String owner, String body) {
    RawUltraDns.Answer answer = send(vendor, "POST", type, owner, body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
  }

  static RawUltraDns.Answer send(
      RawUltraDns vendor, String method, String type, String owner, String body) {
    return vendor.send(method, RRSETS + type + "/" + owner, body);
  }

  static JsonArray rrsets(RawUltraDns.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getAsJsonObject().getAsJsonArray("rrSets");
  }

  static String owner(JsonElement rrset) {
    return rrset.getAsJsonObject().get("ownerName").getAsString();
  }

  static List<String> strings(JsonArray array) {
    return array.asList().stream().map(JsonElement::getAsString).toList();
  }

  static String refreshTokenOf(RawUltraDns.Answer grant) {
    return grant.json().getAsJsonObject().get("refreshToken").getAsString();
  }

  static String taskCode(RawUltraDns.Answer task) {
    return task.json().getAsJsonObject().get("code").getAsString();
  }

  static String soaField(RawUltraDns vendor, int field) {
    JsonObject soa = rrsets(vendor.get(RRSETS + "SOA/example.com.")).get(0).getAsJsonObject();
    return soa.getAsJsonArray("rdata").get(0).getAsString().split(" ")[field];
  }
}
