package denominator.clouddns;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Identity v2.0 tokens: both credential kinds, the catalog, renewal before expiry and on a 401. */
class CloudDnsTokensTest {
  /** Not real secrets: made up for these tests. */
  static final Map<String, String> API_KEY = Map.of("username", "joe", "apiKey", "test-api-key");

  static final Instant NOW = Instant.parse("2026-12-03T22:19:00Z");
  static final String TENANT = "/v1.0/123123";
  static final String NO_DOMAINS = "{\"domains\":[],\"totalEntries\":0}";
  static final String DNS_401 =
      "{\"message\":\"Authentication required.\",\"code\":401,\"details\":\"Invalid or expired"
          + " token.\"}";

  @StartStop MockWebServer server = LoopbackServers.server();
  Canned canned = new Canned(server);

  @BeforeEach
  void serve() {
    canned.start();
  }

  /**
   * A MockWebServer that answers identity with a token per call ({@code token-1}, {@code token-2},
   * ...) whose catalog points back at it, and the DNS API with canned answers by method and path,
   * in turn, the last repeated. Records every request as "METHOD target body".
   */
  static final class Canned {
    final MockWebServer server;
    final ManualTime time = new ManualTime(NOW);
    final Map<String, Deque<MockResponse>> answers = new HashMap<>();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    Duration tokenLife = Duration.ofHours(24);
    String catalog;
    int tokens;

    Canned(MockWebServer server) {
      this.server = server;
    }

    void start() {
      catalog = catalog("rax:dns", server.url(TENANT).toString());
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              String body = request.getBody() == null ? "" : request.getBody().utf8();
              requests.add(request.getMethod() + " " + request.getTarget() + " " + body);
              if (request.getUrl().encodedPath().equals("/v2.0/tokens")) {
                return json(200, token("token-" + ++tokens, time.instant().plus(tokenLife)));
              }
              Deque<MockResponse> queue =
                  answers.get(request.getMethod() + " " + request.getUrl().encodedPath());
              if (queue == null || queue.isEmpty()) {
                return json(500, "{\"message\":\"not canned\",\"code\":500}");
              }
              return queue.size() == 1 ? queue.peek() : queue.poll();
            }
          });
    }

    /** Answers {@code METHOD /v1.0/123123<path>} with this, after what was answered before. */
    Canned answer(String method, String path, int code, String body) {
      answers
          .computeIfAbsent(method + " " + TENANT + path, k -> new ArrayDeque<>())
          .add(json(code, body));
      return this;
    }

    Canned answer(String method, String path, MockResponse response) {
      answers.computeIfAbsent(method + " " + TENANT + path, k -> new ArrayDeque<>()).add(response);
      return this;
    }

    String token(String id, Instant expires) {
      return "{\"access\":{\"token\":{\"id\":\""
          + id
          + "\",\"expires\":\""
          + expires.toString().replace("Z", ".000Z")
          + "\",\"tenant\":{\"id\":\"123123\",\"name\":\"123123\"}},\"serviceCatalog\":"
          + catalog
          + ",\"user\":{\"id\":\"1234\",\"name\":\"joe\"}}}";
    }

    ProviderConfig config(Map<String, String> credentials) {
      return new ProviderConfig(
              server.url("/v2.0").toString(),
              () -> (MapCredentials) Credentials.of(credentials),
              time,
              HttpSettings.defaults(),
              line -> {})
          .withSleeper(time);
    }

    ProviderConfig config() {
      return config(API_KEY);
    }

    /** The requests to the DNS API, without bodies: "METHOD target". */
    List<String> dnsRequests() {
      return requests.stream()
          .filter(r -> !r.contains("/v2.0/tokens"))
          .map(r -> r.substring(0, r.indexOf(' ', r.indexOf(' ') + 1)))
          .toList();
    }
  }

  static String catalog(String type, String publicUrl) {
    return "[{\"name\":\"cloudFiles\",\"type\":\"object-store\",\"endpoints\":[{\"region\":\"DFW\","
        + "\"tenantId\":\"MossoCloudFS_x\",\"publicURL\":\"https://files.example/v1\"}]},"
        + "{\"name\":\"cloudDNS\",\"type\":\""
        + type
        + "\",\"endpoints\":[{\"tenantId\":\"123123\",\"publicURL\":\""
        + publicUrl
        + "\"}]}]";
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  List<String> domainNames(CloudDnsEndpoints endpoints) {
    List<String> names = new ArrayList<>();
    endpoints.domains().forEachRemaining(domain -> names.add(domain.name()));
    return names;
  }

  @Test
  void anApiKeyIsExchangedForATokenSentAsXAuthTokenToTheCatalogsEndpoint() {
    canned.answer("GET", "/domains", 200, NO_DOMAINS);

    domainNames(new CloudDnsEndpoints(canned.config()));

    assertThat(canned.requests).hasSize(2);
    String issue = canned.requests.get(0);
    assertThat(issue).startsWith("POST /v2.0/tokens ");
    assertThat(JsonParser.parseString(issue.substring("POST /v2.0/tokens ".length())))
        .isEqualTo(
            JsonParser.parseString(
                "{\"auth\":{\"RAX-KSKEY:apiKeyCredentials\":"
                    + "{\"username\":\"joe\",\"apiKey\":\"test-api-key\"}}}"));
    assertThat(canned.requests.get(1)).startsWith("GET " + TENANT + "/domains?limit=100&offset=0");
  }

  @Test
  void aPasswordIsSentAsPasswordCredentials() {
    Map<String, String> password = Map.of("username", "joe", "password", "test-password");

    String body = CloudDnsProvider.GSON.toJson(CloudDnsTokens.auth(new MapCredentials(password)));

    assertThat(JsonParser.parseString(body))
        .isEqualTo(
            JsonParser.parseString(
                "{\"auth\":{\"passwordCredentials\":"
                    + "{\"username\":\"joe\",\"password\":\"test-password\"}}}"));
  }

  @Test
  void everyDnsRequestCarriesTheTokenAndAcceptsJson() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return request.getUrl().encodedPath().equals("/v2.0/tokens")
                ? json(200, canned.token("token-x", NOW.plusSeconds(3600)))
                : json(200, NO_DOMAINS);
          }
        });

    domainNames(new CloudDnsEndpoints(canned.config()));

    server.takeRequest();
    RecordedRequest list = server.takeRequest();
    assertThat(list.getHeaders().get("X-Auth-Token")).isEqualTo("token-x");
    assertThat(list.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void aTokenIsReplacedAMinuteBeforeItExpires() {
    canned.tokenLife = Duration.ofMinutes(5);
    canned.answer("GET", "/domains", 200, NO_DOMAINS);
    CloudDnsEndpoints endpoints = new CloudDnsEndpoints(canned.config());

    domainNames(endpoints);
    canned.time.sleep(Duration.ofSeconds(239)); // 61 s left
    domainNames(endpoints);
    canned.time.sleep(Duration.ofSeconds(1)); // 60 s left
    domainNames(endpoints);

    assertThat(canned.requests.stream().map(r -> r.substring(0, r.indexOf(' ', 5))).toList())
        .containsExactly(
            "POST /v2.0/tokens",
            "GET /v1.0/123123/domains?limit=100&offset=0",
            "GET /v1.0/123123/domains?limit=100&offset=0",
            "POST /v2.0/tokens",
            "GET /v1.0/123123/domains?limit=100&offset=0");
    assertThat(canned.tokens).isEqualTo(2);
  }

  @Test
  void a401FetchesANewTokenOnceAndRepeatsTheCall() throws Exception {
    canned.answer("GET", "/domains", 401, DNS_401).answer("GET", "/domains", 200, NO_DOMAINS);

    assertThat(domainNames(new CloudDnsEndpoints(canned.config()))).isEmpty();

    assertThat(canned.tokens).isEqualTo(2);
    assertThat(canned.dnsRequests()).hasSize(2);
  }

  @Test
  void a401ToTheNewTokenTooIsAnAuthenticationFailure() {
    canned.answer("GET", "/domains", 401, DNS_401);

    assertThatThrownBy(() -> domainNames(new CloudDnsEndpoints(canned.config())))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Invalid or expired token.");
    assertThat(canned.tokens).isEqualTo(2);
  }

  @Test
  void refusedCredentialsAreAnAuthenticationFailureWithoutTheSecret() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return json(
                401,
                "{\"unauthorized\":{\"code\":401,\"message\":\"Unable to authenticate user with"
                    + " credentials provided.\"}}");
          }
        });

    assertThatThrownBy(() -> domainNames(new CloudDnsEndpoints(canned.config())))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageStartingWith("clouddns: authentication failed: get token")
        .hasMessageNotContaining("test-api-key");
  }

  @Test
  void aCatalogWithoutRaxDnsIsAnAuthenticationFailure() {
    canned.catalog = catalog("rax:object-cdn", server.url(TENANT).toString());

    assertThatThrownBy(() -> domainNames(new CloudDnsEndpoints(canned.config())))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("clouddns: authentication failed: no rax:dns endpoint in catalog");
  }

  @Test
  void theIdentityPathIsAddedWhenTheUrlLacksIt() {
    ProviderConfig config =
        new ProviderConfig(
                server.url("/").toString(),
                () -> (MapCredentials) Credentials.of(API_KEY),
                canned.time,
                HttpSettings.defaults(),
                line -> {})
            .withSleeper(canned.time);
    canned.answer("GET", "/domains", 200, NO_DOMAINS);

    domainNames(new CloudDnsEndpoints(config));

    assertThat(canned.requests.get(0)).startsWith("POST /v2.0/tokens ");
  }

  @Test
  void noSecretOrTokenIsInToStringOrMessages() {
    canned.answer("GET", "/domains", 200, NO_DOMAINS);
    ProviderConfig config = canned.config();
    CloudDnsEndpoints endpoints = new CloudDnsEndpoints(config);
    domainNames(endpoints);

    String all =
        new CloudDnsProvider().open(config)
            + " "
            + new CloudDnsTokens(config)
            + " "
            + endpoints
            + " "
            + config;
    assertThat(all).doesNotContain("test-api-key").doesNotContain("token-1");
  }

  @Test
  void aThrottledTokenRequestIsRetriedWhenItsReplyAfterSays() {
    server.setDispatcher(
        new Dispatcher() {
          int calls;

          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/v2.0/tokens") && calls++ == 0) {
              return json(413, "{\"message\":\"Rate limit exceeded.\",\"code\":413}")
                  .newBuilder()
                  .setHeader("Reply-After", "2026-12-03T22:19:04Z")
                  .build();
            }
            return request.getUrl().encodedPath().equals("/v2.0/tokens")
                ? json(200, canned.token("token-x", NOW.plusSeconds(3600)))
                : json(200, NO_DOMAINS);
          }
        });

    assertThat(domainNames(new CloudDnsEndpoints(canned.config()))).isEmpty();
    assertThat(canned.time.sleeps()).containsExactly(Duration.ofSeconds(4));
  }
}
