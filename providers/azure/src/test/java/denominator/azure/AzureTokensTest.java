package denominator.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AuthenticationException;
import denominator.Credentials;
import denominator.Credentials.MapCredentials;
import denominator.ProviderConfig;
import denominator.http.HttpSettings;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Entra ID client-credentials tokens: the request, renewal before expiry and once after a 401. */
class AzureTokensTest {
  /** Not real secrets: made up for these tests. */
  static final Map<String, String> CREDENTIALS =
      Map.of(
          "tenantId", "tid",
          "clientId", "cid",
          "clientSecret", "s3cret-value",
          "subscriptionId", "sub",
          "resourceGroup", "rg");

  static final String R = "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network";
  static final String NO_ZONES = "{\"value\":[]}";
  static final String EXPIRED =
      "{\"error\":{\"code\":\"ExpiredAuthenticationToken\",\"message\":\"The access token expiry"
          + " UTC time '12/3/2026 10:18:59 PM' is earlier than current UTC time '12/3/2026"
          + " 11:19:00 PM'.\"}}";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime(Instant.parse("2026-12-03T22:19:00Z"));

  /** A config against the server for both Resource Manager and the authority. */
  static ProviderConfig config(MockWebServer server, ManualTime time) {
    Map<String, String> credentials = new HashMap<>(CREDENTIALS);
    credentials.put("authority", server.url("/").toString());
    return new ProviderConfig(
            server.url("/").toString(),
            () -> (MapCredentials) Credentials.of(credentials),
            time,
            HttpSettings.defaults(),
            line -> {})
        .withSleeper(time);
  }

  /** The token endpoint's answer: this token, for {@code seconds}. */
  static MockResponse token(String token, int seconds) {
    return json(
        200,
        "{\"token_type\":\"Bearer\",\"expires_in\":"
            + seconds
            + ",\"ext_expires_in\":"
            + seconds
            + ",\"access_token\":\""
            + token
            + "\"}");
  }

  static MockResponse token(String token) {
    return token(token, 3599);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("x-ms-request-id", "4d3f0c1e-0000-0000-0000-000000000001")
        .body(body)
        .build();
  }

  void listZones(AzureEndpoints endpoints) {
    endpoints.zones().hasNext();
  }

  @Test
  void clientCredentialsAreExchangedForABearerTokenForResourceManager() throws Exception {
    server.enqueue(token("t1"));
    server.enqueue(json(200, NO_ZONES));

    listZones(new AzureEndpoints(config(server, time)));

    RecordedRequest issue = server.takeRequest();
    assertThat(issue.getMethod()).isEqualTo("POST");
    assertThat(issue.getTarget()).isEqualTo("/tid/oauth2/v2.0/token");
    assertThat(issue.getHeaders().get("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
    assertThat(issue.getBody().utf8())
        .isEqualTo(
            "grant_type=client_credentials&client_id=cid&client_secret=s3cret-value"
                + "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default");
    RecordedRequest list = server.takeRequest();
    assertThat(list.getTarget()).isEqualTo(R + "/dnsZones?api-version=2018-05-01");
    assertThat(list.getHeaders().get("Authorization")).isEqualTo("Bearer t1");
  }

  @Test
  void aTokenIsReplacedAMinuteBeforeItExpires() throws Exception {
    server.enqueue(token("t1", 600));
    server.enqueue(json(200, NO_ZONES));
    server.enqueue(json(200, NO_ZONES));
    server.enqueue(token("t2"));
    server.enqueue(json(200, NO_ZONES));
    AzureEndpoints endpoints = new AzureEndpoints(config(server, time));

    listZones(endpoints);
    time.sleep(Duration.ofSeconds(539)); // 61 s left
    listZones(endpoints);
    time.sleep(Duration.ofSeconds(1)); // 60 s left
    listZones(endpoints);

    assertThat(server.takeRequest().getTarget()).endsWith("/oauth2/v2.0/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(server.takeRequest().getTarget()).endsWith("/oauth2/v2.0/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t2");
  }

  @Test
  void anExpiredTokenIsReplacedOnceAndTheCallRepeated() throws Exception {
    server.enqueue(token("t1"));
    server.enqueue(json(401, EXPIRED));
    server.enqueue(token("t2"));
    server.enqueue(json(200, NO_ZONES));

    listZones(new AzureEndpoints(config(server, time)));

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(server.takeRequest().getTarget()).endsWith("/oauth2/v2.0/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t2");
  }

  @Test
  void a401WithTheNewTokenTooIsAnAuthenticationFailureWithoutTheToken() {
    server.enqueue(token("t1-opaque"));
    server.enqueue(json(401, EXPIRED));
    server.enqueue(token("t2-opaque"));
    server.enqueue(json(401, EXPIRED));

    assertThatThrownBy(() -> listZones(new AzureEndpoints(config(server, time))))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("ExpiredAuthenticationToken")
        .hasMessageNotContaining("opaque");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aWrongSecretIsAnAuthenticationFailureThatShowsNoSecret() {
    server.enqueue(
        json(
            401,
            "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client"
                + " secret provided.\",\"error_codes\":[7000215]}"));
    ProviderConfig config = config(server, time);

    assertThatThrownBy(() -> listZones(new AzureEndpoints(config)))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageStartingWith("azure")
        .hasMessageContaining("AADSTS7000215")
        .hasMessageNotContaining("s3cret-value");
    assertThat(new AzureTokens(config).toString()).doesNotContain("s3cret-value", "cid", "tid");
    assertThat(config.toString()).doesNotContain("s3cret-value");
    assertThat(new AzureProvider().open(config).toString()).doesNotContain("s3cret-value");
  }
}
