package denominator.designate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The simulator through raw OkHttp requests, the vendor's way with no provider code: every
 * behaviour of the wire page it serves and every refusal it answers.
 */
class DesignateSimulatorTest {
  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime(Instant.parse("2026-12-03T22:19:00Z"));

  RawDesignate start(DesignateSimulator.Builder builder) {
    server.setDispatcher(builder.clock(time).build());
    return new RawDesignate(server.url("/"));
  }

  /** The id of {@code example.com.} once {@link #startWithZone} made it. */
  String zoneId;

  /** Logged in, with {@code example.com.} created and its propagation due. */
  RawDesignate startWithZone(DesignateSimulator.Builder builder) {
    RawDesignate vendor = start(builder).login();
    zoneId = vendor.createZone("example.com.");
    time.sleep(Duration.ofSeconds(1));
    return vendor;
  }

  DesignateSimulator simulator() {
    return (DesignateSimulator) server.getDispatcher();
  }

  String recordsets() {
    return "/v2/zones/" + zoneId + "/recordsets";
  }

  static String set(String name, String type, String records) {
    return "{\"name\":\""
        + name
        + "\",\"type\":\""
        + type
        + "\",\"ttl\":300,\"records\":"
        + records
        + "}";
  }

  String identity() {
    return "Keystone uri=\"" + server.url("/identity") + "\"";
  }

  @Test
  void aPasswordIssuesAProjectScopedTokenWhoseCatalogPointsBackAtTheServer() {
    RawDesignate vendor = start(DesignateSimulator.builder());

    RawDesignate.Answer issued =
        vendor.authenticate(RawDesignate.password("demo", "s3cret", "demo"));

    assertThat(issued.status()).isEqualTo(201);
    assertThat(issued.header("X-Subject-Token")).matches("gAAAAA[A-Za-z0-9_-]{80}");
    JsonObject token = issued.object().getAsJsonObject("token");
    assertThat(token.get("methods").toString()).isEqualTo("[\"password\"]");
    assertThat(token.get("issued_at").getAsString()).isEqualTo("2026-12-03T22:19:00.000000Z");
    assertThat(token.get("expires_at").getAsString()).isEqualTo("2026-12-03T23:19:00.000000Z");
    assertThat(token.getAsJsonObject("project").get("name").getAsString()).isEqualTo("demo");
    assertThat(token.getAsJsonObject("project").get("id").getAsString()).matches("[0-9a-f]{32}");
    assertThat(token.getAsJsonObject("user").get("name").getAsString()).isEqualTo("demo");
    assertThat(token.get("audit_ids").getAsJsonArray().get(0).getAsString()).hasSize(22);
    JsonArray catalog = token.getAsJsonArray("catalog");
    JsonObject dns = catalog.get(0).getAsJsonObject();
    assertThat(dns.get("type").getAsString()).isEqualTo("dns");
    assertThat(endpoints(dns))
        .containsExactly(
            "public RegionOne " + server.url("/dns"),
            "internal RegionOne " + server.url("/dns"),
            "public RegionTwo " + server.url("/r2/dns"));
    assertThat(endpoints(catalog.get(1).getAsJsonObject()))
        .containsExactly("public RegionOne " + server.url("/identity"));
    assertThat(vendor.get("/v2/zones").status()).isEqualTo(200);
  }

  static List<String> endpoints(JsonObject service) {
    List<String> endpoints = new ArrayList<>();
    for (JsonElement element : service.getAsJsonArray("endpoints")) {
      JsonObject endpoint = element.getAsJsonObject();
      assertThat(endpoint.get("region").getAsString())
          .isEqualTo(endpoint.get("region_id").getAsString());
      endpoints.add(
          endpoint.get("interface").getAsString()
              + " "
              + endpoint.get("region_id").getAsString()
              + " "
              + endpoint.get("url").getAsString());
    }
    return endpoints;
  }

  @Test
  void anApplicationCredentialIssuesATokenOfItsOwnMethodWithoutAScope() {
    RawDesignate vendor = start(DesignateSimulator.builder().applicationCredential("ac9", "pw9"));

    RawDesignate.Answer issued =
        vendor.authenticate(RawDesignate.applicationCredential("ac9", "pw9"));

    assertThat(issued.status()).isEqualTo(201);
    JsonObject token = issued.object().getAsJsonObject("token");
    assertThat(token.get("methods").toString()).isEqualTo("[\"application_credential\"]");
    assertThat(token.getAsJsonObject("application_credential").get("id").getAsString())
        .isEqualTo("ac9");
    assertThat(token.getAsJsonObject("project").get("name").getAsString()).isEqualTo("demo");
    assertThat(vendor.get("/v2/zones").status()).isEqualTo(200);
    String scoped =
        "{\"auth\":{\"identity\":{\"methods\":[\"application_credential\"],"
            + "\"application_credential\":{\"id\":\"ac9\",\"secret\":\"pw9\"}},"
            + "\"scope\":{\"project\":{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"}}}}}";
    assertThat(vendor.authenticate(scoped).status()).isEqualTo(401);
  }

  @Test
  void aBadSecretPasswordOrUserIsRefused401WithoutSayingWhich() {
    RawDesignate vendor = start(DesignateSimulator.builder());

    for (String body :
        List.of(
            RawDesignate.applicationCredential("ac1", "bad"),
            RawDesignate.applicationCredential("nobody", "ac1-s3cret"),
            RawDesignate.password("demo", "wrong", "demo"),
            RawDesignate.password("stranger", "s3cret", "demo"),
            RawDesignate.password("demo", "s3cret", "elsewhere"))) {
      RawDesignate.Answer refused = vendor.authenticate(body);

      assertThat(refused.status()).as(body).isEqualTo(401);
      assertThat(refused.header("X-Subject-Token")).isNull();
      assertThat(refused.header("WWW-Authenticate")).isEqualTo(identity());
      assertThat(refused.body())
          .isEqualTo(
              "{\"error\":{\"code\":401,\"message\":\"The request you have made requires"
                  + " authentication.\",\"title\":\"Unauthorized\"}}");
    }
    RawDesignate.Answer malformed = vendor.authenticate("{\"auth\":{}}");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.object().getAsJsonObject("error").get("title").getAsString())
        .isEqualTo("Bad Request");
  }

  @Test
  void aMissingUnknownOrExpiredTokenIsRefused401AtDesignate() {
    RawDesignate vendor = start(DesignateSimulator.builder().tokenLifetime(Duration.ofMinutes(5)));
    vendor.login();
    String token = vendor.token();

    for (String bad : new String[] {null, "gAAAAAnot-issued"}) {
      RawDesignate.Answer refused = vendor.useToken(bad).get("/v2/zones");
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.header("WWW-Authenticate")).isEqualTo(identity());
      assertThat(refused.object().getAsJsonObject("error").get("title").getAsString())
          .isEqualTo("Unauthorized");
    }
    vendor.useToken(token);
    time.sleep(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(vendor.get("/v2/zones").status()).isEqualTo(200);
    time.sleep(Duration.ofSeconds(1));
    assertThat(vendor.get("/v2/zones").status()).isEqualTo(401);

    vendor.login();
    assertThat(vendor.get("/v2/zones").status()).isEqualTo(200);
    simulator().expireAllTokens();
    assertThat(vendor.get("/v2/zones").status()).isEqualTo(401);
  }

  @Test
  void regionTwoServesTheSameStateUnderItsOwnPath() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    RawDesignate regionTwo = new RawDesignate(server.url("/"), "/r2/dns").useToken(vendor.token());

    RawDesignate.Answer zones = regionTwo.get("/v2/zones");

    assertThat(zones.object().getAsJsonArray("zones")).hasSize(1);
    assertThat(zone(zones).getAsJsonObject("links").get("self").getAsString())
        .isEqualTo(server.url("/r2/dns/v2/zones/" + zoneId).toString());
    assertThat(simulator().requests())
        .containsExactly(
            "POST /identity/v3/auth/tokens", "POST /dns/v2/zones", "GET /r2/dns/v2/zones");
  }

  static JsonObject zone(RawDesignate.Answer list) {
    return list.object().getAsJsonArray("zones").get(0).getAsJsonObject();
  }

  @Test
  void aZoneIsCreatedPendingAndTurnsActiveWhenTheDelayHasPassedOnTheClock() {
    RawDesignate vendor = start(DesignateSimulator.builder()).login();

    RawDesignate.Answer created =
        vendor.post(
            "/v2/zones",
            "{\"name\":\"example.com.\",\"email\":\"hostmaster@example.com\",\"ttl\":3600}");

    assertThat(created.status()).isEqualTo(202);
    JsonObject zone = created.object();
    String id = zone.get("id").getAsString();
    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(created.header("Location")).isEqualTo(server.url("/dns/v2/zones/" + id).toString());
    assertThat(zone.getAsJsonObject("links").get("self").getAsString())
        .isEqualTo(created.header("Location"));
    assertThat(created.header("X-Openstack-Request-Id")).matches("req-[0-9a-f-]{36}");
    assertThat(zone.get("status").getAsString()).isEqualTo("PENDING");
    assertThat(zone.get("action").getAsString()).isEqualTo("CREATE");
    assertThat(zone.get("serial").getAsLong()).isEqualTo(time.instant().getEpochSecond());
    assertThat(zone.get("created_at").getAsString()).startsWith("2026-12-03T22:19:00.");
    assertThat(zone.get("updated_at").isJsonNull()).isTrue();
    assertThat(zone.keySet())
        .containsExactly(
            "id",
            "pool_id",
            "project_id",
            "name",
            "email",
            "description",
            "ttl",
            "serial",
            "status",
            "action",
            "version",
            "attributes",
            "type",
            "masters",
            "created_at",
            "updated_at",
            "transferred_at",
            "links");

    time.sleep(Duration.ofMillis(999));
    assertThat(vendor.get("/v2/zones/" + id).string("status")).isEqualTo("PENDING");
    time.sleep(Duration.ofMillis(1));
    JsonObject active = vendor.get("/v2/zones/" + id).object();
    assertThat(active.get("status").getAsString()).isEqualTo("ACTIVE");
    assertThat(active.get("action").getAsString()).isEqualTo("NONE");
    JsonArray sets =
        vendor.get("/v2/zones/" + id + "/recordsets").object().getAsJsonArray("recordsets");
    assertThat(sets).hasSize(2);
    JsonObject soa = sets.get(0).getAsJsonObject();
    assertThat(soa.get("type").getAsString()).isEqualTo("SOA");
    assertThat(soa.get("ttl").isJsonNull()).isTrue();
    assertThat(soa.get("records").toString())
        .isEqualTo(
            "[\"ns1.example.org. hostmaster.example.com. "
                + zone.get("serial").getAsLong()
                + " 3600 600 86400 3600\"]");
    JsonObject ns = sets.get(1).getAsJsonObject();
    assertThat(ns.get("records").toString())
        .isEqualTo("[\"ns1.example.org.\",\"ns2.example.org.\"]");
    assertThat(ns.get("status").getAsString()).isEqualTo("ACTIVE");
  }

  @Test
  void aZoneCreateIsRefusedWithDesignatesErrors() {
    RawDesignate vendor = start(DesignateSimulator.builder().maxZones(1)).login();

    RawDesignate.Answer noEmail = vendor.post("/v2/zones", "{\"name\":\"example.com.\"}");
    assertThat(noEmail.status()).isEqualTo(400);
    assertThat(noEmail.type()).isEqualTo("invalid_object");
    assertThat(noEmail.object().getAsJsonObject("errors").toString())
        .contains("\"path\":[\"type\"]", "'email' is a required property");
    RawDesignate.Answer noDot =
        vendor.post("/v2/zones", "{\"name\":\"example.com\",\"email\":\"h@example.com\"}");
    assertThat(noDot.message())
        .isEqualTo(
            "Provided object is not valid. Got a ValueError error with message Domain example.com"
                + " does not end with a dot");
    RawDesignate.Answer oneLabel =
        vendor.post("/v2/zones", "{\"name\":\"com.\",\"email\":\"h@example.com\"}");
    assertThat(oneLabel.type()).isEqualTo("invalid_zone_name");
    assertThat(oneLabel.message()).isEqualTo("More than one label is required");
    vendor.createZone("example.com.");
    RawDesignate.Answer duplicate =
        vendor.post("/v2/zones", "{\"name\":\"EXAMPLE.com.\",\"email\":\"h@example.com\"}");
    assertThat(duplicate.status()).isEqualTo(413);
    assertThat(duplicate.message()).isEqualTo("Quota exceeded for zones.");
    assertThat(duplicate.object().get("request_id").getAsString())
        .isEqualTo(duplicate.header("X-Openstack-Request-Id"));
  }

  @Test
  void aDuplicateZoneIsRefused409AndAZoneOfAnotherProjectIsNotFound() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder().otherProject("ops"));

    RawDesignate.Answer duplicate =
        vendor.post("/v2/zones", "{\"name\":\"example.com.\",\"email\":\"h@example.com\"}");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.type()).isEqualTo("duplicate_zone");
    assertThat(duplicate.message()).isEqualTo("Duplicate Zone");

    RawDesignate ops = new RawDesignate(server.url("/"));
    ops.authenticate(RawDesignate.password("demo", "s3cret", "ops"));
    assertThat(ops.get("/v2/zones").object().getAsJsonArray("zones")).isEmpty();
    RawDesignate.Answer hidden = ops.get("/v2/zones/" + zoneId);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.type()).isEqualTo("zone_not_found");
    RawDesignate.Answer child =
        ops.post("/v2/zones", "{\"name\":\"sub.example.com.\",\"email\":\"h@example.com\"}");
    assertThat(child.status()).isEqualTo(403);
    assertThat(child.type()).isEqualTo("illegal_child");
    RawDesignate.Answer notUuid = vendor.get("/v2/zones/example.com.");
    assertThat(notUuid.status()).isEqualTo(404);
    assertThat(notUuid.type()).isEqualTo("not_found");
    assertThat(notUuid.object().has("message")).isFalse();
  }

  @Test
  void aZonePatchSetsItsFieldsMovesTheSerialAndRewritesTheSoa() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    long serial = vendor.get("/v2/zones/" + zoneId).object().get("serial").getAsLong();

    RawDesignate.Answer patched =
        vendor.patch(
            "/v2/zones/" + zoneId,
            "{\"email\":\"dns@example.com\",\"ttl\":600,\"description\":\"patched\"}");

    assertThat(patched.status()).isEqualTo(202);
    assertThat(patched.string("status")).isEqualTo("PENDING");
    assertThat(patched.string("action")).isEqualTo("UPDATE");
    assertThat(patched.object().get("ttl").getAsInt()).isEqualTo(600);
    assertThat(patched.string("description")).isEqualTo("patched");
    assertThat(patched.object().get("serial").getAsLong()).isEqualTo(serial + 1);
    JsonObject soa =
        vendor
            .get(recordsets() + "?type=SOA")
            .object()
            .getAsJsonArray("recordsets")
            .get(0)
            .getAsJsonObject();
    assertThat(soa.get("records").getAsJsonArray().get(0).getAsString())
        .isEqualTo("ns1.example.org. dns.example.com. " + (serial + 1) + " 3600 600 86400 3600");
    assertThat(vendor.patch("/v2/zones/" + zoneId, "{\"ttl\":-1}").message())
        .isEqualTo(
            "Provided object is not valid. Got a ValueError error with message Value must be >= 0"
                + " for field ttl");
    assertThat(vendor.patch("/v2/zones/" + zoneId, "{\"ttl\":2147483648}").message())
        .endsWith("Value too high for ttl");
    assertThat(
            vendor
                .patch("/v2/zones/" + zoneId, "{\"description\":\"" + "d".repeat(161) + "\"}")
                .message())
        .endsWith("Value too long for description");
    assertThat(vendor.patch("/v2/zones/" + zoneId, "").type()).isEqualTo("empty_request_body");
    assertThat(vendor.patch("/v2/zones/" + zoneId, "{").type()).isEqualTo("invalid_json");
  }

  @Test
  void zonesAreFoundByNameAndTheLimitsAreAnswered() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    vendor.createZone("example.net.");

    assertThat(zone(vendor.get("/v2/zones?name=example.net.")).get("name").getAsString())
        .isEqualTo("example.net.");
    assertThat(vendor.get("/v2/zones?name=example.org.").object().getAsJsonArray("zones"))
        .isEmpty();
    assertThat(vendor.get("/v2/zones?status=PENDING").object().getAsJsonArray("zones")).hasSize(1);
    assertThat(vendor.get("/v2/limits").body())
        .isEqualTo(
            "{\"max_zones\":10,\"max_zone_recordsets\":500,\"max_zone_records\":500,"
                + "\"max_recordset_records\":20,\"min_ttl\":null,\"max_zone_name_length\":255,"
                + "\"max_recordset_name_length\":255,\"max_page_limit\":1000}");
  }

  @Test
  void aPasswordMayScopeByProjectIdAndAnUnscopedRequestIsRefused() {
    RawDesignate vendor = start(DesignateSimulator.builder());
    String projectId =
        vendor
            .authenticate(RawDesignate.password("demo", "s3cret", "demo"))
            .object()
            .getAsJsonObject("token")
            .getAsJsonObject("project")
            .get("id")
            .getAsString();
    String byId =
        "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":"
            + "{\"name\":\"demo\",\"domain\":{\"id\":\"default\"},\"password\":\"s3cret\"}}},"
            + "\"scope\":{\"project\":{\"id\":\"%s\"}}}}";

    assertThat(vendor.authenticate(byId.formatted(projectId)).status()).isEqualTo(201);
    assertThat(vendor.authenticate(byId.formatted("0".repeat(32))).status()).isEqualTo(401);
    String unscoped = byId.formatted(projectId).replaceAll(",\"scope\".*$", "}}");
    assertThat(vendor.authenticate(unscoped).status()).isEqualTo(401);
  }

  @Test
  void aRecordSetIsCreatedReadUpdatedAndDeletedEachWriteMovingTheZone() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    long serial = vendor.get("/v2/zones/" + zoneId).object().get("serial").getAsLong();

    RawDesignate.Answer created =
        vendor.post(recordsets(), set("www.example.com.", "A", "[\"192.0.2.1\",\"192.0.2.2\"]"));

    assertThat(created.status()).isEqualTo(202);
    JsonObject set = created.object();
    String path = recordsets() + "/" + set.get("id").getAsString();
    assertThat(created.header("Location")).isEqualTo(server.url("/dns" + path).toString());
    assertThat(set.keySet())
        .containsExactly(
            "id",
            "zone_id",
            "project_id",
            "name",
            "zone_name",
            "type",
            "records",
            "description",
            "ttl",
            "status",
            "action",
            "version",
            "created_at",
            "updated_at",
            "links");
    assertThat(set.get("status").getAsString()).isEqualTo("PENDING");
    assertThat(set.get("action").getAsString()).isEqualTo("CREATE");
    assertThat(set.get("zone_name").getAsString()).isEqualTo("example.com.");
    JsonObject zone = vendor.get("/v2/zones/" + zoneId).object();
    assertThat(zone.get("status").getAsString()).isEqualTo("PENDING");
    assertThat(zone.get("action").getAsString()).isEqualTo("UPDATE");
    assertThat(zone.get("serial").getAsLong()).isEqualTo(serial + 1);

    time.sleep(Duration.ofSeconds(1));
    JsonObject read = vendor.get(path).object();
    assertThat(read.get("status").getAsString()).isEqualTo("ACTIVE");
    assertThat(read.get("records").toString()).isEqualTo("[\"192.0.2.1\",\"192.0.2.2\"]");

    RawDesignate.Answer updated = vendor.put(path, "{\"records\":[\"192.0.2.3\"],\"ttl\":60}");
    assertThat(updated.status()).isEqualTo(202);
    assertThat(updated.string("action")).isEqualTo("UPDATE");
    assertThat(updated.string("status")).isEqualTo("PENDING");
    assertThat(updated.object().get("ttl").getAsInt()).isEqualTo(60);
    assertThat(updated.object().get("updated_at").isJsonNull()).isFalse();
    assertThat(vendor.get("/v2/zones/" + zoneId).object().get("serial").getAsLong())
        .isEqualTo(serial + 2);
    time.sleep(Duration.ofSeconds(1));
    RawDesignate.Answer described = vendor.put(path, "{\"description\":\"kept\"}");
    assertThat(described.status()).isEqualTo(200);
    assertThat(described.string("status")).isEqualTo("ACTIVE");
    assertThat(described.object().get("records").toString()).isEqualTo("[\"192.0.2.3\"]");

    RawDesignate.Answer deleted = vendor.delete(path);
    assertThat(deleted.status()).isEqualTo(202);
    assertThat(deleted.string("action")).isEqualTo("DELETE");
    assertThat(deleted.string("status")).isEqualTo("PENDING");
    RawDesignate.Answer gone = vendor.get(path);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.type()).isEqualTo("recordset_not_found");
    assertThat(gone.message()).isEqualTo("Could not find RecordSet");
    assertThat(vendor.get("/v2/zones/" + zoneId).string("status")).isEqualTo("PENDING");
    assertThat(vendor.delete(path).status()).isEqualTo(404);
  }

  @Test
  void anEmptyRecordSetIsCreated201ActiveWithoutTouchingTheZone() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());

    RawDesignate.Answer created = vendor.post(recordsets(), set("e.example.com.", "A", "[]"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.string("status")).isEqualTo("ACTIVE");
    assertThat(created.string("action")).isEqualTo("NONE");
    assertThat(vendor.get("/v2/zones/" + zoneId).string("status")).isEqualTo("ACTIVE");
  }

  @Test
  void recordSetsAreListedOverThreeMarkerPagesFollowingLinksNext() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder().maxLimit(2));
    for (String name : List.of("c", "a", "b")) {
      vendor.post(recordsets(), set(name + ".example.com.", "A", "[\"192.0.2.1\"]"));
    }

    List<String> names = new ArrayList<>();
    List<String> nexts = new ArrayList<>();
    RawDesignate.Answer page = vendor.get(recordsets() + "?limit=1000");
    while (true) {
      JsonObject body = page.object();
      assertThat(body.getAsJsonObject("metadata").get("total_count").getAsInt()).isEqualTo(5);
      body.getAsJsonArray("recordsets")
          .forEach(set -> names.add(set.getAsJsonObject().get("name").getAsString()));
      JsonElement next = body.getAsJsonObject("links").get("next");
      if (next == null) {
        break;
      }
      nexts.add(next.getAsString());
      page = vendor.follow(next.getAsString());
    }

    assertThat(names)
        .containsExactly(
            "example.com.", "example.com.", "c.example.com.", "a.example.com.", "b.example.com.");
    assertThat(nexts).hasSize(2);
    assertThat(nexts.get(0))
        .matches(
            server.url("/dns" + recordsets()).toString().replace(".", "\\.")
                + "\\?limit=1000&marker=[0-9a-f-]{36}");
  }

  @Test
  void aFullLastPageIsFollowedByAnEmptyOneWithoutNext() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());

    RawDesignate.Answer page = vendor.get(recordsets() + "?limit=2");
    String next = page.object().getAsJsonObject("links").get("next").getAsString();
    RawDesignate.Answer empty = vendor.follow(next);

    assertThat(empty.object().getAsJsonArray("recordsets")).isEmpty();
    assertThat(empty.object().getAsJsonObject("links").has("next")).isFalse();
    assertThat(empty.object().getAsJsonObject("links").get("self").getAsString()).isEqualTo(next);
    RawDesignate.Answer badMarker = vendor.get(recordsets() + "?marker=nope");
    assertThat(badMarker.type()).isEqualTo("invalid_marker");
    RawDesignate.Answer unknown =
        vendor.get(recordsets() + "?marker=00000000-0000-4000-8000-000000000000");
    assertThat(unknown.type()).isEqualTo("marker_not_found");
    assertThat(vendor.get(recordsets() + "?limit=0").type()).isEqualTo("invalid_limit");
  }

  @Test
  void theNameFilterIsSqlLikeWhereUnderscoreMatchesAnyCharacterAndCaseIsIgnored() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    vendor.post(
        recordsets(), set("_sip._tcp.example.com.", "SRV", "[\"10 5 5060 sip.example.com.\"]"));
    vendor.post(recordsets(), set("xsip.ytcp.example.com.", "A", "[\"192.0.2.1\"]"));
    vendor.post(recordsets(), set("sip.tcp.example.com.", "A", "[\"192.0.2.2\"]"));

    assertThat(names(vendor.get(recordsets() + "?name=_sip._tcp.example.com.")))
        .containsExactly("_sip._tcp.example.com.", "xsip.ytcp.example.com.");
    assertThat(names(vendor.get(recordsets() + "?name=XSIP.YTCP.EXAMPLE.COM.&type=A")))
        .containsExactly("xsip.ytcp.example.com.");
    assertThat(names(vendor.get(recordsets() + "?name=*sip*")))
        .containsExactly(
            "_sip._tcp.example.com.", "xsip.ytcp.example.com.", "sip.tcp.example.com.");
    assertThat(names(vendor.get(recordsets() + "?data=192.0.2.2")))
        .containsExactly("sip.tcp.example.com.");
    RawDesignate.Answer junk = vendor.get(recordsets() + "?junk=1");
    assertThat(junk.status()).isEqualTo(400);
    assertThat(junk.type()).isEqualTo("bad_request");
    assertThat(junk.message()).isEqualTo("Invalid filters junk");
  }

  static List<String> names(RawDesignate.Answer list) {
    List<String> names = new ArrayList<>();
    list.object()
        .getAsJsonArray("recordsets")
        .forEach(set -> names.add(set.getAsJsonObject().get("name").getAsString()));
    return names;
  }

  @Test
  void aSecondSetOfTheSameNameAndTypeIsRefused409() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    vendor.post(recordsets(), set("www.example.com.", "A", "[\"192.0.2.1\"]"));

    RawDesignate.Answer duplicate =
        vendor.post(recordsets(), set("WWW.example.com.", "A", "[\"192.0.2.9\"]"));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.type()).isEqualTo("duplicate_recordset");
    assertThat(duplicate.message()).isEqualTo("Duplicate RecordSet");
  }

  @Test
  void badRecordDataIsRefusedWithAValidationErrorNamingTheValue() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());

    RawDesignate.Answer refused =
        vendor.post(recordsets(), set("www.example.com.", "A", "[\"192.0.2.1\",\"300.1.1.1\"]"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.type()).isEqualTo("invalid_object");
    assertThat(refused.object().has("message")).isFalse();
    assertThat(refused.object().getAsJsonObject("errors").toString())
        .isEqualTo(
            "{\"errors\":[{\"path\":[\"records\",1],\"message\":\"'300.1.1.1' is not a 'A'"
                + " Record\",\"validator\":\"format\",\"validator_value\":[\"A\"]}]}");
    for (String[] bad :
        new String[][] {
          {"CNAME", "target.example.com"}, {"MX", "010 mx.example.com."},
          {"SRV", "10 5 70000 sip.example.com."}, {"CAA", "128 issue letsencrypt.org"},
          {"CAA", "0 issue \"letsencrypt.org\""}, {"SSHFP", "5 1 0123456789abcdef"},
          {"AAAA", "2001:db8::g"}
        }) {
      String name = bad[0].equals("SRV") ? "_sip._tcp.example.com." : "x.example.com.";
      RawDesignate.Answer answer =
          vendor.post(
              recordsets(), set(name, bad[0], "[\"" + bad[1].replace("\"", "\\\"") + "\"]"));
      assertThat(answer.body())
          .as(bad[0])
          .contains("'" + bad[1].replace("\"", "\\\"") + "' is not a '" + bad[0]);
    }
    RawDesignate.Answer unsupported = vendor.post(recordsets(), set("x.example.com.", "DS", "[]"));
    assertThat(unsupported.message()).isEqualTo("'DS' is not a supported record type");
    RawDesignate.Answer junk =
        vendor.post(
            recordsets(), "{\"name\":\"x.example.com.\",\"type\":\"A\",\"records\":[],\"junk\":1}");
    assertThat(junk.message())
        .isEqualTo(
            "Provided object does not match schema. Keys ['junk'] are not valid for recordset");
  }

  @Test
  void txtStringsFollowDesignatesQuotingRules() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    String longTwo = "\\\"" + "a".repeat(250) + "\\\" \\\"" + "b".repeat(50) + "\\\"";

    assertThat(txt(vendor, "a", "\\\"v=spf1 include:_spf.example.net -all\\\"").status())
        .isEqualTo(202);
    assertThat(txt(vendor, "b", "unquoted-without-space").status()).isEqualTo(202);
    assertThat(txt(vendor, "c", "\\\"say \\\\\\\"hi\\\\\\\"\\\"").status()).isEqualTo(202);
    assertThat(txt(vendor, "d", longTwo).status()).isEqualTo(202);
    assertThat(txt(vendor, "e", "\\\"" + "a".repeat(253) + "\\\"").status()).isEqualTo(202);

    RawDesignate.Answer several = txt(vendor, "f", "\\\"a\\\" \\\"b\\\"");
    assertThat(several.status()).isEqualTo(400);
    assertThat(several.type()).isEqualTo("invalid_object");
    assertThat(several.message()).isEqualTo(TxtRules.BARE_QUOTES);
    assertThat(txt(vendor, "g", "\\\"" + "a".repeat(254) + "\\\"").message())
        .isEqualTo(TxtRules.SPLIT);
    assertThat(txt(vendor, "h", "two words").message()).isEqualTo(TxtRules.SPACES);
    assertThat(vendor.get(recordsets() + "?name=c.example.com.").body())
        .contains("\"records\":[\"\\\"say \\\\\\\"hi\\\\\\\"\\\"\"]");
  }

  RawDesignate.Answer txt(RawDesignate vendor, String label, String json) {
    return vendor.post(recordsets(), set(label + ".example.com.", "TXT", "[\"" + json + "\"]"));
  }

  @Test
  void quotasAreRefused413OverQuota() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder().maxZoneRecords(21));
    StringBuilder values = new StringBuilder("[");
    for (int i = 1; i <= 21; i++) {
      values.append(i == 1 ? "" : ",").append("\"192.0.2.").append(i).append('"');
    }

    RawDesignate.Answer tooMany =
        vendor.post(recordsets(), set("www.example.com.", "A", values + "]"));

    assertThat(tooMany.status()).isEqualTo(413);
    assertThat(tooMany.type()).isEqualTo("over_quota");
    assertThat(tooMany.message()).isEqualTo("Quota exceeded for recordset_records.");
    assertThat(tooMany.header("Retry-After")).isNull();
    vendor.post(
        recordsets(),
        set("a.example.com.", "A", values.substring(0, values.lastIndexOf(",")) + "]"));
    RawDesignate.Answer zoneFull =
        vendor.post(recordsets(), set("b.example.com.", "A", "[\"192.0.2.1\",\"192.0.2.2\"]"));
    assertThat(zoneFull.message()).isEqualTo("Quota exceeded for zone_records.");
    assertThat(vendor.get("/v2/limits").object().get("max_recordset_records").getAsInt())
        .isEqualTo(20);
  }

  @Test
  void managedApexSetsAndCnameRulesAreRefused() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    JsonArray sets = vendor.get(recordsets()).object().getAsJsonArray("recordsets");
    String soa = recordsets() + "/" + sets.get(0).getAsJsonObject().get("id").getAsString();
    String ns = recordsets() + "/" + sets.get(1).getAsJsonObject().get("id").getAsString();

    assertThat(vendor.put(soa, "{\"records\":[\"x\"]}").message())
        .isEqualTo("Updating SOA recordsets is not allowed");
    assertThat(vendor.delete(soa).message()).isEqualTo("Deleting a SOA recordset is not allowed");
    assertThat(vendor.put(ns, "{\"records\":[\"ns9.example.org.\"]}").message())
        .isEqualTo("Managed records may not be updated");
    assertThat(vendor.delete(ns).message()).isEqualTo("Managed records may not be deleted");
    assertThat(vendor.post(recordsets(), set("example.com.", "SOA", "[]")).type())
        .isEqualTo("bad_request");
    RawDesignate.Answer apex =
        vendor.post(recordsets(), set("example.com.", "CNAME", "[\"a.example.net.\"]"));
    assertThat(apex.type()).isEqualTo("invalid_recordset_location");
    assertThat(apex.message()).isEqualTo("CNAME recordsets may not be created at the zone apex");
    vendor.post(recordsets(), set("www.example.com.", "A", "[\"192.0.2.1\"]"));
    assertThat(
            vendor
                .post(recordsets(), set("www.example.com.", "CNAME", "[\"a.example.net.\"]"))
                .message())
        .isEqualTo("CNAME recordsets may not share a name with any other records");
    assertThat(
            vendor
                .post(
                    recordsets(),
                    set("c.example.com.", "CNAME", "[\"a.example.net.\",\"b.example.net.\"]"))
                .message())
        .isEqualTo("CNAME recordsets may not have more than 1 record");
    RawDesignate.Answer outside =
        vendor.post(recordsets(), set("www.example.net.", "A", "[\"192.0.2.1\"]"));
    assertThat(outside.message()).isEqualTo("RecordSet is not contained within it's parent zone");
  }

  @Test
  void aFailedPropagationLeavesTheZoneInErrorUntilALaterWritePropagates() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());
    simulator().failPropagation("example.com.");

    String id =
        vendor.post(recordsets(), set("www.example.com.", "A", "[\"192.0.2.1\"]")).string("id");
    time.sleep(Duration.ofSeconds(1));

    assertThat(vendor.get("/v2/zones/" + zoneId).string("status")).isEqualTo("ERROR");
    assertThat(vendor.get(recordsets() + "/" + id).string("status")).isEqualTo("ERROR");
    vendor.put(recordsets() + "/" + id, "{\"ttl\":60}");
    time.sleep(Duration.ofSeconds(1));
    assertThat(vendor.get("/v2/zones/" + zoneId).string("status")).isEqualTo("ACTIVE");
    assertThat(vendor.get(recordsets() + "/" + id).string("status")).isEqualTo("ACTIVE");
  }

  @Test
  void aDeletedZoneRefusesWritesThenIsGoneAfterPropagation() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());

    RawDesignate.Answer deleted = vendor.delete("/v2/zones/" + zoneId);

    assertThat(deleted.status()).isEqualTo(202);
    assertThat(deleted.string("action")).isEqualTo("DELETE");
    assertThat(deleted.string("status")).isEqualTo("PENDING");
    RawDesignate.Answer write =
        vendor.post(recordsets(), set("www.example.com.", "A", "[\"192.0.2.1\"]"));
    assertThat(write.type()).isEqualTo("bad_request");
    assertThat(write.message()).isEqualTo("Can not update a deleting zone");
    time.sleep(Duration.ofSeconds(1));
    assertThat(vendor.get("/v2/zones/" + zoneId).type()).isEqualTo("zone_not_found");
    assertThat(vendor.get(recordsets()).message()).isEqualTo("Could not find Zone");
    assertThat(simulator().hasZone("example.com.")).isFalse();
  }

  @Test
  void aReadOnlyProjectReadsButEveryWriteIsForbidden() {
    RawDesignate vendor = start(DesignateSimulator.builder().readOnlyProject("viewer"));
    vendor.authenticate(RawDesignate.password("demo", "s3cret", "viewer"));

    assertThat(vendor.get("/v2/zones").status()).isEqualTo(200);
    RawDesignate.Answer write =
        vendor.post("/v2/zones", "{\"name\":\"example.com.\",\"email\":\"h@example.com\"}");
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.type()).isEqualTo("forbidden");
  }

  @Test
  void throttlingAnswers429WithRetryAfterAndIsCounted() {
    RawDesignate vendor = start(DesignateSimulator.builder()).login();
    simulator().throttleNext(2);

    RawDesignate.Answer first = vendor.get("/v2/zones");

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.header("Retry-After")).isEqualTo("1");
    assertThat(first.type()).isEqualTo("over_limit");
    assertThat(vendor.get("/v2/zones").status()).isEqualTo(429);
    assertThat(vendor.get("/v2/zones").status()).isEqualTo(200);
    assertThat(simulator().throttled()).isEqualTo(2);
    assertThat(simulator().requests("GET /dns/v2/zones")).isEqualTo(3);
    simulator().resetCounts();
    assertThat(simulator().requests()).isEmpty();
  }

  @Test
  void foreignDataIsKeptAsWrittenAndShownByStateOf() {
    RawDesignate vendor = startWithZone(DesignateSimulator.builder());

    ForeignDesignate.Seeded seeded = ForeignDesignate.seed(vendor, zoneId, "example.com.");

    var state = simulator().stateOf("example.com.");
    assertThat(state.keySet())
        .containsExactly(
            "example.com. NS",
            "www.example.com. A",
            "long.example.com. TXT",
            "example.com. MX",
            "_sip._tcp.example.com. SRV",
            "example.com. CAA");
    assertThat(seeded.written().keySet()).allMatch(state::containsKey);
    assertThat(state.get("example.com. MX"))
        .isEqualTo(
            "{\"name\":\"example.com.\",\"type\":\"MX\",\"ttl\":null,\"description\":\"mail, ttl"
                + " left to the zone\",\"records\":[\"10 mx1.example.com.\",\"20"
                + " mx2.example.com.\"]}");
    assertThat(state.get("long.example.com. TXT"))
        .contains(ForeignDesignate.LONG_TXT.replace("\"", "\\\""));
    assertThat(state.get("www.example.com. A"))
        .contains("\"description\":\"web pool, managed by terraform\"");
  }
}
