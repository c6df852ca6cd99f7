package denominator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import java.time.Duration;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class HttpClientsTest {
  @StartStop MockWebServer server = new MockWebServer();

  @Test
  void theClientTakesItsTimeoutsFromTheSettings() {
    HttpSettings settings =
        HttpSettings.defaults()
            .withConnectTimeout(Duration.ofSeconds(1))
            .withReadTimeout(Duration.ofSeconds(2))
            .withWriteTimeout(Duration.ofSeconds(3))
            .withCallTimeout(Duration.ofSeconds(4));

    OkHttpClient client = HttpClients.create(settings);

    assertThat(client.connectTimeoutMillis()).isEqualTo(1_000);
    assertThat(client.readTimeoutMillis()).isEqualTo(2_000);
    assertThat(client.writeTimeoutMillis()).isEqualTo(3_000);
    assertThat(client.callTimeoutMillis()).isEqualTo(4_000);
    assertThat(client.retryOnConnectionFailure()).isFalse();
    assertThat(client.interceptors()).hasSize(2);
    assertThat(client.networkInterceptors()).hasSize(2);
  }

  @Test
  void requestsCarryTheDenominatorUserAgentUnlessTheySetTheirOwn() throws Exception {
    server.enqueue(new MockResponse.Builder().build());
    server.enqueue(new MockResponse.Builder().build());
    OkHttpClient client = HttpClients.create(HttpSettings.defaults());

    try (Response response =
        client.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    client
        .newCall(new Request.Builder().url(server.url("/")).header("User-Agent", "mine").build())
        .execute()
        .close();

    assertThat(server.takeRequest().getHeaders().get("User-Agent")).matches("denominator/\\S+");
    assertThat(server.takeRequest().getHeaders().get("User-Agent")).isEqualTo("mine");
  }

  @Test
  void closingReleasesThreadsAndConnections() throws Exception {
    server.enqueue(new MockResponse.Builder().build());
    OkHttpClient client = HttpClients.create(HttpSettings.defaults());
    client.newCall(new Request.Builder().url(server.url("/")).build()).execute().close();
    assertThat(client.connectionPool().idleConnectionCount()).isEqualTo(1);

    HttpClients.close(client);

    assertThat(client.connectionPool().connectionCount()).isZero();
    assertThat(client.dispatcher().executorService().isShutdown()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void defaultSettingsAreSensible() {
    HttpSettings defaults = HttpSettings.defaults();

    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.callTimeout()).isZero();
    assertThat(defaults.retry()).isEqualTo(RetryPolicy.defaults());
    assertThat(defaults.logBodies()).isFalse();
    assertThat(defaults.userAgent()).startsWith("denominator/");
  }

  @Test
  void withersChangeOneFieldAndKeepTheRest() {
    HttpSettings changed = HttpSettings.defaults().withUserAgent("test/1").withLogBodies(true);

    assertThat(changed.userAgent()).isEqualTo("test/1");
    assertThat(changed.logBodies()).isTrue();
    assertThat(changed.withLogBodies(false).withUserAgent(HttpSettings.defaults().userAgent()))
        .isEqualTo(HttpSettings.defaults());
  }

  @Test
  void badSettingsAreRefusedWithTheOffendingValue() {
    assertThatThrownBy(() -> HttpSettings.defaults().withReadTimeout(Duration.ofSeconds(-1)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("PT-1S"));
    assertThatThrownBy(() -> HttpSettings.defaults().withUserAgent("dénominator"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.expected()).isEqualTo("printable ASCII"));
    assertThatThrownBy(() -> HttpSettings.defaults().withSecretHeaders(Set.of(" ")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> HttpSettings.defaults().withRetry(null))
        .isInstanceOf(ValidationException.class);
  }
}
