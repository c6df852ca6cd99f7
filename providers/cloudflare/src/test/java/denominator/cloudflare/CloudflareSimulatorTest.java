package denominator.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The simulator through raw OkHttp requests, the vendor's way with no provider code: every
 * behaviour of the wire page it serves and every refusal it answers.
 */
class CloudflareSimulatorTest {
  static final String TOKEN = "sim-token-for-tests";
  static final String EMAIL = "tests@example.com";
  static final String KEY = "sim-global-key-for-tests";
  static final String ACCOUNT = "a0000000000000000000000000000001";
  static final String ZONES = "/client/v4/zones";

  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime();
  String zoneId;

  RawCloudflare start(CloudflareSimulator.Builder builder) {
    server.setDispatcher(
        builder.apiToken(TOKEN).globalKey(EMAIL, KEY).accountId(ACCOUNT).clock(time).build());
    return RawCloudflare.withToken(server.url("/"), TOKEN);
  }

  RawCloudflare startWithZone(CloudflareSimulator.Builder builder) {
    RawCloudflare vendor = start(builder);
    zoneId = vendor.createZone("example.com", ACCOUNT);
    return vendor;
  }

  RawCloudflare startWithZone() {
    return startWithZone(CloudflareSimulator.builder());
  }

  CloudflareSimulator simulator() {
    return (CloudflareSimulator) server.getDispatcher();
  }

  String records() {
    return ZONES + "/" + zoneId + "/dns_records";
  }

  JsonObject create(RawCloudflare vendor, String json) {
    return vendor.createRecord(zoneId, json);
  }

  @Test
  void aTokenAndAGlobalKeyAreBothAccepted() {
    RawCloudflare byToken = start(CloudflareSimulator.builder());
    RawCloudflare byKey = RawCloudflare.withGlobalKey(server.url("/"), EMAIL, KEY);

    for (RawCloudflare vendor : List.of(byToken, byKey)) {
      RawCloudflare.Answer listed = vendor.get(ZONES);

      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.success()).isTrue();
      assertThat(listed.envelope().getAsJsonArray("errors")).isEmpty();
      assertThat(listed.envelope().getAsJsonArray("messages")).isEmpty();
      assertThat(listed.results()).isEmpty();
    }
  }

  @Test
  void missingUnknownAndMalformedCredentialsAreRefusedWithCloudflaresCodes() {
    start(CloudflareSimulator.builder());
    record Case(Map<String, String> headers, int status, int code, String message) {}
    List<Case> cases =
        List.of(
            new Case(Map.of(), 403, 10000, "Authentication error"),
            new Case(Map.of("Authorization", "Bearer other"), 403, 9109, "Invalid access token"),
            new Case(Map.of("Authorization", "Basic abc"), 400, 6003, "Invalid request headers"),
            new Case(
                Map.of("X-Auth-Email", EMAIL, "X-Auth-Key", "other"),
                403,
                9103,
                "Unknown X-Auth-Key or X-Auth-Email"),
            new Case(
                Map.of("X-Auth-Email", EMAIL), 403, 9103, "Unknown X-Auth-Key or X-Auth-Email"));

    for (Case refused : cases) {
      RawCloudflare.Answer answer =
          RawCloudflare.withHeaders(server.url("/"), refused.headers()).get(ZONES);

      assertThat(answer.status()).as(refused.toString()).isEqualTo(refused.status());
      assertThat(answer.success()).isFalse();
      assertThat(answer.envelope().get("result").isJsonNull()).isTrue();
      assertThat(answer.code()).isEqualTo(refused.code());
      assertThat(answer.message()).isEqualTo(refused.message());
    }
    JsonObject malformed =
        RawCloudflare.withHeaders(server.url("/"), Map.of("Authorization", "Basic abc"))
            .get(ZONES)
            .envelope()
            .getAsJsonArray("errors")
            .get(0)
            .getAsJsonObject();
    assertThat(
            malformed.getAsJsonArray("error_chain").get(0).getAsJsonObject().get("code").getAsInt())
        .isEqualTo(6111);
  }

  @Test
  void aZoneIsCreatedListedByExactNameAndDeleted() {
    RawCloudflare vendor = start(CloudflareSimulator.builder());

    RawCloudflare.Answer created =
        vendor.post(ZONES, "{\"name\":\"Example.com.\",\"account\":{\"id\":\"" + ACCOUNT + "\"}}");
    vendor.createZone("sub.example.com", ACCOUNT);

    JsonObject zone = created.result();
    String id = zone.get("id").getAsString();
    assertThat(id).matches("[0-9a-f]{32}");
    assertThat(zone.get("name").getAsString()).isEqualTo("example.com");
    assertThat(zone.get("status").getAsString()).isEqualTo("pending");
    assertThat(zone.get("type").getAsString()).isEqualTo("full");
    assertThat(zone.getAsJsonArray("name_servers"))
        .extracting(JsonElement::getAsString)
        .containsExactly("ada.ns.cloudflare.com", "bob.ns.cloudflare.com");
    assertThat(zone.getAsJsonObject("account").get("id").getAsString()).isEqualTo(ACCOUNT);
    RawCloudflare.Answer byName = vendor.get(ZONES + "?name=example.com");
    assertThat(byName.results()).hasSize(1);
    assertThat(byName.results().get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(id);
    assertThat(byName.resultInfo().get("total_count").getAsInt()).isEqualTo(1);
    assertThat(vendor.get(ZONES + "/" + id + "/dns_records").results())
        .as("a new zone has no records: SOA and apex NS are Cloudflare's own")
        .isEmpty();

    RawCloudflare.Answer deleted = vendor.delete(ZONES + "/" + id);
    assertThat(deleted.result().toString()).isEqualTo("{\"id\":\"" + id + "\"}");
    assertThat(vendor.get(ZONES + "?name=example.com").results()).isEmpty();
    RawCloudflare.Answer gone = vendor.get(ZONES + "/" + id);
    assertThat(gone.status()).isEqualTo(400);
    assertThat(gone.code()).isEqualTo(7003);
    assertThat(gone.message())
        .isEqualTo(
            "Could not route to /client/v4/zones/"
                + id
                + ", perhaps your object identifier is invalid?");
    assertThat(
            gone.envelope()
                .getAsJsonArray("errors")
                .get(1)
                .getAsJsonObject()
                .get("code")
                .getAsInt())
        .isEqualTo(7000);
  }

  @Test
  void aZoneCreateIsRefusedForAnExistingNameAnotherAccountOrABadName() {
    RawCloudflare vendor = start(CloudflareSimulator.builder());
    vendor.createZone("example.com", ACCOUNT);

    RawCloudflare.Answer again =
        vendor.post(ZONES, "{\"name\":\"example.com\",\"account\":{\"id\":\"" + ACCOUNT + "\"}}");
    RawCloudflare.Answer otherAccount =
        vendor.post(
            ZONES, "{\"name\":\"other.com\",\"account\":{\"id\":\"" + "b".repeat(32) + "\"}}");
    RawCloudflare.Answer noAccount = vendor.post(ZONES, "{\"name\":\"other.com\"}");
    RawCloudflare.Answer oneLabel =
        vendor.post(ZONES, "{\"name\":\"com\",\"account\":{\"id\":\"" + ACCOUNT + "\"}}");

    assertThat(again.status()).isEqualTo(400);
    assertThat(again.code()).isEqualTo(1061);
    assertThat(again.message()).isEqualTo("example.com already exists");
    assertThat(otherAccount.status()).isEqualTo(403);
    assertThat(otherAccount.code()).isEqualTo(9109);
    assertThat(noAccount.code()).isEqualTo(1004);
    assertThat(noAccount.message()).contains("account.id");
    assertThat(oneLabel.code()).isEqualTo(1004);
    assertThat(oneLabel.message()).contains("\"com\"");
  }

  @Test
  void theSoaLivesInDnsSettingsAndIsPatched() {
    RawCloudflare vendor = startWithZone();
    String settings = ZONES + "/" + zoneId + "/dns_settings";

    JsonObject before = vendor.get(settings).result().getAsJsonObject("soa");
    JsonObject after =
        vendor
            .patch(settings, "{\"soa\":{\"rname\":\"hostmaster.example.com.\",\"ttl\":600}}")
            .result()
            .getAsJsonObject("soa");

    assertThat(before.toString())
        .isEqualTo(
            "{\"mname\":null,\"rname\":\"dns.cloudflare.com\",\"refresh\":10000,\"retry\":2400,"
                + "\"expire\":604800,\"min_ttl\":1800,\"ttl\":3600}");
    assertThat(after.get("rname").getAsString()).isEqualTo("hostmaster.example.com");
    assertThat(after.get("ttl").getAsInt()).isEqualTo(600);
    assertThat(after.get("refresh").getAsInt()).isEqualTo(10000);
  }

  @Test
  void recordsArePagedOverThreePagesWithResultInfo() {
    RawCloudflare vendor = startWithZone(CloudflareSimulator.builder().recordPageSize(2));
    for (String name : List.of("e", "a", "c", "b", "d")) {
      create(vendor, "{\"name\":\"" + name + "\",\"type\":\"A\",\"content\":\"192.0.2.1\"}");
    }

    List<String> names = new ArrayList<>();
    List<String> infos = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      RawCloudflare.Answer answer = vendor.get(records() + "?page=" + page + "&per_page=100");
      answer.results().forEach(r -> names.add(r.getAsJsonObject().get("name").getAsString()));
      infos.add(answer.resultInfo().toString());
    }

    assertThat(names)
        .containsExactly(
            "a.example.com", "b.example.com", "c.example.com", "d.example.com", "e.example.com");
    assertThat(infos)
        .containsExactly(
            "{\"page\":1,\"per_page\":2,\"count\":2,\"total_count\":5,\"total_pages\":3}",
            "{\"page\":2,\"per_page\":2,\"count\":2,\"total_count\":5,\"total_pages\":3}",
            "{\"page\":3,\"per_page\":2,\"count\":1,\"total_count\":5,\"total_pages\":3}",
            "{\"page\":4,\"per_page\":2,\"count\":0,\"total_count\":5,\"total_pages\":3}");
  }

  @Test
  void zonesArePagedToo() {
    RawCloudflare vendor = start(CloudflareSimulator.builder().zonePageSize(2));
    for (String zone : List.of("c.example", "a.example", "b.example")) {
      vendor.createZone(zone, ACCOUNT);
    }

    RawCloudflare.Answer second = vendor.get(ZONES + "?page=2&per_page=50");

    assertThat(second.results()).hasSize(1);
    assertThat(second.results().get(0).getAsJsonObject().get("name").getAsString())
        .isEqualTo("c.example");
    assertThat(second.resultInfo().get("total_pages").getAsInt()).isEqualTo(2);
  }

  @Test
  void aListingFiltersByExactNameInEitherFormAndByType() {
    RawCloudflare vendor = startWithZone();
    create(vendor, "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\"}");
    create(
        vendor, "{\"name\":\"www.example.com\",\"type\":\"AAAA\",\"content\":\"2001:DB8:0::1\"}");
    create(vendor, "{\"name\":\"www2.example.com.\",\"type\":\"A\",\"content\":\"192.0.2.2\"}");

    assertThat(vendor.get(records() + "?name=www.example.com").results()).hasSize(2);
    assertThat(vendor.get(records() + "?name.exact=WWW.example.com&type=AAAA").results())
        .singleElement()
        .extracting(r -> r.getAsJsonObject().get("content").getAsString())
        .isEqualTo("2001:db8::1");
    assertThat(vendor.get(records() + "?name=ww.example.com").results()).isEmpty();
  }

  @Test
  void aRecordAnswersEveryFieldOfTheWirePage() {
    RawCloudflare vendor = startWithZone();

    JsonObject record =
        create(
            vendor,
            "{\"name\":\"www.example.com\",\"type\":\"A\",\"content\":\"192.0.2.1\",\"ttl\":300,"
                + "\"comment\":\"web\",\"tags\":[\"team:dns\",\"owner\"]}");

    assertThat(record.get("id").getAsString()).matches("[0-9a-f]{32}");
    assertThat(record.keySet())
        .containsExactly(
            "id",
            "zone_id",
            "zone_name",
            "name",
            "type",
            "content",
            "proxiable",
            "proxied",
            "ttl",
            "settings",
            "meta",
            "comment",
            "tags",
            "created_on",
            "modified_on");
    assertThat(record.get("zone_id").getAsString()).isEqualTo(zoneId);
    assertThat(record.get("proxiable").getAsBoolean()).isTrue();
    assertThat(record.get("proxied").getAsBoolean()).isFalse();
    assertThat(record.get("created_on").getAsString()).isEqualTo("2026-01-01T00:00:00.000000Z");
    assertThat(record.get("tags").toString()).isEqualTo("[\"team:dns\",\"owner\"]");
    JsonObject plain = create(vendor, "{\"name\":\"@\",\"type\":\"TXT\",\"content\":\"x\"}");
    assertThat(plain.get("name").getAsString()).isEqualTo("example.com");
    assertThat(plain.get("comment").isJsonNull()).isTrue();
    assertThat(plain.get("tags").toString()).isEqualTo("[]");
    assertThat(plain.get("ttl").getAsInt()).as("absent TTL is automatic").isEqualTo(1);
  }

  @Test
  void structuredTypesTakeDataAndAnswerContentInPresentationForm() {
    RawCloudflare vendor = startWithZone();

    JsonObject srv =
        create(
            vendor,
            "{\"name\":\"_sip._udp\",\"type\":\"SRV\",\"ttl\":300,\"data\":{\"priority\":10,"
                + "\"weight\":5,\"port\":5060,\"target\":\"sip.example.com.\"}}");
    JsonObject caa =
        create(
            vendor,
            "{\"name\":\"@\",\"type\":\"CAA\",\"content\":\"0 issue \\\"letsencrypt.org\\\"\"}");
    JsonObject mx =
        create(
            vendor,
            "{\"name\":\"@\",\"type\":\"MX\",\"content\":\"mx.example.com.\",\"priority\":10}");
    JsonObject uri =
        create(
            vendor,
            "{\"name\":\"_http._tcp\",\"type\":\"URI\",\"priority\":1,"
                + "\"data\":{\"weight\":5,\"target\":\"https://example.com/\"}}");
    JsonObject https =
        create(
            vendor,
            "{\"name\":\"svc\",\"type\":\"HTTPS\","
                + "\"data\":{\"priority\":1,\"target\":\".\",\"value\":\"alpn=\\\"h2\\\"\"}}");

    assertThat(srv.get("content").getAsString()).isEqualTo("5 5060 sip.example.com");
    assertThat(srv.get("priority").getAsInt()).isEqualTo(10);
    assertThat(srv.getAsJsonObject("data").get("target").getAsString())
        .isEqualTo("sip.example.com");
    assertThat(caa.getAsJsonObject("data").toString())
        .isEqualTo("{\"flags\":0,\"tag\":\"issue\",\"value\":\"letsencrypt.org\"}");
    assertThat(caa.get("content").getAsString()).isEqualTo("0 issue \"letsencrypt.org\"");
    assertThat(mx.get("content").getAsString()).isEqualTo("mx.example.com");
    assertThat(mx.get("priority").getAsInt()).isEqualTo(10);
    assertThat(uri.get("content").getAsString()).isEqualTo("5 \"https://example.com/\"");
    assertThat(https.get("content").getAsString()).isEqualTo("1 . alpn=\"h2\"");
    RawCloudflare.Answer noData =
        vendor.post(records(), "{\"name\":\"svc\",\"type\":\"HTTPS\",\"content\":\"1 . alpn=h2\"}");
    assertThat(noData.code()).isEqualTo(1004);
    assertThat(noData.message())
        .isEqualTo("DNS Validation Error: data is required for HTTPS records");
  }

  @Test
  void txtContentIsQuotedStringsAndALongRawStringIsSplit() {
    RawCloudflare vendor = startWithZone();
    String raw = "x".repeat(300);

    JsonObject split =
        create(vendor, "{\"name\":\"long\",\"type\":\"TXT\",\"content\":\"" + raw + "\"}");
    JsonObject quoted =
        create(vendor, "{\"name\":\"q\",\"type\":\"TXT\",\"content\":\"\\\"a;b\\\"  \\\"c\\\"\"}");
    RawCloudflare.Answer tooLong =
        vendor.post(
            records(), "{\"name\":\"bad\",\"type\":\"TXT\",\"content\":\"\\\"" + raw + "\\\"\"}");
    RawCloudflare.Answer unterminated =
        vendor.post(records(), "{\"name\":\"bad\",\"type\":\"TXT\",\"content\":\"\\\"open\"}");

    assertThat(split.get("content").getAsString())
        .isEqualTo("\"" + "x".repeat(255) + "\" \"" + "x".repeat(45) + "\"");
    assertThat(quoted.get("content").getAsString()).isEqualTo("\"a;b\" \"c\"");
    assertThat(tooLong.code()).isEqualTo(1004);
    assertThat(tooLong.message()).contains("longer than 255 bytes");
    assertThat(unterminated.message()).contains("'\"open'");
  }

  @Test
  void valuesTtlsAndProxyingAreCheckedNamingTheBadValue() {
    RawCloudflare vendor = startWithZone();

    JsonObject proxied =
        create(
            vendor,
            "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\",\"proxied\":true,\"ttl\":3600}");
    RawCloudflare.Answer badAddress =
        vendor.post(records(), "{\"name\":\"x\",\"type\":\"A\",\"content\":\"300.1.1.1\"}");
    RawCloudflare.Answer badTtl =
        vendor.post(
            records(), "{\"name\":\"x\",\"type\":\"A\",\"content\":\"192.0.2.1\",\"ttl\":5}");
    RawCloudflare.Answer proxiedTxt =
        vendor.post(
            records(), "{\"name\":\"x\",\"type\":\"TXT\",\"content\":\"t\",\"proxied\":true}");
    RawCloudflare.Answer outside =
        vendor.post(
            records(), "{\"name\":\"www.other.com.\",\"type\":\"A\",\"content\":\"192.0.2.1\"}");
    RawCloudflare.Answer soa =
        vendor.post(records(), "{\"name\":\"@\",\"type\":\"SOA\",\"content\":\"a b 1 2 3 4 5\"}");
    RawCloudflare.Answer badPort =
        vendor.post(
            records(),
            "{\"name\":\"_s._tcp\",\"type\":\"SRV\",\"data\":{\"priority\":1,\"weight\":1,"
                + "\"port\":70000,\"target\":\"t.example.com\"}}");

    assertThat(proxied.get("ttl").getAsInt())
        .as("a proxied record's TTL is automatic")
        .isEqualTo(1);
    assertThat(badAddress.status()).isEqualTo(400);
    assertThat(badAddress.message())
        .isEqualTo("DNS Validation Error: content \"300.1.1.1\" is not a valid IPv4 address");
    assertThat(badTtl.message())
        .isEqualTo("DNS Validation Error: ttl 5 must be 1 (automatic) or between 60 and 86400");
    assertThat(proxiedTxt.message())
        .isEqualTo("DNS Validation Error: TXT records cannot be proxied");
    assertThat(outside.message()).contains("\"www.other.com.\" is not in zone example.com");
    assertThat(soa.message()).isEqualTo("DNS Validation Error: unsupported record type: SOA");
    assertThat(badPort.message())
        .isEqualTo("DNS Validation Error: data.port 70000 is out of range 0..65535");
  }

  @Test
  void aCnameStandsAloneAndIdenticalRecordsAreRefused() {
    RawCloudflare vendor = startWithZone();
    create(vendor, "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\"}");
    create(vendor, "{\"name\":\"alias\",\"type\":\"CNAME\",\"content\":\"www.example.com\"}");

    RawCloudflare.Answer cnameBesideA =
        vendor.post(
            records(), "{\"name\":\"www\",\"type\":\"CNAME\",\"content\":\"x.example.net\"}");
    RawCloudflare.Answer txtBesideCname =
        vendor.post(records(), "{\"name\":\"alias\",\"type\":\"TXT\",\"content\":\"t\"}");
    RawCloudflare.Answer identical =
        vendor.post(
            records(), "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\",\"ttl\":600}");

    assertThat(cnameBesideA.code()).isEqualTo(81053);
    assertThat(cnameBesideA.message())
        .isEqualTo("An A, AAAA, or CNAME record with that host already exists.");
    assertThat(txtBesideCname.code()).isEqualTo(81054);
    assertThat(identical.code()).isEqualTo(81058);
    assertThat(identical.message()).isEqualTo("An identical record already exists.");
  }

  @Test
  void singleRecordEndpointsPatchOverwriteAndDelete() {
    RawCloudflare vendor = startWithZone();
    JsonObject record =
        create(
            vendor,
            "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\",\"ttl\":300,"
                + "\"comment\":\"keep\",\"tags\":[\"a:b\"]}");
    String path = records() + "/" + record.get("id").getAsString();

    JsonObject patched = vendor.patch(path, "{\"content\":\"192.0.2.2\"}").result();
    JsonObject overwritten =
        vendor.put(path, "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.3\"}").result();
    RawCloudflare.Answer retype =
        vendor.patch(path, "{\"type\":\"AAAA\",\"content\":\"2001:db8::1\"}");
    RawCloudflare.Answer deleted = vendor.delete(path);
    RawCloudflare.Answer again = vendor.delete(path);
    RawCloudflare.Answer illFormed = vendor.get(records() + "/not-an-id");

    assertThat(patched.get("id")).isEqualTo(record.get("id"));
    assertThat(patched.get("content").getAsString()).isEqualTo("192.0.2.2");
    assertThat(patched.get("comment").getAsString()).isEqualTo("keep");
    assertThat(patched.get("ttl").getAsInt()).isEqualTo(300);
    assertThat(overwritten.get("comment").isJsonNull()).isTrue();
    assertThat(overwritten.get("tags").toString()).isEqualTo("[]");
    assertThat(overwritten.get("ttl").getAsInt()).isEqualTo(1);
    assertThat(retype.code()).isEqualTo(1004);
    assertThat(deleted.result().get("id")).isEqualTo(record.get("id"));
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.code()).isEqualTo(81044);
    assertThat(again.message()).isEqualTo("Record does not exist.");
    assertThat(illFormed.status()).isEqualTo(400);
    assertThat(illFormed.code()).isEqualTo(7003);
  }

  @Test
  void aBatchRunsDeletesPatchesPutsThenPostsAndAnswersEachList() {
    RawCloudflare vendor = startWithZone();
    String a =
        create(vendor, "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\"}")
            .get("id")
            .getAsString();
    String mx =
        create(
                vendor,
                "{\"name\":\"@\",\"type\":\"MX\",\"content\":\"mx.example.com\",\"priority\":10}")
            .get("id")
            .getAsString();
    String txt =
        create(vendor, "{\"name\":\"t\",\"type\":\"TXT\",\"content\":\"old\"}")
            .get("id")
            .getAsString();

    // the post re-creates what the delete removes: it succeeds only because deletes run first
    RawCloudflare.Answer batch =
        vendor.post(
            records() + "/batch",
            "{\"posts\":[{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\",\"proxied\":true}],"
                + "\"puts\":[{\"id\":\""
                + txt
                + "\",\"name\":\"t\",\"type\":\"TXT\",\"content\":\"\\\"new\\\"\"}],"
                + "\"patches\":[{\"id\":\""
                + mx
                + "\",\"ttl\":300}],"
                + "\"deletes\":[{\"id\":\""
                + a
                + "\"}]}");

    assertThat(batch.status()).as(batch.body()).isEqualTo(200);
    JsonObject result = batch.result();
    assertThat(result.keySet()).containsExactly("deletes", "patches", "puts", "posts");
    assertThat(id(result.getAsJsonArray("deletes"))).isEqualTo(a);
    assertThat(result.getAsJsonArray("patches").get(0).getAsJsonObject().get("ttl").getAsInt())
        .isEqualTo(300);
    assertThat(result.getAsJsonArray("puts").get(0).getAsJsonObject().get("content").getAsString())
        .isEqualTo("\"new\"");
    String posted = id(result.getAsJsonArray("posts"));
    assertThat(posted).isNotEqualTo(a);
    assertThat(simulator().records("example.com", "www.example.com", "A"))
        .singleElement()
        .satisfies(r -> assertThat(r.get("proxied").getAsBoolean()).isTrue());
    assertThat(simulator().requests())
        .contains("POST /client/v4/zones/{zone_id}/dns_records/batch");
  }

  @Test
  void aRefusedBatchChangesNothingAndNamesTheFailingOperation() {
    RawCloudflare vendor = startWithZone();
    String a =
        create(vendor, "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\"}")
            .get("id")
            .getAsString();
    create(vendor, "{\"name\":\"mail\",\"type\":\"A\",\"content\":\"192.0.2.9\"}");
    Map<String, String> before = simulator().stateOf("example.com");

    RawCloudflare.Answer refused =
        vendor.post(
            records() + "/batch",
            "{\"deletes\":[{\"id\":\""
                + a
                + "\"}],"
                + "\"posts\":[{\"name\":\"new\",\"type\":\"A\",\"content\":\"192.0.2.5\"},"
                + "{\"name\":\"mail\",\"type\":\"CNAME\",\"content\":\"x.example.net\"}]}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo(81053);
    assertThat(refused.message())
        .isEqualTo("posts[1]: An A, AAAA, or CNAME record with that host already exists.");
    assertThat(refused.envelope().getAsJsonArray("errors")).hasSize(1);
    assertThat(
            refused
                .envelope()
                .getAsJsonArray("errors")
                .get(0)
                .getAsJsonObject()
                .get("source")
                .toString())
        .isEqualTo("{\"pointer\":\"/posts/1\"}");
    assertThat(simulator().stateOf("example.com")).isEqualTo(before);
  }

  @Test
  void unknownIdsMalformedBodiesAndUnknownRoutesAreRefused() {
    RawCloudflare vendor = startWithZone();
    String missing = "f".repeat(32);

    RawCloudflare.Answer unknownRecord = vendor.get(records() + "/" + missing);
    RawCloudflare.Answer batchDelete =
        vendor.post(records() + "/batch", "{\"deletes\":[{\"id\":\"" + missing + "\"}]}");
    RawCloudflare.Answer malformed = vendor.post(records(), "{\"name\":");
    RawCloudflare.Answer notAnObject = vendor.post(records(), "[1]");
    RawCloudflare.Answer unknownZone = vendor.get(ZONES + "/" + missing + "/dns_records");
    RawCloudflare.Answer unknownRoute = vendor.get("/client/v4/user/tokens/verify");

    assertThat(unknownRecord.status()).isEqualTo(404);
    assertThat(unknownRecord.code()).isEqualTo(81044);
    assertThat(batchDelete.status())
        .as("a batch refuses with 400 whatever the cause")
        .isEqualTo(400);
    assertThat(batchDelete.code()).isEqualTo(81044);
    assertThat(batchDelete.message()).isEqualTo("deletes[0]: Record does not exist.");
    assertThat(malformed.code()).isEqualTo(1004);
    assertThat(malformed.message()).startsWith("DNS Validation Error: malformed request");
    assertThat(notAnObject.message())
        .isEqualTo("DNS Validation Error: the request body [1] is not a JSON object");
    assertThat(unknownZone.code()).isEqualTo(7003);
    assertThat(unknownZone.message()).contains("/client/v4/zones/" + missing + "/dns_records");
    assertThat(unknownRoute.code()).isEqualTo(7003);
  }

  @Test
  void aBatchOverTheLimitIsRefusedBeforeAnythingRuns() {
    RawCloudflare vendor = startWithZone(CloudflareSimulator.builder().batchLimit(2));
    String a =
        create(vendor, "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\"}")
            .get("id")
            .getAsString();
    Map<String, String> before = simulator().stateOf("example.com");

    RawCloudflare.Answer refused =
        vendor.post(
            records() + "/batch",
            "{\"deletes\":[{\"id\":\""
                + a
                + "\"}],\"posts\":["
                + "{\"name\":\"b\",\"type\":\"A\",\"content\":\"192.0.2.2\"},"
                + "{\"name\":\"c\",\"type\":\"A\",\"content\":\"192.0.2.3\"}]}");
    RawCloudflare.Answer atTheLimit =
        vendor.post(
            records() + "/batch",
            "{\"posts\":[{\"name\":\"b\",\"type\":\"A\",\"content\":\"192.0.2.2\"},"
                + "{\"name\":\"c\",\"type\":\"A\",\"content\":\"192.0.2.3\"}]}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo(81045);
    assertThat(refused.message()).isEqualTo("Batch of 3 records exceeds the limit of 2.");
    assertThat(atTheLimit.status()).isEqualTo(200);
    assertThat(atTheLimit.result().getAsJsonArray("deletes")).isEmpty();
    assertThat(simulator().stateOf("example.com")).containsAllEntriesOf(before).hasSize(3);
  }

  @Test
  void anEmptyBucketAnswers429WithRetryAfterUntilTimeBringsATokenBack() {
    RawCloudflare vendor =
        start(CloudflareSimulator.builder().rateLimit(2, Duration.ofSeconds(10)));
    RawCloudflare stranger = RawCloudflare.withHeaders(server.url("/"), Map.of());

    assertThat(vendor.get(ZONES).status()).isEqualTo(200);
    assertThat(stranger.get(ZONES).status()).as("another bucket").isEqualTo(403);
    assertThat(vendor.get(ZONES).status()).isEqualTo(200);
    RawCloudflare.Answer throttled = vendor.get(ZONES);
    time.sleep(Duration.ofSeconds(4));
    RawCloudflare.Answer stillThrottled = vendor.get(ZONES);
    time.sleep(Duration.ofSeconds(1));
    RawCloudflare.Answer back = vendor.get(ZONES);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.retryAfter()).isEqualTo("5");
    assertThat(throttled.code()).isEqualTo(971);
    assertThat(throttled.message()).startsWith("More than 1200 requests per 300 seconds reached.");
    assertThat(stillThrottled.retryAfter()).isEqualTo("1");
    assertThat(back.status()).isEqualTo(200);
    assertThat(simulator().throttled()).isEqualTo(2);
  }

  @Test
  void throttleNextAnswers429WhateverTheBucketHoldsAndCountersCountIt() {
    RawCloudflare vendor = startWithZone();
    simulator().resetCounts();
    simulator().throttleNext(1);

    RawCloudflare.Answer throttled = vendor.get(records());
    RawCloudflare.Answer served = vendor.get(records());

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.retryAfter()).isEqualTo("1");
    assertThat(served.status()).isEqualTo(200);
    assertThat(simulator().requests())
        .containsExactly(
            "GET /client/v4/zones/{zone_id}/dns_records",
            "GET /client/v4/zones/{zone_id}/dns_records");
    assertThat(simulator().requestCounts())
        .isEqualTo(Map.of("GET /client/v4/zones/{zone_id}/dns_records", 2));
    assertThat(simulator().throttled()).isEqualTo(1);
  }

  @Test
  void stateOfKeysEachRecordByNameTypeContentAndId() {
    RawCloudflare vendor = startWithZone();
    JsonObject record =
        create(vendor, "{\"name\":\"www\",\"type\":\"A\",\"content\":\"192.0.2.1\"}");

    Map<String, String> state = simulator().stateOf("example.com.");

    assertThat(state)
        .containsOnlyKeys("www.example.com A 192.0.2.1 #" + record.get("id").getAsString());
    assertThat(state.values()).containsExactly(record.toString());
  }

  @Test
  void foreignSeedingWritesProxiedCommentedTaggedAndTwoStringRecords() {
    RawCloudflare vendor = startWithZone();

    ForeignCloudflare.Seeded seeded = ForeignCloudflare.seed(vendor, "example.com", zoneId);

    assertThat(simulator().stateOf("example.com")).containsOnlyKeys(seeded.written().keySet());
    assertThat(simulator().records("example.com", "www.example.com", "A"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.get("proxied").getAsBoolean()).isTrue());
    assertThat(simulator().records("example.com", "mixed.example.com", "A"))
        .extracting(r -> r.get("comment").getAsString())
        .containsExactlyInAnyOrder("primary", "backup");
    assertThat(
            simulator()
                .records("example.com", "tagged.example.com", "AAAA")
                .get(0)
                .get("tags")
                .toString())
        .isEqualTo("[\"team:web\",\"env:prod\"]");
    assertThat(
            simulator()
                .records("example.com", "long.example.com", "TXT")
                .get(0)
                .get("content")
                .getAsString())
        .isEqualTo("\"" + "a".repeat(200) + "\" \"" + "b".repeat(100) + "\"");
    assertThat(
            simulator()
                .records("example.com", "auto.example.com", "CNAME")
                .get(0)
                .get("ttl")
                .getAsInt())
        .isEqualTo(1);
  }

  private static String id(JsonArray records) {
    return records.get(0).getAsJsonObject().get("id").getAsString();
  }
}
