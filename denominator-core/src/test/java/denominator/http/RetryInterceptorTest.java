package denominator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.kit.ManualTime;
import denominator.kit.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {
  static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
  static final RequestBody JSON = RequestBody.create("{}", MediaType.get("application/json"));

  @StartStop MockWebServer server = new MockWebServer();
  ManualTime time = new ManualTime(NOW);
  RetryPolicy policy = RetryPolicy.defaults();

  @Test
  void getIsRetriedAfter503AndReturnsTheSuccess() throws Exception {
    server.enqueue(status(503));
    server.enqueue(new MockResponse.Builder().body("ok").build());

    try (Response response = execute(get())) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).isEqualTo("ok");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps()).hasSize(1);
    assertThat(time.sleeps().get(0)).isBetween(Duration.ZERO, policy.baseDelay());
  }

  @Test
  void theRetryReusesTheConnectionBecauseTheFailedResponseWasClosed() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    server.enqueue(status(200));

    execute(get()).close();

    assertThat(server.takeRequest().getConnectionIndex()).isZero();
    RecordedRequest retry = server.takeRequest();
    assertThat(retry.getConnectionIndex()).isZero();
    assertThat(retry.getExchangeIndex()).isEqualTo(1);
  }

  @Test
  void backoffGrowsWithEachRetryAndStaysWithinItsCeiling() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    server.enqueue(status(200));

    assertThat(execute(get()).code()).isEqualTo(200);

    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(time.sleeps()).hasSize(4);
    for (int retry = 0; retry < 4; retry++) {
      assertThat(time.sleeps().get(retry))
          .isLessThanOrEqualTo(policy.baseDelay().multipliedBy(1L << retry));
    }
  }

  @Test
  void retryAfterInSecondsIsWhatTheSleeperWaits() throws Exception {
    server.enqueue(status(429, "3"));
    server.enqueue(status(200));

    assertThat(execute(get()).code()).isEqualTo(200);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredFromTheClock() throws Exception {
    server.enqueue(status(503, "Fri, 01 Mar 2024 12:00:07 GMT"));
    server.enqueue(status(200));

    assertThat(execute(get()).code()).isEqualTo(200);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void postIsNotRetriedAfter503BecauseTheServerMayHaveActed() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(200));

    assertThat(execute(post(JSON)).code()).isEqualTo(503);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void postIsRetriedAfter429BecauseTheServerDidNotAct() throws Exception {
    server.enqueue(status(429, "1"));
    server.enqueue(status(201));

    assertThat(execute(post(JSON)).code()).isEqualTo(201);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{}");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{}");
  }

  @Test
  void aOneShotBodyIsNotResentEvenAfter429() throws Exception {
    server.enqueue(status(429, "1"));
    server.enqueue(status(201));
    RequestBody oneShot =
        new RequestBody() {
          @Override
          public MediaType contentType() {
            return MediaType.get("application/json");
          }

          @Override
          public void writeTo(okio.BufferedSink sink) throws IOException {
            sink.writeUtf8("{}");
          }

          @Override
          public boolean isOneShot() {
            return true;
          }
        };

    assertThat(execute(post(oneShot)).code()).isEqualTo(429);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void postTaggedRetrySafeIsRetriedAfter503() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(204));
    Request patch =
        new Request.Builder()
            .url(server.url("/zones/example.com."))
            .patch(JSON)
            .tag(RetrySafe.class, RetrySafe.INSTANCE)
            .build();

    assertThat(execute(patch).code()).isEqualTo(204);

    assertThat(server.takeRequest().getMethod()).isEqualTo("PATCH");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{}");
  }

  @Test
  void getIsRetriedAfterTheConnectionDrops() throws Exception {
    server.enqueue(dropped());
    server.enqueue(new MockResponse.Builder().body("ok").build());

    try (Response response = execute(get())) {
      assertThat(response.body().string()).isEqualTo("ok");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void postIsNotRetriedAfterTheConnectionDrops() {
    server.enqueue(dropped());
    server.enqueue(status(201));

    assertThatThrownBy(() -> execute(post(JSON))).isInstanceOf(IOException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void afterMaxAttemptsTheLast503IsReturned() throws Exception {
    policy = policy.withMaxAttempts(3);
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(503).body("try " + i).build());
    }

    try (Response response = execute(get())) {
      assertThat(response.code()).isEqualTo(503);
      assertThat(response.body().string()).isEqualTo("try 2");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void afterMaxAttemptsTheLastConnectionFailureIsThrown() {
    policy = policy.withMaxAttempts(2);
    for (int i = 0; i < 3; i++) {
      server.enqueue(dropped());
    }

    assertThatThrownBy(() -> execute(get())).isInstanceOf(IOException.class);

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterLongerThanTheRemainingBudgetReturnsTheResponseWithoutWaiting() throws Exception {
    policy = policy.withMaxTotal(Duration.ofSeconds(60));
    server.enqueue(status(429, "61"));
    server.enqueue(status(200));

    try (Response response = execute(get())) {
      assertThat(response.code()).isEqualTo(429);
      assertThat(response.header("Retry-After")).isEqualTo("61");
    }
    assertThat(time.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theBudgetCountsTheTimeAlreadyWaited() throws Exception {
    policy = policy.withMaxTotal(Duration.ofSeconds(10));
    server.enqueue(status(503, "6"));
    server.enqueue(status(503, "6"));
    server.enqueue(status(200));

    assertThat(execute(get()).code()).isEqualTo(503);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(6));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void hugeRetryAfterDoesNotOverflow() throws Exception {
    server.enqueue(status(429, "99999999999999999999"));

    assertThat(execute(get()).code()).isEqualTo(429);

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void internalServerErrorsAreRetriedForIdempotentRequests() throws Exception {
    server.enqueue(status(500));
    server.enqueue(status(200));

    assertThat(execute(get()).code()).isEqualTo(200);

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void otherServerErrorsAreNotRetried() throws Exception {
    server.enqueue(status(501));
    server.enqueue(status(200));

    assertThat(execute(get()).code()).isEqualTo(501);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBodyCutOffIsRetriedForIdempotentRequests() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"zones\": [1,")
            .setHeader("Content-Length", 20)
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(new MockResponse.Builder().body("{\"zones\": []}").build());

    try (Response response = execute(get())) {
      assertThat(response.body().string()).isEqualTo("{\"zones\": []}");
    }

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anErrorBodyCutOffIsRetriedForIdempotentRequestsToo() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .body("{\"code\":\"NotFound\",")
            .setHeader("Content-Length", 40)
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(new MockResponse.Builder().code(404).body("{\"code\":\"NotFound\"}").build());

    try (Response response = execute(get())) {
      assertThat(response.code()).isEqualTo(404);
      assertThat(response.body().string()).isEqualTo("{\"code\":\"NotFound\"}");
    }

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void gatewayErrorsAreRetriedForIdempotentRequests() throws Exception {
    server.enqueue(status(502));
    server.enqueue(status(504));
    server.enqueue(status(204));

    Request delete = new Request.Builder().url(server.url("/zones/1")).delete().build();
    assertThat(execute(delete).code()).isEqualTo(204);

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
  }

  @Test
  void aRequestThatIsNotRetrySafeIsSentOnceEvenWhenA503SaysRetryAtOnce() throws IOException {
    server.enqueue(status(503, "0"));
    server.enqueue(status(200));

    try (Response response = execute(post(JSON))) {
      assertThat(response.code()).isEqualTo(503);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void interruptionWhileWaitingThrowsAndKeepsTheInterruptFlag() {
    server.enqueue(status(503));
    server.enqueue(status(200));
    Sleeper interrupted =
        duration -> {
          throw new InterruptedException();
        };
    OkHttpClient client = client(interrupted);

    try {
      assertThatThrownBy(() -> client.newCall(get()).execute())
          .isInstanceOf(InterruptedIOException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private Response execute(Request request) throws IOException {
    return client(time).newCall(request).execute();
  }

  private OkHttpClient client(Sleeper sleeper) {
    HttpSettings settings = HttpSettings.defaults().withRetry(policy);
    return HttpClients.builder(settings, line -> {}, () -> false, sleeper, time, new Random(7))
        .build();
  }

  private Request get() {
    return new Request.Builder().url(server.url("/zones")).build();
  }

  private Request post(RequestBody body) {
    return new Request.Builder().url(server.url("/zones")).post(body).build();
  }

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  static MockResponse status(int code, String retryAfter) {
    return new MockResponse.Builder().code(code).setHeader("Retry-After", retryAfter).build();
  }

  static MockResponse dropped() {
    return new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }
}
