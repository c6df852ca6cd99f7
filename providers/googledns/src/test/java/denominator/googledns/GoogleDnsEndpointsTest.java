package denominator.googledns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.AuthenticationException;
import denominator.Credentials;
import denominator.ProviderConfig;
import denominator.ValidationException;
import denominator.ZoneNotFoundException;
import denominator.http.HttpSettings;
import denominator.kit.AuthHeader;
import denominator.kit.ManualTime;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request shapes, pageToken paging, the token exchange done by google-auth-library with a throwaway
 * key, and zones, against canned answers.
 */
class GoogleDnsEndpointsTest {
  static final String PROJECT = "p1";
  static final String BASE = "/dns/v1/projects/p1/managedZones";

  /** A throwaway key pair for this run: no real key ever appears in tests. */
  private static final KeyPair KEYS = keyPair();

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime();
  Canned canned = new Canned();

  @BeforeEach
  void serveTokens() {
    server.setDispatcher(canned);
  }

  /**
   * Answers the token endpoint with a new token each time ({@code ya29.test-1}, ...) and API
   * requests from a queue, recording them.
   */
  static final class Canned extends Dispatcher {
    final Deque<MockResponse> answers = new ArrayDeque<>();
    final List<RecordedRequest> requests = new ArrayList<>();
    int tokens;
    int tokenStatus = 200;

    Canned enqueue(int code, String body) {
      answers.add(new MockResponse.Builder().code(code).body(body).build());
      return this;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      if (request.getUrl().encodedPath().equals("/token")) {
        tokens++;
        String body =
            tokenStatus == 200
                ? "{\"access_token\":\"ya29.test-"
                    + tokens
                    + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}"
                : "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}";
        return new MockResponse.Builder().code(tokenStatus).body(body).build();
      }
      requests.add(request);
      MockResponse answer = answers.poll();
      return answer != null ? answer : new MockResponse.Builder().code(599).build();
    }

    synchronized RecordedRequest request(int index) {
      return requests.get(index);
    }

    synchronized List<String> targets() {
      return requests.stream().map(r -> r.getMethod() + " " + r.getTarget()).toList();
    }
  }

  /** A service account key whose token endpoint is {@code server}'s {@code /token}. */
  static String serviceAccountKey(MockWebServer server, String projectId) {
    JsonObject key = new JsonObject();
    key.addProperty("type", "service_account");
    if (projectId != null) {
      key.addProperty("project_id", projectId);
    }
    key.addProperty("private_key_id", "test-key-id");
    key.addProperty(
        "private_key",
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(KEYS.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    key.addProperty("client_email", "denominator-test@p1.iam.gserviceaccount.com");
    key.addProperty("client_id", "100000000000000000001");
    key.addProperty("token_uri", server.url("/token").toString());
    return key.toString();
  }

  static ProviderConfig config(MockWebServer server, ManualTime time, Map<String, String> creds) {
    return new ProviderConfig(
            server.url("/dns/v1").toString(),
            () -> (Credentials.MapCredentials) Credentials.of(creds),
            time,
            HttpSettings.defaults(),
            line -> {})
        .withSleeper(time);
  }

  static ProviderConfig config(MockWebServer server, ManualTime time) {
    return config(server, time, Map.of("serviceAccountKey", serviceAccountKey(server, PROJECT)));
  }

  static JsonObject json(RecordedRequest request) {
    return JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
  }

  GoogleDnsEndpoints endpoints() {
    return new GoogleDnsEndpoints(config(server, time));
  }

  @Test
  void zonesFollowNextPageTokenWithABearerTokenFromTheKey() {
    canned
        .enqueue(
            200,
            "{\"managedZones\":[{\"name\":\"a-com\",\"dnsName\":\"a.com.\"}],"
                + "\"nextPageToken\":\"t1\"}")
        .enqueue(200, "{\"managedZones\":[{\"name\":\"b-com\",\"dnsName\":\"b.com.\"}]}");

    List<Zone> zones = new ArrayList<>();
    new GoogleDnsDNSApi(endpoints(), config(server, time)).zones().forEach(zones::add);

    assertThat(zones)
        .containsExactly(Zone.withoutSoa("a-com", "a.com."), Zone.withoutSoa("b-com", "b.com."));
    assertThat(canned.targets()).containsExactly("GET " + BASE, "GET " + BASE + "?pageToken=t1");
    assertThat(canned.request(0).getHeaders().get("Authorization")).isEqualTo("Bearer ya29.test-1");
    assertThat(canned.tokens).isEqualTo(1); // the library keeps the token until near its expiry
  }

  @Test
  void anAbsentListIsEmpty() {
    canned.enqueue(200, "{\"kind\":\"dns#resourceRecordSetsListResponse\"}");

    assertThat(endpoints().rrsets("example-com", "www.example.com.", "A")).isExhausted();
    assertThat(canned.targets())
        .containsExactly("GET " + BASE + "/example-com/rrsets?name=www.example.com.&type=A");
  }

  @Test
  void aTokenRefusedByCloudDnsIsRenewedOnceAndTheRequestSentAgain() {
    canned
        .enqueue(
            401,
            "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication"
                + " credentials.\",\"errors\":[{\"reason\":\"authError\"}]}}")
        .enqueue(200, "{}");

    assertThat(endpoints().zones()).isExhausted();

    assertThat(canned.tokens).isEqualTo(2);
    assertThat(canned.request(1).getHeaders().get("Authorization")).isEqualTo("Bearer ya29.test-2");
  }

  @Test
  void aSecond401IsAnAuthenticationFailure() {
    String refused =
        "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\","
            + "\"errors\":[{\"reason\":\"authError\"}]}}";
    canned.enqueue(401, refused).enqueue(401, refused);

    assertThatThrownBy(() -> endpoints().zones().hasNext())
        .isInstanceOf(AuthenticationException.class);
    assertThat(canned.requests).hasSize(2);
  }

  @Test
  void aKeyTheTokenEndpointRefusesIsAnAuthenticationFailureThatPrintsNoSecret() {
    canned.tokenStatus = 400;
    String key = serviceAccountKey(server, PROJECT);
    GoogleDnsEndpoints endpoints =
        new GoogleDnsEndpoints(config(server, time, Map.of("serviceAccountKey", key)));

    assertThatThrownBy(() -> endpoints.zones().hasNext())
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("PRIVATE KEY", secret(key)));
    assertThat(canned.requests).isEmpty();
  }

  @Test
  void credentialsAndTokensNeverPrint() {
    String key = serviceAccountKey(server, PROJECT);
    ProviderConfig config = config(server, time, Map.of("serviceAccountKey", key));
    GoogleDnsCredentials credentials = new GoogleDnsCredentials(config);

    AuthHeader.Value header = credentials.current().orElseThrow();

    assertThat(header.value()).isEqualTo("Bearer ya29.test-1");
    assertThat(List.of(header.toString(), credentials.toString(), config.toString()))
        .allSatisfy(
            printed -> assertThat(printed).doesNotContain("ya29", "PRIVATE KEY", secret(key)));
    assertThat(credentials.toString()).isEqualTo("GoogleDnsCredentials[serviceAccountKey]");
  }

  @Test
  void theProjectCredentialWinsOverTheKeys() {
    canned.enqueue(200, "{}");
    ProviderConfig config =
        config(
            server,
            time,
            Map.of("serviceAccountKey", serviceAccountKey(server, PROJECT), "project", "other"));

    new GoogleDnsEndpoints(config).zones().hasNext();

    assertThat(canned.targets()).containsExactly("GET /dns/v1/projects/other/managedZones");
  }

  @Test
  void aKeyWithoutProjectAndNoProjectCredentialIsRefusedBeforeAnyRequest() {
    ProviderConfig config =
        config(server, time, Map.of("serviceAccountKey", serviceAccountKey(server, null)));

    assertThatThrownBy(() -> new GoogleDnsEndpoints(config).zones())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("project");
    assertThat(canned.requests).isEmpty();
    assertThat(canned.tokens).isZero();
  }

  @Test
  void aChangeCarriesAClientOperationIdAndIsSentAgainWithItWhenTheAnswerIsLost() {
    canned.enqueue(503, "").enqueue(200, "{\"id\":\"1\",\"status\":\"done\"}");

    var change = endpoints().change("example-com", List.of(), List.of(new JsonObject()));

    assertThat(change.done()).isTrue();
    String first = canned.request(0).getUrl().queryParameter("clientOperationId");
    assertThat(first).isNotBlank();
    assertThat(canned.request(1).getUrl().queryParameter("clientOperationId")).isEqualTo(first);
    assertThat(json(canned.request(1)).has("additions")).isFalse(); // empty lists are left out
  }

  @Test
  void aZoneIsCreatedWithItsLabelADescriptionAndPublicVisibility() {
    canned
        .enqueue(200, "{}")
        .enqueue(200, "{\"name\":\"example-com\",\"dnsName\":\"example.com.\"}");

    String id = zones().put(Zone.withoutSoa("example.com.", "example.com."));

    assertThat(id).isEqualTo("example-com");
    assertThat(canned.targets())
        .containsExactly("GET " + BASE + "?dnsName=example.com.", "POST " + BASE);
    assertThat(json(canned.request(1)))
        .isEqualTo(
            JsonParser.parseString(
                "{\"name\":\"example-com\",\"dnsName\":\"example.com.\","
                    + "\"description\":\"managed by denominator\",\"visibility\":\"public\"}"));
  }

  @Test
  void aZoneOfTheNameIsTheZoneAndGetsItsMailboxInItsSoa() {
    String soa =
        "{\"name\":\"example.com.\",\"type\":\"SOA\",\"ttl\":21600,\"rrdatas\":[\"ns-cloud-a1"
            + ".googledomains.com. cloud-dns-hostmaster.google.com. 1 21600 3600 259200 300\"]}";
    canned
        .enqueue(200, "{\"managedZones\":[{\"name\":\"ex\",\"dnsName\":\"example.com.\"}]}")
        .enqueue(200, "{\"rrsets\":[" + soa + "]}")
        .enqueue(200, "{\"rrsets\":[" + soa + "]}") // read again by the change engine
        .enqueue(200, "{\"id\":\"1\",\"status\":\"done\"}");

    String id = zones().put(Zone.create("example.com.", "admin@example.com", 3600));

    assertThat(id).isEqualTo("ex");
    assertThat(json(canned.request(3)))
        .isEqualTo(
            JsonParser.parseString(
                "{\"deletions\":["
                    + soa
                    + "],\"additions\":[{\"name\":\"example.com.\",\"type\":\"SOA\",\"ttl\":3600,"
                    + "\"rrdatas\":[\"ns-cloud-a1.googledomains.com. admin.example.com. 1 21600 3600"
                    + " 259200 300\"]}]}"));
  }

  @Test
  void aZoneIsEmptiedButForItsApexSoaAndNsThenDeleted() {
    canned
        .enqueue(
            200,
            "{\"rrsets\":["
                + "{\"name\":\"example.com.\",\"type\":\"NS\",\"ttl\":21600,\"rrdatas\":[\"ns1.g.\"]},"
                + "{\"name\":\"example.com.\",\"type\":\"SOA\",\"ttl\":21600,\"rrdatas\":[\"ns1.g. h.g. 1 2 3 4 5\"]},"
                + "{\"name\":\"sub.example.com.\",\"type\":\"NS\",\"ttl\":300,\"rrdatas\":[\"ns.sub.\"]},"
                + "{\"name\":\"www.example.com.\",\"type\":\"A\",\"ttl\":300,\"rrdatas\":[\"192.0.2.1\"]}]}")
        .enqueue(200, "{\"id\":\"1\",\"status\":\"done\"}")
        .enqueue(204, "");

    zones().delete("example-com");

    assertThat(canned.targets())
        .containsExactly(
            "GET " + BASE + "/example-com/rrsets",
            "POST "
                + BASE
                + "/example-com/changes?clientOperationId="
                + canned.request(1).getUrl().queryParameter("clientOperationId"),
            "DELETE " + BASE + "/example-com");
    assertThat(json(canned.request(1)).getAsJsonArray("deletions"))
        .extracting(rrset -> rrset.getAsJsonObject().get("name").getAsString())
        .containsExactly("sub.example.com.", "www.example.com.");
  }

  @Test
  void deletingAZoneThatIsGoneDoesNothing() {
    canned.enqueue(
        404,
        "{\"error\":{\"code\":404,\"message\":\"The 'parameters.managedZone' resource named"
            + " 'nosuch-com' does not exist.\",\"errors\":[{\"reason\":\"notFound\"}]}}");

    zones().delete("nosuch-com");

    assertThat(canned.requests).hasSize(1);
  }

  @Test
  void readingTheSetsOfAZoneThatIsGoneIsZoneNotFound() {
    canned.enqueue(
        404,
        "{\"error\":{\"code\":404,\"message\":\"The 'parameters.managedZone' resource named"
            + " 'nosuch-com' does not exist.\",\"errors\":[{\"reason\":\"notFound\"}]}}");

    assertThatThrownBy(() -> endpoints().rrsets("nosuch-com").hasNext())
        .isInstanceOf(ZoneNotFoundException.class);
  }

  @Test
  void labelsFollowThePagesRule() {
    assertThat(GoogleDnsZoneApi.label("example.com.")).isEqualTo("example-com");
    assertThat(GoogleDnsZoneApi.label("1.0.192.in-addr.arpa.")).isEqualTo("z-1-0-192-in-addr-arpa");
    assertThat(GoogleDnsZoneApi.label("Under_Score.example-.")).isEqualTo("under-score-example-0");
    String label = GoogleDnsZoneApi.label("a".repeat(60) + ".example.com.");
    assertThat(label).hasSize(63).startsWith("a".repeat(54) + "-").matches("[a-z0-9-]+");
  }

  private GoogleDnsZoneApi zones() {
    return (GoogleDnsZoneApi) new GoogleDnsDNSApi(endpoints(), config(server, time)).zones();
  }

  // A piece of the private key, as it would show if printed.
  private static String secret(String key) {
    String pem = JsonParser.parseString(key).getAsJsonObject().get("private_key").getAsString();
    return pem.substring(40, 80);
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
