package denominator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

class HttpLogInterceptorTest {
  static final String SECRET = "s3cr3t-value";
  static final MediaType JSON = MediaType.get("application/json");

  @StartStop MockWebServer server = new MockWebServer();
  List<String> lines = new CopyOnWriteArrayList<>();
  HttpSettings settings = HttpSettings.defaults().withLogBodies(true);

  @Test
  void credentialHeadersAreRedactedButStillSent() throws Exception {
    server.enqueue(new MockResponse.Builder().setHeader("Set-Cookie", "session=" + SECRET).build());

    execute(
        request()
            .header("Authorization", "Bearer " + SECRET)
            .header("x-api-key", SECRET)
            .header("X-NSONE-Key", SECRET)
            .header("X-Request-Id", "abc")
            .build());

    assertThat(String.join("\n", lines)).doesNotContain(SECRET);
    assertThat(lines)
        .contains(
            "Authorization: ██",
            "x-api-key: ██",
            "X-NSONE-Key: ██",
            "Set-Cookie: ██",
            "X-Request-Id: abc");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + SECRET);
    assertThat(sent.getHeaders().get("X-API-Key")).isEqualTo(SECRET);
  }

  @Test
  void keystoneTokensAreRedactedInRequestsAndAnswers() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(201).setHeader("X-Subject-Token", SECRET).build());

    execute(request().header("X-Auth-Token", SECRET).build());

    assertThat(lines).contains("X-Auth-Token: ██", "X-Subject-Token: ██");
    assertThat(String.join("\n", lines)).doesNotContain(SECRET);
  }

  @Test
  void headersMarkedSecretInTheSettingsAreRedacted() throws Exception {
    settings = settings.withSecretHeaders(Set.of("x-vendor-signature"));
    server.enqueue(new MockResponse.Builder().build());

    execute(request().header("X-Vendor-Signature", SECRET).build());

    assertThat(lines).contains("X-Vendor-Signature: ██").noneMatch(l -> l.contains(SECRET));
    assertThat(server.takeRequest().getHeaders().get("X-Vendor-Signature")).isEqualTo(SECRET);
  }

  @Test
  void requestLineStatusAndDurationAreLogged() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).build());

    execute(request().build());

    assertThat(lines.get(0)).isEqualTo("--> GET " + server.url("/api/zones") + " http/1.1");
    assertThat(lines)
        .anyMatch(
            l -> l.matches("<-- 404 Client Error " + server.url("/api/zones") + " \\(\\d+ ms\\)"));
    assertThat(lines).anyMatch(l -> l.startsWith("User-Agent: denominator/"));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/zones");
  }

  @Test
  void secretQueryParametersAreRedacted() throws Exception {
    server.enqueue(new MockResponse.Builder().build());

    execute(new Request.Builder().url(server.url("/zones?api_key=" + SECRET + "&page=2")).build());

    assertThat(lines.get(0)).endsWith("/zones?api_key=██&page=2 http/1.1");
    assertThat(server.takeRequest().getUrl().queryParameter("api_key")).isEqualTo(SECRET);
  }

  @Test
  void secretJsonFieldsAreRedactedAtAnyDepthAndOthersKept() throws Exception {
    settings = settings.withSecretJsonFields(Set.of("tsigSecret"));
    String body =
        "{\"name\":\"example.com.\",\"password\":\""
            + SECRET
            + "\","
            + "\"auth\":{\"api_key\":\""
            + SECRET
            + "\",\"user\":\"bob\"},"
            + "\"keys\":[{\"tsig_secret\":\""
            + SECRET
            + "\",\"algorithm\":\"hmac-sha256\"}]}";
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .body("{\"token\":{\"id\":\"" + SECRET + "\"},\"ttl\":300}")
            .build());

    execute(request().post(RequestBody.create(body, JSON)).build());

    assertThat(String.join("\n", lines)).doesNotContain(SECRET);
    assertThat(lines)
        .contains(
            "{\"name\":\"example.com.\",\"password\":\"██\","
                + "\"auth\":{\"api_key\":\"██\",\"user\":\"bob\"},"
                + "\"keys\":[{\"tsig_secret\":\"██\",\"algorithm\":\"hmac-sha256\"}]}",
            "{\"token\":\"██\",\"ttl\":300}");
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo(body);
  }

  @Test
  void gzippedJsonResponsesAreInflatedThenRedacted() throws Exception {
    Buffer gzipped = new Buffer();
    try (var sink = Okio.buffer(new GzipSink(gzipped))) {
      sink.writeUtf8("{\"apiKey\":\"" + SECRET + "\",\"zone\":\"a.\"}");
    }
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Encoding", "gzip")
            .setHeader("Content-Type", "application/json")
            .body(gzipped)
            .build());

    try (Response response = client().newCall(request().build()).execute()) {
      assertThat(response.body().string()).contains(SECRET);
    }

    assertThat(lines).contains("{\"apiKey\":\"██\",\"zone\":\"a.\"}");
    assertThat(server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void nonJsonBodiesAreLoggedOnlyAsTheirSize() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "text/xml")
            .body("<key>" + SECRET + "</key>")
            .build());

    execute(request().put(RequestBody.create("password=" + SECRET, JSON)).build());

    assertThat(lines)
        .contains("<21 bytes body>", "<23 bytes body>")
        .noneMatch(l -> l.contains(SECRET));
    assertThat(server.takeRequest().getBodySize()).isEqualTo(21);
  }

  @Test
  void bodiesAreNotLoggedUnlessAskedFor() throws Exception {
    settings = settings.withLogBodies(false);
    server.enqueue(new MockResponse.Builder().body("{\"name\":\"a.\"}").build());

    execute(request().build());

    assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("name") || l.contains("body"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void everyRetryIsLoggedAsItsOwnExchange() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").build());
    server.enqueue(new MockResponse.Builder().build());

    execute(request().header("Authorization", SECRET).build());

    assertThat(lines).filteredOn(l -> l.startsWith("--> GET")).hasSize(2);
    assertThat(lines).filteredOn(l -> l.equals("Authorization: ██")).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  private void execute(Request request) throws IOException {
    try (Response response = client().newCall(request).execute()) {
      response.body().string();
    }
  }

  private OkHttpClient client() {
    return HttpClients.create(settings, lines::add);
  }

  private Request.Builder request() {
    return new Request.Builder().url(server.url("/api/zones"));
  }
}
