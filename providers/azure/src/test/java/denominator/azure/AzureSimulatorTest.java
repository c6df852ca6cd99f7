package denominator.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The simulator through raw OkHttp requests, the vendor's way with no provider code: every
 * behaviour of the wire page it serves and every refusal it answers.
 */
class AzureSimulatorTest {
  static final String ZONE = "/dnsZones/example.com";
  static final Map<String, String> CREATE = Map.of("If-None-Match", "*");

  @StartStop final MockWebServer server = LoopbackServers.server();
  final ManualTime time = new ManualTime(Instant.parse("2026-12-03T22:19:00Z"));

  RawAzure start(AzureSimulator.Builder builder) {
    server.setDispatcher(builder.clock(time).build());
    return new RawAzure(server.url("/"));
  }

  /** Logged in, with {@code example.com} created. */
  RawAzure startWithZone(AzureSimulator.Builder builder) {
    RawAzure vendor = start(builder).login();
    vendor.createZone("example.com");
    return vendor;
  }

  AzureSimulator simulator() {
    return (AzureSimulator) server.getDispatcher();
  }

  String url(String path) {
    return server.url("/").toString() + RawAzure.R.substring(1) + path;
  }

  static Map<String, String> ifMatch(String etag) {
    return Map.of("If-Match", etag);
  }

  static String a(int ttl, String... addresses) {
    StringBuilder records = new StringBuilder();
    for (String address : addresses) {
      records.append(records.length() == 0 ? "" : ",");
      records.append("{\"ipv4Address\":\"").append(address).append("\"}");
    }
    return "{\"properties\":{\"TTL\":" + ttl + ",\"ARecords\":[" + records + "]}}";
  }

  static String txt(String... strings) {
    StringBuilder value = new StringBuilder();
    for (String string : strings) {
      value.append(value.length() == 0 ? "" : ",").append('"').append(string).append('"');
    }
    return "{\"properties\":{\"TTL\":300,\"TXTRecords\":[{\"value\":[" + value + "]}]}}";
  }

  static void assertRefused(RawAzure.Answer answer, int status, String code, String message) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.code()).isEqualTo(code);
    assertThat(answer.message()).isEqualTo(message);
  }

  // identity

  @Test
  void clientCredentialsIssueAnOpaqueBearerTokenThatArmAccepts() {
    RawAzure vendor = start(AzureSimulator.builder());

    RawAzure.Answer issued =
        vendor.authenticate("tid", RawAzure.form("cid", "s3cret", EntraId.SCOPE));

    assertThat(issued.status()).isEqualTo(200);
    assertThat(issued.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(issued.body())
        .matches(
            "\\{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                + "\"access_token\":\"[A-Za-z0-9_-]{64}\"}");
    RawAzure.Answer zones = vendor.get("/dnsZones");
    assertThat(zones.status()).isEqualTo(200);
    assertThat(zones.body()).isEqualTo("{\"value\":[]}");
    assertThat(zones.header("x-ms-request-id")).matches("[0-9a-f-]{36}");
    assertThat(zones.header("x-ms-ratelimit-remaining-subscription-resource-requests"))
        .isEqualTo("59");
    assertThat(simulator().requests())
        .containsExactly("POST /{tenant}/oauth2/v2.0/token", "GET R/dnsZones");
  }

  @Test
  void aClientSecretInABasicHeaderIsAcceptedToo() {
    RawAzure vendor = start(AzureSimulator.builder());
    String form =
        "grant_type=client_credentials&scope=https%3A%2F%2Fmanagement.azure.com%2F.default";
    String basic =
        Base64.getEncoder().encodeToString("cid:s3cret".getBytes(StandardCharsets.UTF_8));

    RawAzure.Answer issued = vendor.authenticateWith("tid", form, "Basic " + basic);

    assertThat(issued.status()).isEqualTo(200);
  }

  @Test
  void aBadSecretIsRefused401InvalidClientWithoutTheSecret() {
    RawAzure vendor = start(AzureSimulator.builder());

    RawAzure.Answer refused =
        vendor.authenticate("tid", RawAzure.form("cid", "wrong-secret-value", EntraId.SCOPE));

    assertThat(refused.status()).isEqualTo(401);
    JsonObject body = refused.object();
    assertThat(body.get("error").getAsString()).isEqualTo("invalid_client");
    assertThat(body.get("error_description").getAsString())
        .startsWith(
            "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the"
                + " request is the client secret value, not the client secret ID, for a secret"
                + " added to app 'cid'.\r\nTrace ID: ");
    assertThat(body.get("error_codes").toString()).isEqualTo("[7000215]");
    assertThat(body.get("timestamp").getAsString()).isEqualTo("2026-12-03 22:19:00Z");
    assertThat(body.keySet())
        .containsExactly(
            "error",
            "error_description",
            "error_codes",
            "timestamp",
            "trace_id",
            "correlation_id",
            "error_uri");
    assertThat(refused.body()).doesNotContain("wrong-secret-value");
    assertThat(vendor.token()).isNull();
  }

  @Test
  void anUnknownClientTenantScopeOrGrantIsRefused400() {
    RawAzure vendor = start(AzureSimulator.builder());

    RawAzure.Answer client =
        vendor.authenticate("tid", RawAzure.form("stranger", "s3cret", EntraId.SCOPE));
    RawAzure.Answer tenant =
        vendor.authenticate("other", RawAzure.form("cid", "s3cret", EntraId.SCOPE));
    RawAzure.Answer scope =
        vendor.authenticate(
            "tid", RawAzure.form("cid", "s3cret", "https://graph.microsoft.com/.default"));
    RawAzure.Answer grant =
        vendor.authenticate("tid", "grant_type=password&client_id=cid&client_secret=s3cret");

    assertThat(List.of(client, tenant, scope, grant)).allMatch(answer -> answer.status() == 400);
    assertThat(client.object().get("error").getAsString()).isEqualTo("unauthorized_client");
    assertThat(client.object().get("error_description").getAsString())
        .startsWith(
            "AADSTS700016: Application with identifier 'stranger' was not found in the directory"
                + " 'tid'.");
    assertThat(tenant.object().get("error").getAsString()).isEqualTo("invalid_request");
    assertThat(tenant.object().get("error_description").getAsString())
        .startsWith("AADSTS90002: Tenant 'other' not found.");
    assertThat(scope.object().get("error").getAsString()).isEqualTo("invalid_scope");
    assertThat(scope.object().get("error_codes").toString()).isEqualTo("[70011]");
    assertThat(grant.object().get("error").getAsString()).isEqualTo("unsupported_grant_type");
  }

  @Test
  void theOpenIdConfigurationPointsBackAtTheServer() {
    start(AzureSimulator.builder());

    RawAzure.Answer config =
        new RawAzure(server.url("/"))
            .follow(server.url("/tid/v2.0/.well-known/openid-configuration").toString());

    assertThat(config.object().get("token_endpoint").getAsString())
        .isEqualTo(server.url("/tid/oauth2/v2.0/token").toString());
    assertThat(config.object().get("issuer").getAsString())
        .isEqualTo(server.url("/tid/v2.0").toString());
  }

  @Test
  void aMissingUnknownOrMalformedBearerTokenIsRefused401ByArm() {
    RawAzure vendor = start(AzureSimulator.builder());
    String authenticate =
        "Bearer authorization_uri=\"" + server.url("/tid") + "\", error=\"invalid_token\", ";

    RawAzure.Answer missing = vendor.useToken(null).get("/dnsZones");
    RawAzure.Answer malformed =
        vendor.send("GET", "/dnsZones", null, Map.of("Authorization", "Basic Y2lkOnMzY3JldA=="));
    RawAzure.Answer unknown = vendor.useToken("not-issued").get("/dnsZones");

    assertRefused(
        missing,
        401,
        "AuthenticationFailed",
        "Authentication failed. The 'Authorization' header is missing.");
    assertThat(missing.wrapped()).isTrue();
    assertThat(missing.header("WWW-Authenticate"))
        .isEqualTo(
            authenticate
                + "error_description=\"Authentication failed. The 'Authorization' header is"
                + " missing.\"");
    assertRefused(
        malformed,
        401,
        "AuthenticationFailed",
        "Authentication failed. The 'Authorization' header is provided in an invalid format.");
    assertRefused(unknown, 401, "InvalidAuthenticationToken", "The access token is invalid.");
    assertThat(unknown.header("WWW-Authenticate")).startsWith(authenticate);
  }

  @Test
  void aTokenPastItsLifetimeOnTheClockIsRefusedAsExpired() {
    RawAzure vendor = start(AzureSimulator.builder().tokenLifetime(Duration.ofMinutes(5))).login();

    time.sleep(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(vendor.get("/dnsZones").status()).isEqualTo(200);
    time.sleep(Duration.ofSeconds(1));
    RawAzure.Answer expired = vendor.get("/dnsZones");

    assertRefused(
        expired,
        401,
        "ExpiredAuthenticationToken",
        "The access token expiry UTC time '12/3/2026 10:24:00 PM' is earlier than current UTC time"
            + " '12/3/2026 10:24:00 PM'.");
    vendor.login();
    assertThat(vendor.get("/dnsZones").status()).isEqualTo(200);
    time.sleep(Duration.ofHours(1));
    vendor.login();
    simulator().expireAllTokens();
    assertThat(vendor.get("/dnsZones").code()).isEqualTo("ExpiredAuthenticationToken");
  }

  @Test
  void aReadersWritesAreRefused403NamingTheAction() {
    RawAzure vendor = start(AzureSimulator.builder().reader("viewer", "viewer-secret"));
    vendor.authenticate("tid", RawAzure.form("viewer", "viewer-secret", EntraId.SCOPE));

    RawAzure.Answer read = vendor.get("/dnsZones");
    RawAzure.Answer write = vendor.put(ZONE + "/A/www", a(300, "192.0.2.1"), CREATE);

    assertThat(read.status()).isEqualTo(200);
    assertRefused(
        write,
        403,
        "AuthorizationFailed",
        "The client 'viewer' with object id 'viewer' does not have authorization to perform action"
            + " 'Microsoft.Network/dnszones/A/write' over scope '"
            + RawAzure.R
            + ZONE
            + "/A/www' or the scope is invalid.");
  }

  @Test
  void theApiVersionSubscriptionAndResourceGroupAreChecked() {
    RawAzure vendor = start(AzureSimulator.builder()).login();

    // a path with "?" is sent as given: here with an empty query, so without api-version
    RawAzure.Answer missing = vendor.send("GET", "/dnsZones?", null, Map.of());
    RawAzure.Answer other =
        vendor.send("GET", "/dnsZones?api-version=2023-07-01-preview", null, Map.of());
    RawAzure.Answer subscription =
        vendor.follow(
            server.url("/subscriptions/nope/resourceGroups/rg/providers/Microsoft.Network/dnsZones")
                + "?api-version=2018-05-01");
    RawAzure.Answer group =
        vendor.follow(
            server.url(
                    "/subscriptions/sub/resourceGroups/nope/providers/Microsoft.Network/dnsZones")
                + "?api-version=2018-05-01");

    assertRefused(
        missing,
        400,
        "MissingApiVersionParameter",
        "The api-version query parameter (?api-version=) is required for all requests.");
    assertThat(missing.wrapped()).isTrue();
    assertThat(other.code()).isEqualTo("InvalidApiVersionParameter");
    assertThat(other.message()).contains("'2023-07-01-preview'");
    assertRefused(
        subscription, 404, "SubscriptionNotFound", "The subscription 'nope' could not be found.");
    assertRefused(group, 404, "ResourceGroupNotFound", "Resource group 'nope' could not be found.");
  }

  // zones

  @Test
  void aZoneIsCreatedWithTheApexNsAndSoaAzureWrites() {
    RawAzure vendor = start(AzureSimulator.builder()).login();

    RawAzure.Answer created = vendor.createZone("example.com");

    assertThat(created.header("ETag")).matches("00000002-0000-0000-[0-9a-f]{12}");
    assertThat(created.body())
        .isEqualTo(
            ("{\"id\":\"R/dnszones/example.com\",\"name\":\"example.com\","
                    + "\"type\":\"Microsoft.Network/dnszones\",\"etag\":\"ETAG\","
                    + "\"location\":\"global\",\"tags\":{},\"properties\":{"
                    + "\"maxNumberOfRecordSets\":10000,\"maxNumberOfRecordsPerRecordSet\":null,"
                    + "\"nameServers\":[\"ns1-01.azure-dns.com.\",\"ns2-01.azure-dns.net.\","
                    + "\"ns3-01.azure-dns.org.\",\"ns4-01.azure-dns.info.\"],"
                    + "\"numberOfRecordSets\":2,\"zoneType\":\"Public\"}}")
                .replace("R/", RawAzure.R + "/")
                .replace("ETAG", created.header("ETag")));
    assertThat(simulator().stateOf("example.com."))
        .containsExactly(
            Map.entry(
                "@ NS",
                "{\"metadata\":{},\"TTL\":172800,\"targetResource\":{},\"NSRecords\":["
                    + "{\"nsdname\":\"ns1-01.azure-dns.com.\"},{\"nsdname\":\"ns2-01.azure-dns.net.\"},"
                    + "{\"nsdname\":\"ns3-01.azure-dns.org.\"},{\"nsdname\":\"ns4-01.azure-dns.info.\"}]}"),
            Map.entry(
                "@ SOA",
                "{\"metadata\":{},\"TTL\":3600,\"targetResource\":{},\"SOARecord\":{"
                    + "\"host\":\"ns1-01.azure-dns.com.\","
                    + "\"email\":\"azuredns-hostmaster.microsoft.com\",\"serialNumber\":1,"
                    + "\"refreshTime\":3600,\"retryTime\":300,\"expireTime\":2419200,"
                    + "\"minimumTTL\":300}}"));
    RawAzure.Answer soa = vendor.get(ZONE + "/SOA/@");
    assertThat(soa.object().getAsJsonObject("properties").get("fqdn").getAsString())
        .isEqualTo("example.com.");
  }

  @Test
  void aZoneIsCreatedOnceUpdatedWithoutTheHeaderAndChecked() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    String etag = vendor.get(ZONE).header("ETag");

    RawAzure.Answer again = vendor.put(ZONE, "{\"location\":\"global\"}", CREATE);
    RawAzure.Answer stale = vendor.put(ZONE, "{\"location\":\"global\"}", ifMatch("stale"));
    RawAzure.Answer tagged =
        vendor.put(ZONE + ".", "{\"location\":\"Global\",\"tags\":{\"env\":\"prod\"}}", Map.of());
    RawAzure.Answer elsewhere =
        vendor.put("/dnsZones/other.com", "{\"location\":\"westeurope\"}", CREATE);
    RawAzure.Answer badName =
        vendor.put("/dnsZones/bad..name", "{\"location\":\"global\"}", CREATE);

    assertRefused(
        again,
        412,
        "PreconditionFailed",
        "The Zone example.com exists already and hence cannot be created again.");
    assertThat(again.wrapped()).isFalse();
    assertRefused(
        stale,
        412,
        "PreconditionFailed",
        "The Zone example.com has been modified (etag mismatch).");
    assertThat(tagged.status()).isEqualTo(200);
    assertThat(tagged.object().get("tags").toString()).isEqualTo("{\"env\":\"prod\"}");
    assertThat(tagged.header("ETag")).isNotEqualTo(etag);
    assertRefused(elsewhere, 400, "BadRequest", "The location 'westeurope' is invalid.");
    assertRefused(badName, 400, "BadRequest", "The domain name 'bad..name' is invalid.");
  }

  @Test
  void anAbsentZoneIsAWrappedResourceNotFound() {
    RawAzure vendor = start(AzureSimulator.builder()).login();

    for (String path : List.of("/dnsZones/absent.com", "/dnsZones/absent.com/A/www")) {
      assertRefused(
          vendor.get(path),
          404,
          "ResourceNotFound",
          "The Resource 'Microsoft.Network/dnszones/absent.com' under resource group 'rg' was not"
              + " found.");
    }
    assertThat(vendor.delete("/dnsZones/absent.com", Map.of()).status()).isEqualTo(204);
  }

  @Test
  void zonesAreListedByNameOverThreePages() {
    RawAzure vendor = start(AzureSimulator.builder()).login();
    for (String zone : List.of("e.example", "a.example", "c.example", "b.example", "d.example")) {
      vendor.createZone(zone);
    }

    List<String> names = new ArrayList<>();
    RawAzure.Answer page =
        vendor.send("GET", "/dnsZones?api-version=2018-05-01&$top=2", null, Map.of());
    List<String> links = new ArrayList<>();
    while (true) {
      for (JsonElement zone : page.object().getAsJsonArray("value")) {
        names.add(zone.getAsJsonObject().get("name").getAsString());
      }
      if (!page.object().has("nextLink")) {
        break;
      }
      links.add(page.object().get("nextLink").getAsString());
      page = vendor.follow(links.get(links.size() - 1));
    }

    assertThat(names)
        .containsExactly("a.example", "b.example", "c.example", "d.example", "e.example");
    assertThat(links)
        .containsExactly(
            url("/dnsZones?api-version=2018-05-01&$top=2&$skipToken=Yi5leGFtcGxl"),
            url("/dnsZones?api-version=2018-05-01&$top=2&$skipToken=ZC5leGFtcGxl"));
  }

  @Test
  void aZoneDeleteRunsUntilItsDelayHasPassedOnTheClock() {
    RawAzure vendor = startWithZone(AzureSimulator.builder().deleteDelay(Duration.ofSeconds(10)));

    RawAzure.Answer accepted = vendor.delete(ZONE, Map.of());

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.body()).isEmpty();
    String status = accepted.header("Azure-AsyncOperation");
    String result = accepted.header("Location");
    assertThat(status)
        .matches(
            url("/dnsOperationStatuses/").replace(".", "\\.")
                + "delzone[0-9a-f]{32}\\?api-version=2018-05-01");
    assertThat(result).isEqualTo(status.replace("dnsOperationStatuses", "dnsOperationResults"));
    assertThat(accepted.header("Retry-After")).isEqualTo("10");
    assertThat(vendor.follow(status).body()).isEqualTo("{\"status\":\"InProgress\"}");
    RawAzure.Answer running = vendor.follow(result);
    assertThat(running.status()).isEqualTo(202);
    assertThat(running.header("Location")).isEqualTo(result);
    assertThat(vendor.get(ZONE).status()).isEqualTo(200);
    assertRefused(
        vendor.put(ZONE + "/A/www", a(300, "192.0.2.1"), CREATE),
        409,
        "Conflict",
        "The zone example.com is being deleted.");
    RawAzure.Answer twice = vendor.delete(ZONE, Map.of());
    assertThat(twice.status()).isEqualTo(202);
    assertThat(twice.header("Azure-AsyncOperation")).isEqualTo(status);

    time.sleep(Duration.ofSeconds(4));
    assertThat(vendor.follow(status).header("Retry-After")).isEqualTo("6");
    time.sleep(Duration.ofSeconds(6));

    RawAzure.Answer done = vendor.follow(status);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.body()).isEqualTo("{\"status\":\"Succeeded\"}");
    assertThat(done.header("Retry-After")).isNull();
    assertThat(vendor.follow(result).body()).isEqualTo("true");
    assertThat(vendor.get(ZONE).status()).isEqualTo(404);
    assertThat(vendor.delete(ZONE, Map.of()).status()).isEqualTo(204);
    assertThat(simulator().requests())
        .contains(
            "DELETE R/dnsZones/{zone}",
            "GET R/dnsOperationStatuses/{operation}",
            "GET R/dnsOperationResults/{operation}");
  }

  @Test
  void aZoneDeleteWithoutDelayIsDoneAtTheFirstPoll() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());

    RawAzure.Answer accepted = vendor.delete(ZONE, Map.of());

    assertThat(accepted.header("Retry-After")).isEqualTo("0");
    assertThat(vendor.follow(accepted.header("Azure-AsyncOperation")).body())
        .isEqualTo("{\"status\":\"Succeeded\"}");
    assertThat(simulator().hasZone("example.com")).isFalse();
  }

  @Test
  void aFailedZoneDeleteSaysWhyAndKeepsTheZone() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    simulator().failNextDelete("example.com.");

    RawAzure.Answer accepted = vendor.delete(ZONE, Map.of());
    RawAzure.Answer status = vendor.follow(accepted.header("Azure-AsyncOperation"));
    RawAzure.Answer result = vendor.follow(accepted.header("Location"));

    assertThat(status.body())
        .isEqualTo(
            "{\"status\":\"Failed\",\"error\":{\"code\":\"InternalServerError\","
                + "\"message\":\"The zone example.com could not be deleted.\"}}");
    assertRefused(result, 500, "InternalServerError", "The zone example.com could not be deleted.");
    assertThat(vendor.put(ZONE + "/A/www", a(300, "192.0.2.1"), CREATE).status()).isEqualTo(201);
    assertRefused(
        vendor.follow(url("/dnsOperationStatuses/delzone0?api-version=2018-05-01")),
        404,
        "ResourceNotFound",
        "The Resource 'Microsoft.Network/dnsOperationStatuses/delzone0' under resource group 'rg'"
            + " was not found.");
  }

  @Test
  void aStaleZoneEtagRefusesTheDelete() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());

    assertRefused(
        vendor.delete(ZONE, ifMatch("00000002-0000-0000-000000000000")),
        412,
        "PreconditionFailed",
        "The Zone example.com has been modified (etag mismatch).");
    String etag = vendor.get(ZONE).header("ETag");
    assertThat(vendor.delete(ZONE, ifMatch("\"" + etag + "\"")).status()).isEqualTo(202);
  }

  // record sets

  @Test
  void aRecordSetIsCreatedAsThePageShowsIt() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());

    RawAzure.Answer created =
        vendor.put(
            ZONE + "/TXT/_dmarc",
            "{\"properties\":{\"TTL\":300,\"metadata\":{},"
                + "\"TXTRecords\":[{\"value\":[\"v=DMARC1; p=none\"]}]}}",
            CREATE);

    assertThat(created.status()).isEqualTo(201);
    String etag = created.header("ETag");
    assertThat(etag).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(created.body())
        .isEqualTo(
            "{\"id\":\""
                + RawAzure.R
                + "/dnszones/example.com/TXT/_dmarc\",\"name\":\"_dmarc\","
                + "\"type\":\"Microsoft.Network/dnszones/TXT\",\"etag\":\""
                + etag
                + "\",\"properties\":{\"TTL\":300,\"fqdn\":\"_dmarc.example.com.\","
                + "\"provisioningState\":\"Succeeded\",\"targetResource\":{},"
                + "\"TXTRecords\":[{\"value\":[\"v=DMARC1; p=none\"]}]}}");
    RawAzure.Answer read = vendor.get(ZONE + "/TXT/_dmarc");
    assertThat(read.body()).isEqualTo(created.body());
    assertThat(read.header("ETag")).isEqualTo(etag);
  }

  @Test
  void everyWriteIsGuardedByTheSetsEtag() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    String first = vendor.put(ZONE + "/A/www", a(300, "192.0.2.1"), CREATE).header("ETag");

    RawAzure.Answer exists = vendor.put(ZONE + "/A/WWW", a(300, "192.0.2.2"), CREATE);
    RawAzure.Answer updated =
        vendor.put(
            ZONE + "/A/www",
            "{\"properties\":{\"TTL\":60,\"metadata\":{\"owner\":\"ops\"},"
                + "\"ARecords\":[{\"ipv4Address\":\"192.0.2.9\"}]}}",
            ifMatch(first));
    RawAzure.Answer stale = vendor.put(ZONE + "/A/www", a(60, "192.0.2.10"), ifMatch(first));
    RawAzure.Answer absent = vendor.put(ZONE + "/A/nope", a(60, "192.0.2.10"), ifMatch("*"));
    RawAzure.Answer staleDelete = vendor.delete(ZONE + "/A/www", ifMatch(first));

    assertRefused(
        exists,
        412,
        "PreconditionFailed",
        "The Record set WWW exists already and hence cannot be created again.");
    assertThat(updated.status()).isEqualTo(200);
    String second = updated.header("ETag");
    assertThat(second).isNotEqualTo(first);
    assertThat(updated.object().getAsJsonObject("properties").get("metadata").toString())
        .isEqualTo("{\"owner\":\"ops\"}");
    assertRefused(
        stale, 412, "PreconditionFailed", "The Record set www has been modified (etag mismatch).");
    assertRefused(
        absent,
        412,
        "PreconditionFailed",
        "The Record set nope has been modified (etag mismatch).");
    assertThat(staleDelete.status()).isEqualTo(412);
    assertThat(
            vendor
                .put(ZONE + "/A/www", a(60, "192.0.2.11"), ifMatch("W/\"" + second + "\""))
                .status())
        .isEqualTo(200);
    String third = vendor.get(ZONE + "/A/www").header("ETag");
    RawAzure.Answer deleted = vendor.delete(ZONE + "/A/www", ifMatch(third));
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body()).isEmpty();
    assertThat(vendor.delete(ZONE + "/A/www", ifMatch(third)).status()).isEqualTo(204);
    assertRefused(
        vendor.get(ZONE + "/A/www"),
        404,
        "NotFound",
        "The resource record 'www' does not exist in resource group 'rg' of subscription 'sub'.");
  }

  @Test
  void aPutReplacesTheWholeSetAndAPatchOnlyWhatItGives() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    vendor.put(
        ZONE + "/A/www",
        "{\"properties\":{\"TTL\":300,\"metadata\":{\"owner\":\"ops\"},"
            + "\"ARecords\":[{\"ipv4Address\":\"192.0.2.1\"}]}}",
        CREATE);

    RawAzure.Answer patched =
        vendor.send("PATCH", ZONE + "/A/www", "{\"properties\":{\"TTL\":60}}", Map.of());
    RawAzure.Answer put =
        vendor.put(ZONE + "/A/www", "{\"properties\":{\"ARecords\":[]}}", Map.of());

    assertThat(patched.status()).isEqualTo(200);
    assertThat(simulator().stateOf("example.com").get("www A"))
        .isEqualTo("{\"metadata\":{},\"TTL\":3600,\"targetResource\":{},\"ARecords\":[]}");
    assertThat(patched.object().getAsJsonObject("properties").toString())
        .isEqualTo(
            "{\"metadata\":{\"owner\":\"ops\"},\"TTL\":60,\"fqdn\":\"www.example.com.\","
                + "\"provisioningState\":\"Succeeded\",\"targetResource\":{},"
                + "\"ARecords\":[{\"ipv4Address\":\"192.0.2.1\"}]}");
    assertThat(put.status()).isEqualTo(200);
    assertThat(vendor.send("PATCH", ZONE + "/A/nope", "{\"properties\":{}}", Map.of()).code())
        .isEqualTo("NotFound");
  }

  @Test
  void recordSetsOfEveryTypeAreStoredAsSentButIpv6Compressed() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    Map<String, String> bodies =
        Map.of(
            "AAAA/v6",
            "{\"AAAARecords\":[{\"ipv6Address\":\"2001:DB8:0:0:0:0:0:1\"},"
                + "{\"ipv6Address\":\"2001:db8:0:0:1:0:0:1\"}]}",
            "CNAME/alias",
            "{\"CNAMERecord\":{\"cname\":\"doc.contoso.com\"}}",
            "MX/@",
            "{\"MXRecords\":[{\"preference\":0,\"exchange\":\"mx.example.com.\"}]}",
            "NS/sub",
            "{\"NSRecords\":[{\"nsdname\":\"ns1.example.net.\"}]}",
            "PTR/ptr",
            "{\"PTRRecords\":[{\"ptrdname\":\"host.example.com.\"}]}",
            "SRV/_sip._tcp",
            "{\"SRVRecords\":[{\"priority\":10,\"weight\":5,\"port\":5060,"
                + "\"target\":\"sip.example.com.\"}]}",
            "CAA/@",
            "{\"caaRecords\":[{\"flags\":128,\"tag\":\"issue\",\"value\":\"letsencrypt.org\"}]}",
            "TXT/*.wild",
            "{\"TXTRecords\":[{\"value\":[\"a;b\",\"\\\"quoted\\\"\"]}]}");

    bodies.forEach(
        (path, records) -> {
          String body = "{\"properties\":{\"TTL\":300," + records.substring(1) + "}";
          assertThat(vendor.put(ZONE + "/" + path, body, CREATE).status()).as(path).isEqualTo(201);
        });

    Map<String, String> state = simulator().stateOf("example.com");
    assertThat(state.get("v6 AAAA"))
        .contains("[{\"ipv6Address\":\"2001:db8::1\"},{\"ipv6Address\":\"2001:db8::1:0:0:1\"}]");
    assertThat(state.get("alias CNAME")).contains("{\"cname\":\"doc.contoso.com\"}");
    assertThat(state.get("*.wild TXT")).contains("{\"value\":[\"a;b\",\"\\\"quoted\\\"\"]}");
    assertThat(state).containsKeys("@ MX", "@ CAA", "sub NS", "ptr PTR", "_sip._tcp SRV");
    assertThat(new ArrayList<>(state.keySet()).subList(0, 4))
        .containsExactly("@ CAA", "@ MX", "@ NS", "@ SOA");
  }

  @Test
  void badRecordDataIsRefused400NamingTheValue() {
    RawAzure vendor = startWithZone(AzureSimulator.builder().maxRecords(3));
    String longString = "x".repeat(256);
    String[] quarter = new String[17];
    Arrays.fill(quarter, "y".repeat(250));
    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put("A/www|" + a(300, "192.0.2.300"), "The IPv4 address '192.0.2.300' is invalid.");
    refusals.put(
        "AAAA/www|{\"properties\":{\"AAAARecords\":[{\"ipv6Address\":\"2001:db8::g\"}]}}",
        "The IPv6 address '2001:db8::g' is invalid.");
    refusals.put(
        "CNAME/www|{\"properties\":{\"CNAMERecord\":{\"cname\":\"bad..name\"}}}",
        "The domain name 'bad..name' is invalid.");
    refusals.put(
        "MX/@|{\"properties\":{\"MXRecords\":[{\"preference\":10,\"exchange\":\".\"}]}}",
        "The domain name '.' is invalid.");
    refusals.put(
        "MX/@|{\"properties\":{\"MXRecords\":[{\"preference\":65536,\"exchange\":\"mx.\"}]}}",
        "The preference '65536' is invalid.");
    refusals.put(
        "CAA/@|{\"properties\":{\"caaRecords\":[{\"flags\":256,\"tag\":\"issue\",\"value\":\"\"}]}}",
        "The flags '256' is invalid.");
    refusals.put("A/ttl|{\"properties\":{\"TTL\":-1}}", "The TTL '-1' is invalid.");
    refusals.put("A/bad..name|" + a(300, "192.0.2.1"), "The domain name 'bad..name' is invalid.");
    refusals.put(
        "TXT/long|" + txt(longString),
        "The TXT value '"
            + longString
            + "' is invalid. A TXT string has 1 to 255 characters; this one has 256.");
    refusals.put(
        "TXT/empty|" + txt(""),
        "The TXT value '' is invalid. A TXT string has 1 to 255 characters; this one has 0.");
    refusals.put(
        "TXT/none|{\"properties\":{\"TXTRecords\":[{\"value\":[]}]}}",
        "The TXT value '[]' is invalid. A TXT record has 1 or more strings.");
    refusals.put(
        "TXT/huge|" + txt(quarter),
        "The TXT record set is invalid. Its strings total 4250 characters, more than 4096.");
    refusals.put(
        "A/many|" + a(300, "192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4"),
        "The number of records in the record set exceeds the limit of 3.");
    refusals.put(
        "A/mixed|{\"properties\":{\"ARecords\":[],\"MXRecords\":[]}}",
        "The record property 'MXRecords' is invalid for a record set of type 'A'.");
    refusals.put(
        "A/both|{\"properties\":{\"ARecords\":[{\"ipv4Address\":\"192.0.2.1\"}],"
            + "\"targetResource\":{\"id\":\"/subscriptions/sub/x\"}}}",
        "The targetResource '/subscriptions/sub/x' is invalid. A record set with records is no"
            + " alias.");
    refusals.put(
        "A/alias|{\"properties\":{\"targetResource\":{\"id\":\"elsewhere\"}}}",
        "The targetResource 'elsewhere' is invalid.");
    refusals.put(
        "CNAME/@|{\"properties\":{\"CNAMERecord\":{\"cname\":\"x.example.\"}}}",
        "The record set name '@' is invalid. A CNAME record set cannot be at the zone apex.");
    refusals.put("DNAME/www|{\"properties\":{}}", "The record type 'DNAME' is not supported.");

    refusals.forEach(
        (request, message) -> {
          String[] parts = request.split("\\|", 2);
          RawAzure.Answer refused = vendor.put(ZONE + "/" + parts[0], parts[1], CREATE);
          assertRefused(refused, 400, "BadRequest", message);
          assertThat(refused.wrapped()).isFalse();
        });
    assertThat(simulator().stateOf("example.com")).containsOnlyKeys("@ NS", "@ SOA");
  }

  @Test
  void aCnameSharesItsNameWithNoOtherSet() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    vendor.put(ZONE + "/A/www", a(300, "192.0.2.1"), CREATE);
    vendor.put(
        ZONE + "/CNAME/alias",
        "{\"properties\":{\"CNAMERecord\":{\"cname\":\"www.example.com.\"}}}",
        CREATE);

    assertRefused(
        vendor.put(
            ZONE + "/CNAME/www", "{\"properties\":{\"CNAMERecord\":{\"cname\":\"x.\"}}}", CREATE),
        409,
        "Conflict",
        "The CNAME record could not be created because another record with the same name already"
            + " exists in this zone.");
    assertRefused(
        vendor.put(ZONE + "/TXT/alias", txt("hello"), CREATE),
        409,
        "Conflict",
        "The record could not be created because a CNAME record with the same name already exists"
            + " in this zone.");
  }

  @Test
  void theApexNsAndSoaAreKeptAsAzureRules() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    String azure =
        "{\"nsdname\":\"ns1-01.azure-dns.com.\"},{\"nsdname\":\"ns2-01.azure-dns.net.\"},"
            + "{\"nsdname\":\"ns3-01.azure-dns.org.\"},{\"nsdname\":\"ns4-01.azure-dns.info\"}";
    String soa =
        "{\"properties\":{\"TTL\":3600,\"SOARecord\":{\"host\":\"HOST\","
            + "\"email\":\"hostmaster.example.com\",\"serialNumber\":1,\"refreshTime\":3600,"
            + "\"retryTime\":300,\"expireTime\":2419200,\"minimumTTL\":60}}}";

    RawAzure.Answer added =
        vendor.put(
            ZONE + "/NS/@",
            "{\"properties\":{\"TTL\":3600,\"NSRecords\":["
                + azure
                + ",{\"nsdname\":\"ns.example.net.\"}]}}",
            Map.of());
    RawAzure.Answer removed =
        vendor.put(
            ZONE + "/NS/@",
            "{\"properties\":{\"TTL\":3600,\"NSRecords\":[{\"nsdname\":\"ns1-01.azure-dns.com.\"}]}}",
            Map.of());
    RawAzure.Answer email =
        vendor.put(ZONE + "/SOA/@", soa.replace("HOST", "ns1-01.azure-dns.com."), Map.of());
    RawAzure.Answer host =
        vendor.put(ZONE + "/SOA/@", soa.replace("HOST", "ns.example.net."), Map.of());
    RawAzure.Answer created =
        vendor.put(ZONE + "/SOA/@", soa.replace("HOST", "ns1-01.azure-dns.com."), CREATE);

    assertThat(added.status()).isEqualTo(200);
    assertRefused(
        removed,
        400,
        "BadRequest",
        "The NS record set at the zone apex must contain the Azure DNS name servers assigned to the"
            + " zone.");
    assertThat(email.status()).isEqualTo(200);
    assertThat(email.body()).contains("\"email\":\"hostmaster.example.com\",\"serialNumber\":1,");
    assertRefused(host, 400, "BadRequest", "The SOA host cannot be changed.");
    assertRefused(
        created,
        400,
        "BadRequest",
        "There can be only one record set of type SOA, and it can be modified but not deleted.");
    for (String type : List.of("SOA", "NS")) {
      assertRefused(
          vendor.delete(ZONE + "/" + type + "/@", Map.of()),
          400,
          "BadRequest",
          "RecordSets of type '" + type + "' with name '@' cannot be deleted.");
    }
  }

  @Test
  void recordSetsAreListedApexFirstOverThreePagesAllOrByType() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    vendor.put(ZONE + "/A/www", a(300, "192.0.2.1"), CREATE);
    vendor.put(ZONE + "/TXT/www", txt("x"), CREATE);
    vendor.put(ZONE + "/A/api", a(300, "192.0.2.2"), CREATE);
    vendor.put(
        ZONE + "/MX/@",
        "{\"properties\":{\"MXRecords\":[{\"preference\":1,\"exchange\":\"mx.\"}]}}",
        CREATE);

    RawAzure.Answer first =
        vendor.send("GET", ZONE + "/recordsets?api-version=2018-05-01&$top=2", null, Map.of());
    String second = first.object().get("nextLink").getAsString();
    RawAzure.Answer middle = vendor.follow(second);
    String third = middle.object().get("nextLink").getAsString();
    RawAzure.Answer last = vendor.follow(third);
    RawAzure.Answer onlyA = vendor.send("GET", ZONE + "/A?api-version=2018-05-01", null, Map.of());

    assertThat(keys(first)).containsExactly("@ MX", "@ NS");
    assertThat(second)
        .isEqualTo(url(ZONE + "/recordsets?api-version=2018-05-01&$top=2&$skipToken=QE5T"));
    assertThat(keys(middle)).containsExactly("@ SOA", "api A");
    assertThat(third).endsWith("&$skipToken=YXBpQQ");
    assertThat(keys(last)).containsExactly("www A", "www TXT");
    assertThat(last.object().has("nextLink")).isFalse();
    assertThat(keys(onlyA)).containsExactly("api A", "www A");
    assertThat(simulator().requests())
        .contains("GET R/dnsZones/{zone}/recordsets", "GET R/dnsZones/{zone}/{type}");
  }

  @Test
  void linksPointBackThroughTheProxyThatForwardedTheRequest() throws Exception {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    vendor.put(ZONE + "/A/www", a(300, "192.0.2.1"), CREATE);
    OkHttpClient client = new OkHttpClient();
    Request request =
        new Request.Builder()
            .url(url(ZONE + "/recordsets?api-version=2018-05-01&$top=1"))
            .header("Authorization", "Bearer " + vendor.token())
            .header("X-Forwarded-Host", "127.0.0.1:9")
            .build();

    try (Response response = client.newCall(request).execute()) {
      assertThat(response.body().string())
          .contains(
              "\"nextLink\":\"http://127.0.0.1:9"
                  + RawAzure.R
                  + ZONE
                  + "/recordsets?api-version=2018-05-01&$top=1&$skipToken=QE5T\"");
    }
  }

  static List<String> keys(RawAzure.Answer page) {
    List<String> keys = new ArrayList<>();
    JsonArray value = page.object().getAsJsonArray("value");
    for (JsonElement set : value) {
      JsonObject object = set.getAsJsonObject();
      String type = object.get("type").getAsString();
      keys.add(object.get("name").getAsString() + " " + type.substring(type.lastIndexOf('/') + 1));
    }
    return keys;
  }

  // limits and throttling

  @Test
  void theZoneAndRecordSetLimitsAreEnforced() {
    RawAzure vendor = startWithZone(AzureSimulator.builder().maxZones(1).maxRecordSets(3));

    RawAzure.Answer zone = vendor.put("/dnsZones/other.com", "{\"location\":\"global\"}", CREATE);
    assertThat(vendor.put(ZONE + "/A/one", a(300, "192.0.2.1"), CREATE).status()).isEqualTo(201);
    RawAzure.Answer set = vendor.put(ZONE + "/A/two", a(300, "192.0.2.1"), CREATE);

    assertRefused(
        zone,
        400,
        "BadRequest",
        "The maximum number of zones (1) in the subscription has been reached.");
    assertRefused(
        set,
        400,
        "BadRequest",
        "The maximum number of record sets (3) in the zone has been reached.");
  }

  @Test
  void throttleNextAnswers429WithRetryAfterBeforeAnythingElse() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());
    simulator().throttleNext(2);

    RawAzure.Answer first = vendor.get(ZONE);
    RawAzure.Answer second = vendor.useToken(null).get(ZONE);

    for (RawAzure.Answer throttled : List.of(first, second)) {
      assertRefused(
          throttled, 429, "TooManyRequests", "The request was throttled. Retry after 1 seconds.");
      assertThat(throttled.wrapped()).isTrue();
      assertThat(throttled.header("Retry-After")).isEqualTo("1");
    }
    assertThat(vendor.get(ZONE).status()).isEqualTo(401);
    assertThat(simulator().throttled()).isEqualTo(2);
    simulator().resetCounts();
    assertThat(simulator().requestCounts()).isEmpty();
  }

  @Test
  void aZonesRateBucketEmptiesAndRefillsOnTheClock() {
    RawAzure vendor =
        startWithZone(AzureSimulator.builder().rateLimit(RateLimits.Kind.RECORD_CREATE, 2));

    RawAzure.Answer one = vendor.put(ZONE + "/A/one", a(300, "192.0.2.1"), CREATE);
    RawAzure.Answer two = vendor.put(ZONE + "/A/two", a(300, "192.0.2.1"), CREATE);
    RawAzure.Answer three = vendor.put(ZONE + "/A/three", a(300, "192.0.2.1"), CREATE);

    assertThat(one.header("x-ms-ratelimit-remaining-subscription-resource-requests"))
        .isEqualTo("1");
    assertThat(two.header("x-ms-ratelimit-remaining-subscription-resource-requests"))
        .isEqualTo("0");
    assertRefused(
        three, 429, "TooManyRequests", "The request was throttled. Retry after 30 seconds.");
    assertThat(three.header("Retry-After")).isEqualTo("30");
    assertThat(vendor.get(ZONE + "/A/one").status()).isEqualTo(200);
    vendor.createZone("other.com");
    assertThat(vendor.put("/dnsZones/other.com/A/one", a(300, "192.0.2.1"), CREATE).status())
        .isEqualTo(201);
    time.sleep(Duration.ofSeconds(29));
    assertThat(vendor.put(ZONE + "/A/three", a(300, "192.0.2.1"), CREATE).header("Retry-After"))
        .isEqualTo("1");
    time.sleep(Duration.ofSeconds(1));
    assertThat(vendor.put(ZONE + "/A/three", a(300, "192.0.2.1"), CREATE).status()).isEqualTo(201);
    assertThat(simulator().throttled()).isEqualTo(2);
  }

  @Test
  void theDocumentedRatesAreTheDefaultAndCanBeLifted() {
    RawAzure limited = start(AzureSimulator.builder()).login();
    for (int i = 0; i < 60; i++) {
      assertThat(limited.get("/dnsZones").status()).isEqualTo(200);
    }
    assertThat(limited.get("/dnsZones").status()).isEqualTo(429);

    RawAzure unlimited = start(AzureSimulator.builder().unlimited()).login();
    for (int i = 0; i < 61; i++) {
      assertThat(unlimited.get("/dnsZones").status()).isEqualTo(200);
    }
  }

  // foreign data

  @Test
  void foreignDataIsSeededAsOtherToolsLeaveItAndReadBackRaw() {
    RawAzure vendor = startWithZone(AzureSimulator.builder());

    ForeignAzure.Seeded seeded = ForeignAzure.seed(vendor, "example.com");

    Map<String, String> state = simulator().stateOf("example.com");
    assertThat(state.keySet())
        .containsExactly(
            "@ MX",
            "@ NS",
            "@ SOA",
            "_sip._tcp SRV",
            "edge A",
            "long TXT",
            "reserved TXT",
            "www A");
    assertThat(seeded.written().keySet())
        .containsExactlyInAnyOrder(
            "www A", "long TXT", "@ MX", "_sip._tcp SRV", "edge A", "reserved TXT");
    assertThat(state.get("edge A"))
        .isEqualTo(
            "{\"metadata\":{\"octodns\":\"dynamic\"},\"TTL\":60,\"targetResource\":{\"id\":\""
                + ForeignAzure.TRAFFIC_MANAGER
                + "\"}}");
    assertThat(state.get("reserved TXT"))
        .isEqualTo(
            "{\"metadata\":{\"created-by\":\"powershell\"},\"TTL\":3600,\"targetResource\":{}}");
    assertThat(state.get("long TXT"))
        .contains("[\"" + ForeignAzure.TXT_FIRST + "\",\"" + ForeignAzure.TXT_SECOND + "\"]");
    assertThat((ForeignAzure.TXT_FIRST + ForeignAzure.TXT_SECOND).length()).isEqualTo(300);
    assertThat(state.get("@ MX")).contains("\"exchange\":\"mx1.example.com\"");
    JsonObject alias = vendor.get(ZONE + "/A/edge").object().getAsJsonObject("properties");
    assertThat(alias.has("ARecords")).isFalse();
    assertThat(alias.getAsJsonObject("targetResource").get("id").getAsString())
        .isEqualTo(ForeignAzure.TRAFFIC_MANAGER);
  }
}
