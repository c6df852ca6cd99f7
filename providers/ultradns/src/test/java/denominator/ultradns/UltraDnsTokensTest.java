package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.ProviderConfig;
import denominator.kit.AuthHeader;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The password grant, refresh before expiry and on 60001, and password again after a refusal. */
class UltraDnsTokensTest {
  static final String PASSWORD = "pa55-word";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime();
  List<String> log = new CopyOnWriteArrayList<>();

  @Test
  void aSixtyThousandOneAnswerRefreshesOnceAndResends() throws Exception {
    server.enqueue(token("access-1", "refresh-1", "3600"));
    server.enqueue(expired());
    server.enqueue(token("access-2", "refresh-2", "3600"));
    server.enqueue(accounts());

    assertThat(new UltraDnsEndpoints(config()).accountName()).isEqualTo("acme");

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer access-1");
    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo("grant_type=refresh_token&refresh_token=refresh-1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer access-2");
    assertThat(String.join("\n", log)).doesNotContain("access-1", "refresh-1", PASSWORD);
  }

  @Test
  void aRefusedRefreshFallsBackToThePassword() throws Exception {
    AuthHeader tokens;
    server.enqueue(token("access-1", "refresh-1", "120"));
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body("{\"errorCode\":60001,\"errorMessage\":\"invalid_grant:bad refresh token\"}")
            .build());
    server.enqueue(token("access-2", "refresh-2", "3600"));

    tokens = UltraDnsTokens.of(config(), server.url("/"));
    assertThat(tokens.current().orElseThrow().value()).isEqualTo("Bearer access-1");
    time.sleep(Duration.ofSeconds(61));
    assertThat(tokens.current().orElseThrow().value()).isEqualTo("Bearer access-2");

    assertThat(server.takeRequest().getBody().utf8()).startsWith("grant_type=password");
    assertThat(server.takeRequest().getBody().utf8()).startsWith("grant_type=refresh_token");
    assertThat(server.takeRequest().getBody().utf8()).startsWith("grant_type=password");
    assertThat(tokens.toString()).doesNotContain("access", "refresh");
  }

  @Test
  void aTokenIsRenewedBeforeItExpiresNotAfter() throws Exception {
    server.enqueue(token("access-1", "refresh-1", "3600"));
    server.enqueue(token("access-2", "refresh-2", "3600"));

    AuthHeader tokens = UltraDnsTokens.of(config(), server.url("/"));
    tokens.current();
    time.sleep(Duration.ofMinutes(58));
    assertThat(tokens.current().orElseThrow().value()).isEqualTo("Bearer access-1");
    time.sleep(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(tokens.current().orElseThrow().value()).isEqualTo("Bearer access-2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  static MockResponse token(String access, String refresh, String expiresIn) {
    return new MockResponse.Builder()
        .body(
            "{\"tokenType\":\"Bearer\",\"accessToken\":\""
                + access
                + "\",\"refreshToken\":\""
                + refresh
                + "\",\"expiresIn\":"
                + expiresIn
                + "}")
        .build();
  }

  static MockResponse expired() {
    return new MockResponse.Builder()
        .code(401)
        .body(
            "{\"errorCode\":60001,\"errorMessage\":\"invalid_grant:token not found, expired or invalid\"}")
        .build();
  }

  static MockResponse accounts() {
    return new MockResponse.Builder()
        .body("{\"accounts\":[{\"accountName\":\"acme\",\"accountType\":\"ORGANIZATION\"}]}")
        .build();
  }

  ProviderConfig config() {
    return UltraDnsEndpointsTest.config(server, time, log);
  }
}
