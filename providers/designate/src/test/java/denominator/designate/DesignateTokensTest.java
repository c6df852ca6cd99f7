package denominator.designate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import denominator.AuthenticationException;
import denominator.Credentials;
import denominator.Credentials.MapCredentials;
import denominator.ProviderConfig;
import denominator.http.HttpSettings;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Keystone v3 tokens: both credential flavours, renewal before expiry and once after a 401. */
class DesignateTokensTest {
  /** Not real secrets: made up for these tests. */
  static final Map<String, String> PASSWORD =
      Map.of("username", "demo", "password", "test-password", "projectName", "demo");

  static final Instant NOW = Instant.parse("2026-12-03T22:19:00Z");
  static final String KEYSTONE_401 =
      "{\"error\":{\"code\":401,\"message\":\"The request you have made requires"
          + " authentication.\",\"title\":\"Unauthorized\"}}";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime(NOW);

  static ProviderConfig config(
      MockWebServer server, ManualTime time, String query, Map<String, String> credentials) {
    return config(server.url("/identity/v3").toString() + query, time, credentials);
  }

  static ProviderConfig config(String url, ManualTime time, Map<String, String> credentials) {
    return new ProviderConfig(
            url,
            () -> (MapCredentials) Credentials.of(credentials),
            time,
            HttpSettings.defaults(),
            line -> {})
        .withSleeper(time);
  }

  static ProviderConfig config(MockWebServer server, ManualTime time) {
    return config(server, time, "", PASSWORD);
  }

  /** Keystone's 201 with this token, expiring at {@code expiresAt}, and the wire page's catalog. */
  static MockResponse token(MockWebServer server, String token, Instant expiresAt) {
    String base = server.url("/").toString();
    String body =
        "{\"token\":{\"methods\":[\"password\"],\"expires_at\":\""
            + expiresAt.toString().replace("Z", ".000000Z")
            + "\",\"catalog\":[{\"endpoints\":["
            + endpoint("public", "RegionOne", base + "dns")
            + ","
            + endpoint("internal", "RegionOne", base + "internal/dns/v2/")
            + ","
            + endpoint("public", "RegionTwo", base + "r2/dns")
            + "],\"type\":\"dns\",\"name\":\"designate\"},{\"endpoints\":["
            + endpoint("public", "RegionOne", base + "identity")
            + "],\"type\":\"identity\",\"name\":\"keystone\"}]}}";
    return new MockResponse.Builder()
        .code(201)
        .addHeader("X-Subject-Token", token)
        .body(body)
        .build();
  }

  static MockResponse token(MockWebServer server, String token) {
    return token(server, token, NOW.plusSeconds(3600));
  }

  private static String endpoint(String kind, String region, String url) {
    return "{\"interface\":\""
        + kind
        + "\",\"region_id\":\""
        + region
        + "\",\"region\":\""
        + region
        + "\",\"url\":\""
        + url
        + "\"}";
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  static final String NO_ZONES = "{\"zones\":[],\"links\":{},\"metadata\":{\"total_count\":0}}";

  List<String> zoneNames(ProviderConfig config) {
    List<String> names = new ArrayList<>();
    new DesignateEndpoints(config).zones().forEachRemaining(zone -> names.add(zone.name()));
    return names;
  }

  @Test
  void aPasswordIsExchangedForAProjectScopedTokenSentAsXAuthToken() throws Exception {
    server.enqueue(token(server, "gAAAAA-one"));
    server.enqueue(json(200, NO_ZONES));

    zoneNames(config(server, time));

    RecordedRequest issue = server.takeRequest();
    assertThat(issue.getMethod()).isEqualTo("POST");
    assertThat(issue.getTarget()).isEqualTo("/identity/v3/auth/tokens");
    assertThat(JsonParser.parseString(issue.getBody().utf8()))
        .isEqualTo(
            JsonParser.parseString(
                "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":"
                    + "{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"},"
                    + "\"password\":\"test-password\"}}},"
                    + "\"scope\":{\"project\":{\"name\":\"demo\",\"domain\":{\"name\":\"Default\"}}}}}"));
    RecordedRequest list = server.takeRequest();
    assertThat(list.getTarget()).isEqualTo("/dns/v2/zones?limit=1000");
    assertThat(list.getHeaders().get("X-Auth-Token")).isEqualTo("gAAAAA-one");
    assertThat(list.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void aProjectIdAndDomainsAreSentAsGiven() throws Exception {
    server.enqueue(token(server, "gAAAAA-one"));
    server.enqueue(json(200, NO_ZONES));

    zoneNames(
        config(
            server,
            time,
            "",
            Map.of(
                "username", "demo",
                "password", "test-password",
                "userDomainName", "users",
                "projectId", "0123abcd")));

    String body = server.takeRequest().getBody().utf8();
    assertThat(JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("auth").get("scope"))
        .isEqualTo(JsonParser.parseString("{\"project\":{\"id\":\"0123abcd\"}}"));
    assertThat(body).contains("{\"name\":\"users\"}");
  }

  @Test
  void anApplicationCredentialIsSentWithoutScope() throws Exception {
    server.enqueue(token(server, "gAAAAA-one"));
    server.enqueue(json(200, NO_ZONES));

    zoneNames(
        config(
            server,
            time,
            "",
            Map.of(
                "applicationCredentialId", "ac1",
                "applicationCredentialSecret", "test-secret")));

    assertThat(JsonParser.parseString(server.takeRequest().getBody().utf8()))
        .isEqualTo(
            JsonParser.parseString(
                "{\"auth\":{\"identity\":{\"methods\":[\"application_credential\"],"
                    + "\"application_credential\":{\"id\":\"ac1\",\"secret\":\"test-secret\"}}}}"));
  }

  @Test
  void aTokenIsReplacedTwoMinutesBeforeItExpires() throws Exception {
    server.enqueue(token(server, "gAAAAA-one", NOW.plusSeconds(600)));
    server.enqueue(json(200, NO_ZONES));
    server.enqueue(json(200, NO_ZONES));
    server.enqueue(token(server, "gAAAAA-two"));
    server.enqueue(json(200, NO_ZONES));
    ProviderConfig config = config(server, time);
    DesignateEndpoints endpoints = new DesignateEndpoints(config);

    endpoints.zones().hasNext();
    time.sleep(Duration.ofSeconds(479)); // 121 s left
    endpoints.zones().hasNext();
    time.sleep(Duration.ofSeconds(1)); // 120 s left
    endpoints.zones().hasNext();

    assertThat(server.takeRequest().getTarget()).endsWith("/auth/tokens");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("gAAAAA-one");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("gAAAAA-one");
    assertThat(server.takeRequest().getTarget()).endsWith("/auth/tokens");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("gAAAAA-two");
  }

  @Test
  void a401AtDesignateFetchesANewTokenOnceAndRepeatsTheCall() throws Exception {
    server.enqueue(token(server, "gAAAAA-one"));
    server.enqueue(json(401, KEYSTONE_401));
    server.enqueue(token(server, "gAAAAA-two"));
    server.enqueue(json(200, NO_ZONES));

    assertThat(zoneNames(config(server, time))).isEmpty();

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("gAAAAA-one");
    assertThat(server.takeRequest().getTarget()).endsWith("/auth/tokens");
    assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("gAAAAA-two");
  }

  @Test
  void a401WithTheNewTokenTooIsAnAuthenticationFailure() {
    server.enqueue(token(server, "gAAAAA-one"));
    server.enqueue(json(401, KEYSTONE_401));
    server.enqueue(token(server, "gAAAAA-two"));
    server.enqueue(json(401, KEYSTONE_401));

    assertThatThrownBy(() -> zoneNames(config(server, time)))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Unauthorized")
        .hasMessageNotContaining("gAAAAA");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void refusedCredentialsAreAnAuthenticationFailureThatShowsNoSecret() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .addHeader("WWW-Authenticate", "Keystone uri=\"" + server.url("/identity") + "\"")
            .body(KEYSTONE_401)
            .build());
    ProviderConfig config = config(server, time);

    assertThatThrownBy(() -> zoneNames(config))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageStartingWith("designate")
        .hasMessageContaining("requires authentication")
        .hasMessageNotContaining("test-password");
    assertThat(new DesignateTokens(config).toString()).doesNotContain("test-password", "gAAAAA");
    assertThat(config.toString()).doesNotContain("test-password");
  }
}
