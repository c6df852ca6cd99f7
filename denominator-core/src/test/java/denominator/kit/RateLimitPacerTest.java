package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials.MapCredentials;
import denominator.ProviderConfig;
import denominator.http.HttpSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RateLimitPacerTest {
  static final HttpUrl ZONES = HttpUrl.get("http://127.0.0.1/v1/zones");
  static final HttpUrl RECORD = HttpUrl.get("http://127.0.0.1/v1/zones/example.com/www/A");

  final ManualTime time = new ManualTime(Instant.parse("2026-12-03T00:00:00Z"));
  final ProviderConfig config =
      new ProviderConfig(
              "http://127.0.0.1/",
              () -> new MapCredentials(Map.of()),
              time,
              HttpSettings.defaults(),
              null)
          .withSleeper(time);
  final RateLimitPacer pacer =
      new RateLimitPacer(
          config,
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Period",
          (method, url) -> method.equals("GET") ? "read" : "write");

  @Test
  void requestsGoAtOnceWhileTheBucketHasSomeLeftThenOnePerRefill() {
    send("PUT", RECORD, 3, 100, 60); // answer: 3 left of 100 per 60 s
    send("PUT", RECORD, 2, 100, 60);
    send("PUT", RECORD, 1, 100, 60);
    send("PUT", RECORD, 0, 100, 60);
    assertThat(time.sleeps()).isEmpty();

    send("PUT", RECORD, 0, 100, 60);
    send("PUT", RECORD, 0, 100, 60);

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(600), Duration.ofMillis(600));
  }

  @Test
  void bucketsAreSeparateAndAnAnswerWithoutTheHeadersChangesNothing() {
    send("PUT", RECORD, 0, 10, 10);
    send("GET", ZONES, 5, 10, 10);
    pacer.after("GET", ZONES, Headers.of());
    send("GET", ZONES, 4, 10, 10);
    assertThat(time.sleeps()).isEmpty();

    send("PUT", RECORD, 0, 10, 10);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void timeAlreadyPassedSinceTheLastAnswerIsNotWaitedAgain() {
    send("DELETE", RECORD, 0, 100, 60);
    time.sleep(Duration.ofMillis(450));

    send("DELETE", RECORD, 0, 100, 60);

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(450), Duration.ofMillis(150));
  }

  private void send(String method, HttpUrl url, long remaining, long limit, long period) {
    pacer.before(method, url);
    pacer.after(
        method,
        url,
        Headers.of(
            "X-RateLimit-Limit", String.valueOf(limit),
            "X-RateLimit-Remaining", String.valueOf(remaining),
            "X-RateLimit-Period", String.valueOf(period)));
  }
}
