package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.reflect.TypeToken;
import denominator.AuthenticationException;
import denominator.Credentials.MapCredentials;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ProviderConfig;
import denominator.ThrottledException;
import denominator.UnknownOutcomeException;
import denominator.ValidationException;
import denominator.ZoneNotFoundException;
import denominator.http.HttpSettings;
import denominator.http.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class JsonTransportTest {
  static final ErrorTable ERRORS =
      ErrorTable.builder("vendor")
          .messageFrom(ErrorTable.jsonField("error"))
          .on(401, 403, VendorError::authentication)
          .on(404, VendorError::zoneNotFound)
          .on(422, VendorError::invalidChange)
          .build();

  record ZoneJson(String id, String name) {}

  @StartStop MockWebServer server = new MockWebServer();
  ManualTime clock = new ManualTime(Instant.parse("2024-03-01T12:00:00Z"));
  AtomicReference<String> apiKey = new AtomicReference<>("key-1");
  ProviderConfig config = config(RetryPolicy.none());
  JsonTransport json =
      JsonTransport.builder(config, ERRORS)
          .auth(AuthHeader.credential(config, "X-API-Key", "apiKey"))
          .build();

  ProviderConfig config(RetryPolicy retry) {
    return new ProviderConfig(
        "http://localhost/", // requests name their URLs
        () -> new MapCredentials(Map.of("apiKey", apiKey.get())),
        clock,
        HttpSettings.defaults().withRetry(retry),
        null);
  }

  HttpUrl url(String path) {
    return server.url(path);
  }

  @Test
  void getReadsJsonAsTheTypeAskedForWithTheCredentialReadForEachRequest() throws Exception {
    server.enqueue(ok("[{\"id\":\"z1\",\"name\":\"example.com.\"}]"));
    server.enqueue(ok("{\"id\":\"z1\",\"name\":\"example.com.\"}"));

    List<ZoneJson> zones =
        json.get("list zones", "", url("/zones"), new TypeToken<List<ZoneJson>>() {}.getType());
    apiKey.set("key-2");
    ZoneJson zone = json.get("read zone", "z1", url("/zones/z1"), ZoneJson.class);

    assertThat(zones).containsExactly(new ZoneJson("z1", "example.com."));
    assertThat(zone).isEqualTo(new ZoneJson("z1", "example.com."));
    assertThat(server.takeRequest().getHeaders().get("X-API-Key")).isEqualTo("key-1");
    assertThat(server.takeRequest().getHeaders().get("X-API-Key")).isEqualTo("key-2");
  }

  @Test
  void writesSendTheirBodyAsJson() throws Exception {
    server.enqueue(ok("{\"id\":\"z2\",\"name\":\"b.example.\"}"));

    ZoneJson created =
        json.post(
            "create zone",
            "b.example.",
            url("/zones"),
            new ZoneJson(null, "b.example."),
            ZoneJson.class);

    assertThat(created.id()).isEqualTo("z2");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(post.getBody().utf8()).isEqualTo("{\"name\":\"b.example.\"}");
  }

  @Test
  void voidIgnoresTheAnswerSoAnEmptyOneIsFine() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    Object none = json.delete("delete zone", "z1", url("/zones/z1"), Void.class);

    assertThat(none).isNull();
    assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
  }

  @Test
  void withHeaderSendsAPreconditionOnEveryRequestOfThatTransportOnly() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(204).build());

    json.withHeader("If-Match", "etag-1").sendOnce().delete("delete", "z1", url("/a"), Void.class);
    json.delete("delete", "z1", url("/b"), Void.class);

    assertThat(server.takeRequest().getHeaders().get("If-Match")).isEqualTo("etag-1");
    assertThat(server.takeRequest().getHeaders().get("If-Match")).isNull();
  }

  @Test
  void errorAnswersGoThroughTheTable() {
    server.enqueue(error(401, "Unauthorized"));
    server.enqueue(error(404, "Not Found"));
    server.enqueue(error(422, "{\"error\":\"RRset a. IN A: Conflicts\"}"));
    server.enqueue(error(500, "{\"error\":\"backend died\"}"));

    assertThatThrownBy(() -> json.get("list zones", "", url("/zones"), Object.class))
        .isInstanceOf(AuthenticationException.class)
        .message()
        .doesNotContain("key-1");
    assertThatThrownBy(() -> json.get("read zone", "z9", url("/zones/z9"), Object.class))
        .isInstanceOfSatisfying(
            ZoneNotFoundException.class, e -> assertThat(e.zone()).isEqualTo("z9"));
    assertThatThrownBy(
            () -> json.patch("patch rrsets", "z1", url("/zones/z1"), Map.of(), Void.class))
        .isInstanceOfSatisfying(
            InvalidChangeException.class,
            e -> assertThat(e.messages()).containsExactly("RRset a. IN A: Conflicts"));
    assertThatThrownBy(
            () -> json.patch("patch rrsets", "z1", url("/zones/z1"), Map.of(), Void.class))
        .isExactlyInstanceOf(DenominatorException.class)
        .hasMessage("vendor: patch rrsets z1: HTTP 500: backend died");
  }

  @Test
  void theVendorsRequestIdIsQuotedInErrorMessages() {
    JsonTransport named =
        JsonTransport.builder(config, ERRORS).requestIdHeader("x-ms-request-id").build();
    server.enqueue(
        error(500, "{\"error\":\"backend died\"}")
            .newBuilder()
            .addHeader("x-ms-request-id", "4d3f0c1e")
            .build());
    server.enqueue(error(500, "{\"error\":\"backend died\"}"));

    assertThatThrownBy(() -> named.get("read zone", "z1", url("/zones/z1"), Object.class))
        .hasMessage("vendor: read zone z1: HTTP 500: backend died (request id 4d3f0c1e)");
    assertThatThrownBy(() -> named.get("read zone", "z1", url("/zones/z1"), Object.class))
        .hasMessage("vendor: read zone z1: HTTP 500: backend died");
  }

  @Test
  void retryAfterReachesTheThrottledException() {
    server.enqueue(error(429, "").newBuilder().setHeader("Retry-After", "7").build());
    server.enqueue(
        error(429, "")
            .newBuilder()
            .setHeader("Retry-After", "Fri, 01 Mar 2024 12:01:00 GMT")
            .build());

    assertThatThrownBy(() -> json.get("list zones", "", url("/zones"), Object.class))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7)));
    assertThatThrownBy(() -> json.get("list zones", "", url("/zones"), Object.class))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(1)));
  }

  @Test
  void anUnreadableAnswerToAWriteIsAnUnknownOutcome() {
    server.enqueue(ok("<html>proxy error</html>"));
    server.enqueue(ok("{\"id\":\"z2\","));
    server.enqueue(ok(""));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(
              () -> json.post("create zone", "b.", url("/zones"), Map.of(), ZoneJson.class))
          .isInstanceOf(UnknownOutcomeException.class)
          .hasMessageStartingWith("vendor: create zone b.: ");
    }
  }

  @Test
  void anUnreadableAnswerToAReadIsAFailureButNotAnUnknownOutcome() {
    server.enqueue(ok("[1, 2"));

    assertThatThrownBy(() -> json.get("list zones", "", url("/zones"), ZoneJson.class))
        .isExactlyInstanceOf(DenominatorException.class)
        .hasMessageStartingWith("vendor: list zones: unreadable answer");
  }

  @Test
  void aLostAnswerToAWriteIsAnUnknownOutcome() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"id\":")
            .setHeader("Content-Length", 40)
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    assertThatThrownBy(() -> json.put("put zone", "z1", url("/zones/z1"), Map.of(), Void.class))
        .isInstanceOf(UnknownOutcomeException.class);
    assertThatThrownBy(() -> json.put("put zone", "z1", url("/zones/z1"), Map.of(), ZoneJson.class))
        .isInstanceOf(UnknownOutcomeException.class);
  }

  @Test
  void aRetrySafeWriteIsSentAgainByTheHttpLayer() {
    JsonTransport transport = JsonTransport.builder(config(RetryPolicy.defaults()), ERRORS).build();
    server.enqueue(unavailable());
    server.enqueue(unavailable());
    server.enqueue(ok("{}"));

    assertThatThrownBy(
            () -> transport.patch("patch rrsets", "z1", url("/zones/z1"), Map.of(), Void.class))
        .isInstanceOf(DenominatorException.class)
        .hasMessageContaining("HTTP 503");
    assertThat(server.getRequestCount()).isEqualTo(1);
    transport.retrySafe().patch("patch rrsets", "z1", url("/zones/z1"), Map.of(), Void.class);

    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // A Retry-After in the past is a wait of zero, so the retry sleeps for nothing. Not "0": OkHttp
  // itself resends any request once after a 503 with Retry-After: 0, whatever its method.
  static MockResponse unavailable() {
    return error(503, "")
        .newBuilder()
        .setHeader("Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT")
        .build();
  }

  @Test
  void headersJoinedWithAndAreAllSentOnEveryRequest() throws Exception {
    server.enqueue(ok("{\"id\":\"z1\",\"name\":\"example.com.\"}"));
    JsonTransport two =
        JsonTransport.builder(config, ERRORS)
            .auth(
                AuthHeader.credential(config, "X-Auth-Key", "apiKey")
                    .and(AuthHeader.of("X-Auth-Email", () -> "ops@example.com")))
            .build();

    two.get("read zone", "z1", url("/zones/z1"), ZoneJson.class);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Auth-Key")).isEqualTo("key-1");
    assertThat(request.getHeaders().get("X-Auth-Email")).isEqualTo("ops@example.com");
  }

  @Test
  void aMissingCredentialFailsBeforeAnyRequest() {
    JsonTransport noKey =
        JsonTransport.builder(config, ERRORS)
            .auth(AuthHeader.credential(config, "X-API-Key", "token"))
            .build();

    assertThatThrownBy(() -> noKey.get("list zones", "", url("/zones"), Object.class))
        .isInstanceOf(ValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  static MockResponse ok(String body) {
    return new MockResponse.Builder().body(body).build();
  }

  static MockResponse error(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  @Test
  void aThrottledAnswerWithoutRetryAfterIsRetriedOnceItsBucketHasRefilled() {
    ProviderConfig paced = config(RetryPolicy.defaults()).withSleeper(clock);
    JsonTransport transport =
        JsonTransport.builder(paced, ERRORS)
            .pacer(
                new RateLimitPacer(
                    paced,
                    "X-RateLimit-Limit",
                    "X-RateLimit-Remaining",
                    "X-RateLimit-Period",
                    (method, url) -> method))
            .build();
    server.enqueue(
        error(429, "")
            .newBuilder()
            .setHeader("X-RateLimit-Limit", "100")
            .setHeader("X-RateLimit-Remaining", "0")
            .setHeader("X-RateLimit-Period", "60")
            .build());
    server.enqueue(ok("{\"id\":\"z1\",\"name\":\"example.com.\"}"));

    ZoneJson zone = transport.get("read zone", "z1", url("/zones/z1"), ZoneJson.class);

    assertThat(zone).isEqualTo(new ZoneJson("z1", "example.com."));
    // the retry's backoff, then the rest of 60 s / 100 that the 429's headers asked for
    assertThat(clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofMillis(600));
  }

  @Test
  void whenRetriesRunOutAThrottledAnswerWithoutRetryAfterWaitsItsBucketsRefill() {
    JsonTransport transport =
        JsonTransport.builder(config, ERRORS)
            .pacer(
                new RateLimitPacer(
                    config,
                    "X-RateLimit-Limit",
                    "X-RateLimit-Remaining",
                    "X-RateLimit-Period",
                    (method, url) -> method))
            .build();
    server.enqueue(
        error(429, "")
            .newBuilder()
            .setHeader("X-RateLimit-Limit", "300")
            .setHeader("X-RateLimit-Remaining", "0")
            .setHeader("X-RateLimit-Period", "300")
            .build());

    assertThatThrownBy(() -> transport.post("put", "z1", url("/zones/z1"), "{}", Void.class))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
  }

  @Test
  void aNetworkInterceptorSeesTheAnswerBeforeTheRetries() {
    ProviderConfig retrying = config(RetryPolicy.defaults()).withSleeper(clock);
    JsonTransport transport =
        JsonTransport.builder(retrying, ERRORS)
            .networkInterceptor(
                chain -> {
                  okhttp3.Response response = chain.proceed(chain.request());
                  return response.code() != 413
                      ? response
                      : response.newBuilder().code(429).header("Retry-After", "3").build();
                })
            .build();
    server.enqueue(error(413, "{\"error\":\"slow down\"}"));
    server.enqueue(ok("{\"id\":\"z1\",\"name\":\"example.com.\"}"));

    ZoneJson zone = transport.post("create zone", "", url("/zones"), "{}", ZoneJson.class);

    assertThat(zone).isEqualTo(new ZoneJson("z1", "example.com."));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(3));
  }
}
