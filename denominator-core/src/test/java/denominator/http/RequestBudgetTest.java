package denominator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import denominator.kit.ManualTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Turns are spaced 2% wider than a limit's interval: 5 per second is one each 204 ms. */
class RequestBudgetTest {
  static final Instant START = Instant.parse("2026-12-04T00:00:00Z");
  final ManualTime time = new ManualTime(START);
  final RequestLimit fivePerSecond = RequestLimit.perAccount(5, Duration.ofSeconds(1));

  @Test
  void requestsOfOneAccountGoOneIntervalApart() {
    RequestBudget budget = new RequestBudget(List.of(fivePerSecond), "", time, time);

    for (int i = 0; i < 11; i++) {
      budget.acquire("GET", "/2013-04-01/hostedzone");
    }

    assertThat(Duration.between(START, time.instant())).isEqualTo(Duration.ofMillis(2040));
    assertThat(time.sleeps()).hasSize(10).containsOnly(Duration.ofMillis(204));
    assertThat(budget.stats().requests()).isEqualTo(11);
    assertThat(budget.stats().waits()).isEqualTo(10);
    assertThat(budget.stats().waited()).isEqualTo(Duration.ofMillis(2040));
  }

  @Test
  void aBurstGoesAtOnceAfterAQuietSpellThenOnePerInterval() {
    RequestBudget budget = new RequestBudget(List.of(fivePerSecond.withBurst(5)), "", time, time);

    for (int i = 0; i < 10; i++) {
      budget.acquire("GET", "/zones");
    }
    assertThat(time.sleeps()).hasSize(5).containsOnly(Duration.ofMillis(204));

    time.sleep(Duration.ofMillis(1020)); // five turns: the vendor's bucket is full again
    for (int i = 0; i < 5; i++) {
      budget.acquire("GET", "/zones");
    }
    assertThat(time.sleeps()).hasSize(6);
    assertThat(Duration.between(START, time.instant())).isEqualTo(Duration.ofMillis(2040));
  }

  @Test
  void aRequestThatWaitedLongEnoughGoesAtOnce() {
    RequestBudget budget = new RequestBudget(List.of(fivePerSecond), "", time, time);
    budget.acquire("GET", "/a");
    time.sleep(Duration.ofMillis(300));

    budget.acquire("GET", "/a");

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(300));
  }

  @Test
  void threadsSharingABudgetTakeDistinctTurns() throws Exception {
    Clock frozen = Clock.fixed(START, ZoneOffset.UTC);
    List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    RequestBudget budget = new RequestBudget(List.of(fivePerSecond), "", frozen, waits::add);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 100; i++) {
      pool.execute(() -> budget.acquire("GET", "/zones"));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    // on a clock that stands still, request k waits k intervals: no two share a turn
    assertThat(waits)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(1, 100).mapToObj(k -> Duration.ofMillis(204L * k)).toList());
  }

  @Test
  void anEndpointLimitPacesOnlyItsRequestsOnTopOfTheAccountLimit() {
    RequestLimit creates =
        RequestLimit.perEndpoint("POST /2013-04-01/hostedzone", 2, Duration.ofSeconds(1));
    RequestBudget budget = new RequestBudget(List.of(fivePerSecond, creates), "", time, time);

    budget.acquire("POST", "/2013-04-01/hostedzone");
    budget.acquire("POST", "/2013-04-01/hostedzone"); // its endpoint's turn: 500 ms later
    budget.acquire("GET", "/2013-04-01/hostedzone"); // the account's turn: 200 ms after that

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(510), Duration.ofMillis(204));
    assertThat(creates.covers("POST", "/2013-04-01/hostedzone/")).isTrue();
    assertThat(creates.covers("POST", "/2013-04-01/hostedzone/Z1/rrset")).isFalse();
    assertThat(creates.covers("GET", "/2013-04-01/hostedzone")).isFalse();
  }

  @Test
  void aStarInAnEndpointIsOneSegment() {
    RequestLimit records =
        RequestLimit.perEndpoint("* /v1/zones/*/records", 10, Duration.ofSeconds(1));

    assertThat(records.covers("GET", "/v1/zones/example.com/records")).isTrue();
    assertThat(records.covers("DELETE", "/v1/zones/example.com/records")).isTrue();
    assertThat(records.covers("GET", "/v1/zones/a/b/records")).isFalse();
    assertThat(records.covers("GET", "/v1/zones/example.com")).isFalse();
  }

  @Test
  void twoStarsAreAnyRestOfThePath() {
    RequestLimit reads =
        RequestLimit.perEndpoint("GET /subscriptions/**", 25, Duration.ofSeconds(1));

    assertThat(reads.covers("GET", "/subscriptions/s1/resourceGroups/g/providers/x")).isTrue();
    assertThat(reads.covers("GET", "/subscriptions/")).isTrue();
    assertThat(reads.covers("PUT", "/subscriptions/s1")).isFalse();
    assertThat(reads.covers("GET", "/tenants/t1")).isFalse();
  }

  @Test
  void aNamedSegmentGivesEachValueALimitOfItsOwn() {
    RequestLimit perZone =
        RequestLimit.perEndpoint("PUT /zones/{zone}/records/*", 2, Duration.ofSeconds(1));
    RequestBudget budget = new RequestBudget(List.of(perZone), "", time, time);

    budget.acquire("PUT", "/zones/a.example/records/www");
    budget.acquire("PUT", "/zones/b.example/records/www"); // another zone: its own turn, at once
    budget.acquire("PUT", "/zones/a.example/records/api"); // a's next turn: 510 ms on
    budget.answered("PUT", "/zones/b.example/records/www", true, null);

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(510));
    assertThat(budget.stats().interval()).isEqualTo(Duration.ofMillis(1020)); // b slowed, a not
    budget.acquire("PUT", "/zones/a.example/records/mx"); // a's turn: 510 ms after the last
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(510), Duration.ofMillis(510));
  }

  @Test
  void throttledAnswersSlowTheBudgetAndGoodAnswersBringItBack() {
    RequestBudget budget = new RequestBudget(List.of(fivePerSecond), "", time, time);

    budget.answered("GET", "/zones", true, null);
    assertThat(budget.stats().interval()).isEqualTo(Duration.ofMillis(408));
    assertThat(budget.stats().throttled()).isEqualTo(1);
    for (int i = 0; i < 10; i++) {
      budget.answered("GET", "/zones", true, null);
    }
    assertThat(budget.stats().interval()).isEqualTo(Duration.ofMillis(3264)); // 1/16 of 5 per s

    for (int i = 0; i < 150; i++) {
      budget.answered("GET", "/zones", false, null);
    }
    assertThat(budget.stats().interval()).isEqualTo(Duration.ofMillis(204));
  }

  @Test
  void aThrottledAnswerDelaysTheNextRequestByTheSlowerInterval() {
    RequestBudget budget = new RequestBudget(List.of(fivePerSecond), "", time, time);
    budget.acquire("GET", "/zones");
    budget.answered("GET", "/zones", true, null);

    budget.acquire("GET", "/zones");

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(408));
  }

  @Test
  void anAnswerSayingNoRequestsAreLeftCountsAsThrottled() {
    RequestBudget budget = new RequestBudget(List.of(fivePerSecond), "X-Remaining", time, time);

    budget.answered("GET", "/zones", false, "7");
    assertThat(budget.stats().throttled()).isZero();
    budget.answered("GET", "/zones", false, "0");
    assertThat(budget.stats().throttled()).isEqualTo(1);
    budget.answered("GET", "/zones", false, "soon");
    assertThat(budget.stats().throttled()).isEqualTo(1);
  }

  @Test
  void anUnlimitedBudgetNeverWaits() {
    RequestBudget budget = RequestBudget.unlimited();
    for (int i = 0; i < 1000; i++) {
      budget.acquire("GET", "/zones");
      budget.answered("GET", "/zones", true, null);
    }
    assertThat(budget.stats().requests()).isEqualTo(1000);
    assertThat(budget.stats().waits()).isZero();
    assertThat(budget.stats().interval()).isZero();
  }

  @Test
  void limitsReadAsOperatorsTypeThem() {
    assertThat(RequestLimit.parse("5")).isEqualTo(fivePerSecond);
    assertThat(RequestLimit.parse("1200/300").interval()).isEqualTo(Duration.ofMillis(250));
    assertThat(RequestLimit.parse(" 10 / 1 ").toString())
        .isEqualTo("10 requests per 1s per account");
    for (String bad : List.of("", "0", "5/0", "x/1", "5/1/2", "-1")) {
      assertThatThrownBy(() -> RequestLimit.parse(bad))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("REQUESTS or REQUESTS/SECONDS");
    }
    assertThatThrownBy(() -> RequestLimit.perEndpoint("/zones", 1, Duration.ofSeconds(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("METHOD /path");
  }

  @Test
  void theHttpClientSendsEachAttemptInItsTurnAndLearnsFrom429() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      server.start();
      RequestBudget budget = new RequestBudget(List.of(fivePerSecond), "", time, time);
      OkHttpClient client =
          HttpClients.create(HttpSettings.defaults(), line -> {}, time, time, budget);

      try (Response response =
          client.newCall(new Request.Builder().url(server.url("/v1/zones")).build()).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }
      HttpClients.close(client);

      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(budget.stats().requests()).isEqualTo(2); // the retry took a turn too
      assertThat(budget.stats().throttled()).isEqualTo(1);
      assertThat(time.sleeps()).contains(Duration.ofMillis(408)); // its turn, slowed by the 429
    }
  }
}
