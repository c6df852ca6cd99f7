package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.Credentials;
import denominator.ProviderConfig;
import denominator.http.HttpSettings;
import denominator.kit.ManualTime;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Request shapes, Link paging and pacing by the rate-limit headers, against canned answers. */
class Ns1EndpointsTest {
  /** Not a real key: the simulator's and NS1's keys never appear in tests. */
  static final String KEY = "test-key";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime();

  static ProviderConfig config(MockWebServer server, ManualTime time) {
    return new ProviderConfig(
            server.url("/v1").toString(),
            () -> (Credentials.MapCredentials) Credentials.of(Map.of("apiKey", KEY)),
            time,
            HttpSettings.defaults(),
            line -> {})
        .withSleeper(time);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  static MockResponse paced(int code, String body, int limit, int remaining, int period) {
    return new MockResponse.Builder()
        .code(code)
        .body(body)
        .addHeader("X-RateLimit-Limit", limit)
        .addHeader("X-RateLimit-Remaining", remaining)
        .addHeader("X-RateLimit-Period", period)
        .addHeader("X-RateLimit-By", "customer")
        .build();
  }

  Ns1DNSApi api() {
    ProviderConfig config = config(server, time);
    return new Ns1DNSApi(new Ns1Endpoints(config), config);
  }

  @Test
  void zonesFollowLinkTargetsOnTheConfiguredHost() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("[{\"zone\":\"a.example\",\"ttl\":3600,\"hostmaster\":\"hostmaster@nsone.net\"}]")
            .addHeader(
                "Link", "<https://api.nsone.net/v1/zones?after=a.example&limit=1>; rel=\"next\"")
            .build());
    server.enqueue(json(200, "[{\"zone\":\"b.example\"}]"));

    List<Zone> zones = new ArrayList<>();
    api().zones().iterator().forEachRemaining(zones::add);

    assertThat(zones)
        .containsExactly(
            new Zone("a.example.", "a.example.", "hostmaster@nsone.net", 3600),
            Zone.withoutSoa("b.example.", "b.example."));
    RecordedRequest first = server.takeRequest();
    assertThat(first.getTarget()).isEqualTo("/v1/zones");
    assertThat(first.getHeaders().get("X-NSONE-Key")).isEqualTo(KEY);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/zones?after=a.example&limit=1");
  }

  @Test
  void aZoneReadAppendsItsRecordPagesAndFetchesTieredRecordsWhole() throws Exception {
    String zone =
        "{\"zone\":\"example.com\",\"ttl\":3600,\"nx_ttl\":300,\"hostmaster\":\"h@nsone.net\","
            + "\"dns_servers\":[\"dns1.p01.nsone.net\"],\"serial\":7,\"records\":";
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                zone
                    + "[{\"domain\":\"mail.example.com\",\"type\":\"MX\",\"ttl\":300,\"tier\":1,"
                    + "\"short_answers\":[\"10 mx1.example.com\"]}]}")
            .addHeader(
                "Link", "<http://127.0.0.1:1/v1/zones/example.com?after=x&limit=1>; rel=\"next\"")
            .build());
    server.enqueue(
        json(
            200,
            zone
                + "[{\"domain\":\"www.example.com\",\"type\":\"A\",\"ttl\":60,\"tier\":3,"
                + "\"short_answers\":[\"192.0.2.1\",\"192.0.2.2\",\"192.0.2.3\"]}]}"));
    server.enqueue(json(200, Ns1GeoTest.SAMPLE));

    List<String> keys = new ArrayList<>();
    api().recordSets("example.com.").iterator().forEachRemaining(s -> keys.add(s.key().toString()));

    assertThat(keys).hasSize(5).contains("mail.example.com. MX", "example.com. SOA");
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/zones/example.com?after=x&limit=1");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/zones/example.com/www.example.com/A");
  }

  @Test
  void anAnswerWithNoTokensLeftMakesTheNextRequestOfItsBucketWaitPeriodOverLimit() {
    server.enqueue(paced(200, "[]", 100, 0, 60));
    server.enqueue(paced(200, "[]", 100, 5, 60));
    Ns1DNSApi api = api();

    api.zones().iterator().hasNext();
    api.zones().iterator().hasNext();

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(600));
  }

  @Test
  void aThrottledAnswerIsRetriedOnceItsBucketHasRefilled() {
    server.enqueue(paced(429, "{\"message\":\"rate limit exceeded\"}", 100, 0, 60));
    server.enqueue(paced(200, "[]", 100, 3, 60));

    assertThat(api().zones().iterator().hasNext()).isFalse();

    assertThat(server.getRequestCount()).isEqualTo(2);
    // the HTTP layer's backoff, then the rest of Period / Limit that the 429's headers asked for
    assertThat(time.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofMillis(600));
  }

  @Test
  void theProviderIsFoundByNameAndOpensOverTheConfiguredUrl() throws Exception {
    server.enqueue(json(200, "[]"));

    denominator.Provider ns1 =
        java.util.ServiceLoader.load(denominator.Provider.class).stream()
            .map(java.util.ServiceLoader.Provider::get)
            .filter(p -> p.metadata().name().equals("ns1"))
            .findFirst()
            .orElseThrow();

    assertThat(ns1.metadata().defaultUrl()).isEqualTo("https://api.nsone.net/v1");
    assertThat(ns1.open(config(server, time)).zones().iterator().hasNext()).isFalse();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/zones");
  }
}
