package denominator.azure;

import static denominator.azure.AzureTokensTest.R;
import static denominator.azure.AzureTokensTest.config;
import static denominator.azure.AzureTokensTest.json;
import static denominator.azure.AzureTokensTest.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApi;
import denominator.InvalidChangeException;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ManualTime;
import denominator.model.ResourceRecordSet;
import denominator.tck.LoopbackServers;
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
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One request per set, each guarded by the etag read: {@code If-Match} to replace or delete, {@code
 * If-None-Match: *} to create; a concurrent change refused and what was applied undone; metadata
 * kept; the apex SOA and NS as Azure allows.
 */
class AzureWriterTest {
  static final String ZONE = R + "/dnsZones/example.com";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime(Instant.parse("2026-12-03T22:19:00Z"));

  /** Canned answers by method and path, in turn, the last repeated. */
  final Map<String, Deque<MockResponse>> answers = new HashMap<>();

  /** Every request but the token's, as "METHOD path precondition body". */
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void answerByPath() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.endsWith("/oauth2/v2.0/token")) {
              return token("t1");
            }
            String ifMatch = request.getHeaders().get("If-Match");
            String ifNoneMatch = request.getHeaders().get("If-None-Match");
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            requests.add(
                (request.getMethod() + " " + path.substring(ZONE.length()))
                    + (ifMatch != null ? " If-Match:" + ifMatch : "")
                    + (ifNoneMatch != null ? " If-None-Match:" + ifNoneMatch : "")
                    + (body.isEmpty() ? "" : " " + body));
            Deque<MockResponse> queue = answers.get(request.getMethod() + " " + path);
            if (queue == null || queue.isEmpty()) {
              return json(500, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"?\"}}");
            }
            return queue.size() == 1 ? queue.peek() : queue.poll(); // the last one repeats
          }
        });
  }

  void answer(String method, String path, MockResponse response) {
    answers.computeIfAbsent(method + " " + ZONE + path, k -> new ArrayDeque<>()).add(response);
  }

  void answer(String method, String path, int code, String body) {
    answer(method, path, json(code, body));
  }

  void absent(String path) {
    answer(
        "GET",
        path,
        404,
        "{\"code\":\"NotFound\",\"message\":\"The resource record does not" + " exist.\"}");
  }

  /** Azure's A set at {@code name}, with this etag and metadata. */
  static String azureA(String name, String etag, String metadata, String address) {
    return "{\"name\":\""
        + name
        + "\",\"type\":\"Microsoft.Network/dnszones/A\",\"etag\":\""
        + etag
        + "\",\"properties\":{"
        + (metadata.isEmpty() ? "" : "\"metadata\":" + metadata + ",")
        + "\"TTL\":300,\"fqdn\":\""
        + name
        + ".example.com.\",\"provisioningState\":\"Succeeded\",\"targetResource\":{},"
        + "\"ARecords\":[{\"ipv4Address\":\""
        + address
        + "\"}]}}";
  }

  static ResourceRecordSet a(String name, int ttl, String address) {
    return ResourceRecordSet.builder().name(name).type("A").ttl(ttl).add(address).build();
  }

  DNSApi api() {
    return new AzureProvider().open(config(server, time));
  }

  ChangeResult apply(ChangeSet changes) {
    return api().apply("example.com", changes, ApplyMode.ATOMIC);
  }

  List<String> writes() {
    return requests.stream().filter(r -> !r.startsWith("GET")).toList();
  }

  @Test
  void eachSetIsReadThenWrittenWithItsEtagAndItsMetadataKept() {
    answer("GET", "/A/www", 200, azureA("www", "e-www", "{\"owner\":\"ops\"}", "192.0.2.1"));
    absent("/A/api");
    answer("PUT", "/A/www", 200, azureA("www", "e-www-2", "{\"owner\":\"ops\"}", "192.0.2.9"));
    answer("PUT", "/A/api", 201, azureA("api", "e-api", "", "192.0.2.2"));

    ChangeResult result =
        apply(
            ChangeSet.builder()
                .put(a("www.example.com.", 60, "192.0.2.9"))
                .put(a("api.example.com.", 300, "192.0.2.2"))
                .build());

    assertThat(result.succeeded()).isTrue();
    assertThat(requests.stream().filter(r -> r.startsWith("GET")))
        .containsExactlyInAnyOrder("GET /A/www", "GET /A/api");
    assertThat(writes())
        .containsExactly(
            "PUT /A/www If-Match:e-www {\"properties\":{\"TTL\":60,\"metadata\":{\"owner\":\"ops\"},"
                + "\"ARecords\":[{\"ipv4Address\":\"192.0.2.9\"}]}}",
            "PUT /A/api If-None-Match:* {\"properties\":{\"TTL\":300,\"metadata\":{},"
                + "\"ARecords\":[{\"ipv4Address\":\"192.0.2.2\"}]}}");
  }

  @Test
  void moreThanFiveSetsAreReadByListingTheZone() {
    answer(
        "GET", "/recordsets", 200, "{\"value\":[" + azureA("h0", "e-h0", "", "192.0.2.1") + "]}");
    ChangeSet.Builder changes = ChangeSet.builder();
    for (int i = 0; i < 6; i++) {
      changes.put(a("h" + i + ".example.com.", 300, "192.0.2.1"));
      answer("PUT", "/A/h" + i, 201, azureA("h" + i, "e-h" + i, "", "192.0.2.1"));
    }

    assertThat(apply(changes.build()).succeeded()).isTrue();
    assertThat(requests.stream().filter(r -> r.startsWith("GET")))
        .containsExactly("GET /recordsets");
    assertThat(writes()).hasSize(5).allMatch(w -> w.contains("If-None-Match:*"));
  }

  @Test
  void puttingBackWhatIsThereSendsNothing() {
    answer("GET", "/A/www", 200, azureA("www", "e-www", "{\"owner\":\"ops\"}", "192.0.2.1"));

    ChangeResult result =
        apply(ChangeSet.builder().put(a("www.example.com.", 300, "192.0.2.1")).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(requests).containsExactly("GET /A/www");
  }

  @Test
  void aDeleteCarriesTheEtagRead() {
    answer("GET", "/A/www", 200, azureA("www", "e-www", "", "192.0.2.1"));
    answer("DELETE", "/A/www", 200, "");

    ChangeResult result =
        apply(ChangeSet.builder().delete(a("www.example.com.", 300, "192.0.2.1").key()).build());

    assertThat(result.succeeded()).isTrue();
    assertThat(writes()).containsExactly("DELETE /A/www If-Match:e-www");
  }

  @Test
  void aConcurrentChangeIsRefusedAndWhatWasAppliedIsUndoneWithItsNewEtag() {
    absent("/A/api");
    answer("GET", "/A/www", 200, azureA("www", "e-www", "", "192.0.2.1"));
    answer("PUT", "/A/api", 201, azureA("api", "e-api-new", "", "192.0.2.2"));
    answer(
        "PUT",
        "/A/www",
        412,
        "{\"code\":\"PreconditionFailed\",\"message\":\"The Record set www has been modified"
            + " (etag mismatch).\"}");
    answer("DELETE", "/A/api", 200, "");

    ChangeResult result =
        apply(
            ChangeSet.builder()
                .put(a("api.example.com.", 300, "192.0.2.2"))
                .put(a("www.example.com.", 60, "192.0.2.9"))
                .build());

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.ROLLED_BACK, Status.FAILED);
    assertThat(result.outcomes().get(1).error().get())
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("concurrent change")
        .hasMessageContaining("etag mismatch")
        .hasMessageContaining("(request id 4d3f0c1e-0000-0000-0000-000000000001)");
    assertThat(writes())
        .extracting(w -> w.split(" \\{")[0])
        .containsExactly(
            "PUT /A/api If-None-Match:*",
            "PUT /A/www If-Match:e-www",
            "DELETE /A/api If-Match:e-api-new");
  }

  @Test
  void aLostAnswerIsSettledByReadingTheSet() {
    absent("/A/api");
    answer("GET", "/A/api", 200, azureA("api", "e-api", "", "192.0.2.2"));
    answer(
        "PUT",
        "/A/api",
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    ChangeResult result =
        apply(ChangeSet.builder().put(a("api.example.com.", 300, "192.0.2.2")).build());

    assertThat(result.outcomes()).extracting(o -> o.status()).containsExactly(Status.APPLIED);
    assertThat(requests.stream().map(r -> r.split(" \\{")[0]))
        .containsExactly("GET /A/api", "PUT /A/api If-None-Match:*", "GET /A/api");
  }

  @Test
  void theApexSoaAndNsAreNeverDeletedAndKeepAzuresNameServers() {
    answer("GET", "", 200, AzureEndpointsTest.zone("example.com"));
    ResourceRecordSet ns =
        ResourceRecordSet.builder()
            .name("example.com.")
            .type("NS")
            .ttl(172800)
            .add("ns1-01.azure-dns.com.")
            .add("ns1.example.net.")
            .build();

    assertThatThrownBy(() -> apply(ChangeSet.builder().delete(ns.key()).build()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("NS at the apex is Azure's");
    assertThatThrownBy(() -> apply(ChangeSet.builder().put(ns).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ns2-01.azure-dns.net.");
    assertThat(requests).containsExactly("GET "); // the zone, for its name servers
  }

  @Test
  void theSoaMayChangeButNotItsHost() {
    String soa =
        "{\"name\":\"@\",\"type\":\"Microsoft.Network/dnszones/SOA\",\"etag\":\"e-soa\","
            + "\"properties\":{\"TTL\":3600,\"SOARecord\":{\"host\":\"ns1-01.azure-dns.com.\","
            + "\"email\":\"azuredns-hostmaster.microsoft.com\",\"serialNumber\":1,"
            + "\"refreshTime\":3600,\"retryTime\":300,\"expireTime\":2419200,\"minimumTTL\":300}}}";
    answer("GET", "/SOA/@", 200, soa);
    answer("PUT", "/SOA/@", 200, soa);
    ResourceRecordSet.Builder put =
        ResourceRecordSet.builder().name("example.com.").type("SOA").ttl(3600);

    ChangeResult moved =
        apply(
            ChangeSet.builder()
                .put(
                    put.add("ns9.example.net. hostmaster.example.com. 2 3600 300 2419200 60")
                        .build())
                .build());
    ChangeResult changed =
        apply(
            ChangeSet.builder()
                .put(
                    ResourceRecordSet.builder()
                        .name("example.com.")
                        .type("SOA")
                        .ttl(3600)
                        .add("ns1-01.azure-dns.com. hostmaster.example.com. 2 3600 300 2419200 60")
                        .build())
                .build());

    assertThat(moved.outcomes().get(0).error().get()).hasMessageContaining("SOA host is Azure's");
    assertThat(changed.succeeded()).isTrue();
    assertThat(writes())
        .containsExactly(
            "PUT /SOA/@ If-Match:e-soa {\"properties\":{\"TTL\":3600,\"metadata\":{},"
                + "\"SOARecord\":{\"host\":\"ns1-01.azure-dns.com.\",\"email\":"
                + "\"hostmaster.example.com\",\"serialNumber\":2,\"refreshTime\":3600,"
                + "\"retryTime\":300,\"expireTime\":2419200,\"minimumTTL\":60}}}");
  }
}
