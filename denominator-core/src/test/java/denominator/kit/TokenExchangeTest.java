package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AuthenticationException;
import denominator.Credentials.MapCredentials;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.http.HttpSettings;
import denominator.http.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.FormBody;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class TokenExchangeTest {
  @StartStop MockWebServer server = new MockWebServer();
  ManualTime clock = new ManualTime(Instant.parse("2024-03-01T12:00:00Z"));
  ProviderConfig config =
      new ProviderConfig(
          "http://localhost/", // requests name their URLs
          () -> new MapCredentials(Map.of("clientId", "app", "clientSecret", "s3cret")),
          clock,
          HttpSettings.defaults().withRetry(RetryPolicy.none()),
          null);
  TokenExchange tokens =
      TokenExchange.builder(config, JsonTransportTest.ERRORS)
          .request(
              () ->
                  new Request.Builder()
                      .url(server.url("/token"))
                      .post(
                          new FormBody.Builder()
                              .add("grant_type", "client_credentials")
                              .add("client_id", config.credentials().get("clientId").orElseThrow())
                              .add(
                                  "client_secret",
                                  config.credentials().get("clientSecret").orElseThrow())
                              .build())
                      .build())
          .build();
  JsonTransport json = JsonTransport.builder(config, JsonTransportTest.ERRORS).auth(tokens).build();

  @Test
  void theTokenIsFetchedOnceAndSentAsBearerUntilShortlyBeforeItExpires() throws Exception {
    server.enqueue(token("t1", 3600));
    server.enqueue(ok());
    server.enqueue(ok());
    server.enqueue(token("t2", 3600));
    server.enqueue(ok());

    zones();
    clock.sleep(Duration.ofMinutes(58));
    zones();
    clock.sleep(Duration.ofSeconds(61)); // within the minute before expiry
    zones();

    RecordedRequest fetch = server.takeRequest();
    assertThat(fetch.getTarget()).isEqualTo("/token");
    assertThat(fetch.getBody().utf8()).contains("grant_type=client_credentials");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t2");
  }

  @Test
  void a401FetchesANewTokenAndSendsTheRequestOnceMore() throws Exception {
    server.enqueue(token("t1", 3600));
    server.enqueue(new MockResponse.Builder().code(401).body("expired").build());
    server.enqueue(token("t2", 3600));
    server.enqueue(ok());

    zones();

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t2");
  }

  @Test
  void a401WithTheNewTokenTooIsAnAuthenticationFailureWithoutAThirdTry() {
    server.enqueue(token("t1", 3600));
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(token("t2", 3600));
    server.enqueue(new MockResponse.Builder().code(401).build());

    assertThatThrownBy(this::zones).isInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void refusedCredentialsAreAnAuthenticationFailureThatShowsNoSecret() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body("{\"error\":\"invalid_client\",\"error_description\":\"bad secret\"}")
            .build());

    assertThatThrownBy(this::zones)
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.provider()).isEqualTo("vendor"))
        .hasMessageContaining("invalid_client: bad secret")
        .message()
        .doesNotContain("s3cret");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAnswerWithoutATokenIsAFailureNamingTheProvider() {
    server.enqueue(new MockResponse.Builder().body("{\"token_type\":\"Bearer\"}").build());

    assertThatThrownBy(this::zones)
        .isInstanceOf(DenominatorException.class)
        .hasMessageStartingWith("vendor: get token: ");
  }

  @Test
  void aReaderForOtherShapesAndAnotherHeader() throws Exception {
    TokenExchange keystone =
        TokenExchange.builder(config, JsonTransportTest.ERRORS)
            .request(() -> new Request.Builder().url(server.url("/v3/auth/tokens")).get().build())
            .reader(
                (headers, body, now) ->
                    new TokenExchange.Token(
                        headers.get("X-Subject-Token"), Instant.parse("2024-03-01T13:00:00Z")))
            .header("X-Auth-Token", "")
            .build();
    server.enqueue(
        new MockResponse.Builder().setHeader("X-Subject-Token", "k1").body("{}").build());

    assertThat(keystone.current()).hasValue(new AuthHeader.Value("X-Auth-Token", "k1"));
    assertThat(keystone.current().orElseThrow().toString()).doesNotContain("k1");
  }

  @Test
  void aHeaderTokenWithAnAbsoluteExpiryIsRenewedBeforeThatTimeAndHandsOverItsAnswer()
      throws Exception {
    List<String> answers = new ArrayList<>();
    TokenExchange keystone =
        TokenExchange.builder(config, JsonTransportTest.ERRORS)
            .request(() -> form("auth", "password"))
            .reader(TokenExchange.fromHeader("X-Subject-Token", "token", "expires_at"))
            .onIssue(answers::add)
            .header("X-Auth-Token", "")
            .refreshBefore(Duration.ofSeconds(120))
            .build();
    server.enqueue(subject("k1", "2024-03-01T12:10:00.000000Z"));
    server.enqueue(subject("k2", "2024-03-01T13:00:00.000000Z"));

    assertThat(keystone.current()).hasValue(new AuthHeader.Value("X-Auth-Token", "k1"));
    clock.sleep(Duration.ofMinutes(7)); // 3 minutes left: still good
    assertThat(keystone.current()).hasValue(new AuthHeader.Value("X-Auth-Token", "k1"));
    clock.sleep(Duration.ofMinutes(1)); // 2 minutes left: renewed
    assertThat(keystone.current()).hasValue(new AuthHeader.Value("X-Auth-Token", "k2"));

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(answers).hasSize(2);
    assertThat(answers.get(1)).contains("13:00:00");
  }

  @Test
  void aBodyTokenWithAnAbsoluteExpiry() {
    TokenExchange.TokenReader reader =
        TokenExchange.fromBody(
            List.of("access", "token", "id"), List.of("access", "token", "expires"));

    TokenExchange.Token token =
        reader.read(
            okhttp3.Headers.of(),
            "{\"access\":{\"token\":{\"id\":\"r1\",\"expires\":\"2024-03-02T12:00:00.000Z\"}}}",
            clock.instant());

    assertThat(token.value()).isEqualTo("r1");
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2024-03-02T12:00:00Z"));
  }

  @Test
  void expiriesAreReadWithOrWithoutFractionZoneOrAsEpochSeconds() {
    Instant expected = Instant.parse("2026-12-03T23:19:00Z");

    assertThat(TokenExchange.instant("2026-12-03T23:19:00.000000Z")).isEqualTo(expected);
    assertThat(TokenExchange.instant("2026-12-03T23:19:00Z")).isEqualTo(expected);
    assertThat(TokenExchange.instant("2026-12-03T23:19:00.000000")).isEqualTo(expected);
    assertThat(TokenExchange.instant("2026-12-04T00:19:00+01:00")).isEqualTo(expected);
    assertThat(TokenExchange.instant(Long.toString(expected.getEpochSecond()))).isEqualTo(expected);
    assertThatThrownBy(() -> TokenExchange.instant("tomorrow"))
        .isInstanceOf(DenominatorException.class)
        .hasMessageContaining("tomorrow");
  }

  @Test
  void anAnswerWhoseHandOverFailsKeepsNoTokenAndFailsWithItsOwnMessage() {
    TokenExchange keystone =
        TokenExchange.builder(config, JsonTransportTest.ERRORS)
            .request(() -> form("auth", "password"))
            .reader(TokenExchange.fromHeader("X-Subject-Token", "token", "expires_at"))
            .onIssue(
                body -> {
                  throw new DenominatorException("vendor: no dns endpoint in the catalog");
                })
            .build();
    server.enqueue(subject("k1", "2024-03-01T13:00:00Z"));
    server.enqueue(new MockResponse.Builder().body("{\"token\":{}}").build());

    assertThatThrownBy(keystone::current).hasMessage("vendor: no dns endpoint in the catalog");
    assertThatThrownBy(keystone::current) // fetched again, and without the header this time
        .hasMessage("vendor: get token: token answer without header X-Subject-Token");
  }

  static MockResponse subject(String token, String expiresAt) {
    return new MockResponse.Builder()
        .code(201)
        .setHeader("X-Subject-Token", token)
        .body("{\"token\":{\"expires_at\":\"" + expiresAt + "\",\"catalog\":[]}}")
        .build();
  }

  @Test
  void aRefreshTokenRenewsTheTokenAndTheCredentialsDoWhenItIsRefused() throws Exception {
    TokenExchange refreshing =
        TokenExchange.builder(config, JsonTransportTest.ERRORS)
            .request(() -> form("grant_type", "password"))
            .refresh(refreshToken -> form("refresh_token", refreshToken))
            .build();
    server.enqueue(refreshable("t1", "r1"));
    server.enqueue(refreshable("t2", "r2"));
    server.enqueue(
        new MockResponse.Builder().code(400).body("{\"error\":\"invalid_grant\"}").build());
    server.enqueue(refreshable("t3", "r3"));

    assertThat(refreshing.current().orElseThrow().value()).isEqualTo("Bearer t1");
    clock.sleep(Duration.ofMinutes(60));
    assertThat(refreshing.current().orElseThrow().value()).isEqualTo("Bearer t2");
    refreshing.refresh(refreshing.current().orElseThrow()); // as after a 401
    assertThat(refreshing.current().orElseThrow().value()).isEqualTo("Bearer t3");

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("grant_type=password");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("refresh_token=r1");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("refresh_token=r2");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("grant_type=password");
    assertThat(refreshing.toString()).doesNotContain("t1", "t2", "t3", "r1", "r2", "r3");
  }

  private Request form(String name, String value) {
    return new Request.Builder()
        .url(server.url("/token"))
        .post(new FormBody.Builder().add(name, value).build())
        .build();
  }

  static MockResponse refreshable(String token, String refreshToken) {
    return new MockResponse.Builder()
        .body(
            "{\"access_token\":\""
                + token
                + "\",\"refresh_token\":\""
                + refreshToken
                + "\",\"expires_in\":3600}")
        .build();
  }

  private void zones() {
    json.get("list zones", "", server.url("/zones"), Object.class);
  }

  static MockResponse token(String token, int seconds) {
    return new MockResponse.Builder()
        .body(
            "{\"access_token\":\""
                + token
                + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + seconds
                + "}")
        .build();
  }

  static MockResponse ok() {
    return new MockResponse.Builder().body("[]").build();
  }

  @Test
  void aNetworkInterceptorSeesTheTokenAnswersBeforeTheRetries() throws Exception {
    ProviderConfig retrying =
        new ProviderConfig(
                "http://localhost/",
                () -> new MapCredentials(Map.of()),
                clock,
                HttpSettings.defaults().withRetry(RetryPolicy.defaults()),
                null)
            .withSleeper(clock);
    TokenExchange throttledOn413 =
        TokenExchange.builder(retrying, JsonTransportTest.ERRORS)
            .request(
                () ->
                    new Request.Builder()
                        .url(server.url("/token"))
                        .post(new FormBody.Builder().add("grant_type", "x").build())
                        .build())
            .networkInterceptor(
                chain -> {
                  okhttp3.Response response = chain.proceed(chain.request());
                  return response.code() != 413
                      ? response
                      : response.newBuilder().code(429).header("Retry-After", "2").build();
                })
            .build();
    server.enqueue(new MockResponse.Builder().code(413).body("slow down").build());
    server.enqueue(token("t1", 3600));

    assertThat(throttledOn413.current().orElseThrow().value()).isEqualTo("Bearer t1");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2));
  }
}
