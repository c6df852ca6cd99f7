package denominator.cloudflare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AuthenticationException;
import denominator.Credentials;
import denominator.DNSApi;
import denominator.InvalidChangeException;
import denominator.ProviderConfig;
import denominator.ValidationException;
import denominator.http.HttpSettings;
import denominator.kit.ManualTime;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Authentication, the envelope, paging and zones, against canned answers. */
class CloudflareEndpointsTest {
  /** Not real secrets: Cloudflare's tokens and keys never appear in tests. */
  static final String TOKEN = "test-token-0123";

  static final String KEY = "test-key-4567";
  static final String ZONE_ID = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String ZONE =
      "{\"id\":\""
          + ZONE_ID
          + "\",\"name\":\"example.com\",\"status\":\"active\","
          + "\"name_servers\":[\"ada.ns.cloudflare.com\",\"bob.ns.cloudflare.com\"]}";
  static final String SOA =
      "{\"soa\":{\"mname\":null,\"rname\":\"dns.cloudflare.com\",\"refresh\":10000,"
          + "\"retry\":2400,\"expire\":604800,\"min_ttl\":1800,\"ttl\":3600}}";

  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime();

  static ProviderConfig config(MockWebServer server, ManualTime time, Map<String, String> creds) {
    return new ProviderConfig(
            server.url("/client/v4").toString(),
            () -> (Credentials.MapCredentials) Credentials.of(creds),
            time,
            HttpSettings.defaults(),
            line -> {})
        .withSleeper(time);
  }

  static ProviderConfig config(MockWebServer server, ManualTime time) {
    return config(server, time, Map.of("apiToken", TOKEN));
  }

  /** A successful envelope around {@code result}. */
  static MockResponse ok(String result) {
    return json(200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":" + result + "}");
  }

  /** A successful listing envelope: one page of {@code totalPages}. */
  static MockResponse page(String items, int page, int totalPages) {
    return json(
        200,
        "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":"
            + items
            + ",\"result_info\":{\"page\":"
            + page
            + ",\"per_page\":2,\"count\":2,\"total_count\":"
            + totalPages * 2
            + ",\"total_pages\":"
            + totalPages
            + "}}");
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  DNSApi api(ProviderConfig config) {
    return new CloudflareProvider().open(config);
  }

  @Test
  void anApiTokenIsSentAsABearerToken() throws Exception {
    server.enqueue(page("[]", 1, 0));

    api(config(server, time)).zones().iterator().hasNext();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("X-Auth-Key")).isNull();
  }

  @Test
  void aLegacyKeyIsSentWithTheAccountEmail() throws Exception {
    server.enqueue(page("[]", 1, 0));
    ProviderConfig legacy = config(server, time, Map.of("email", "ops@example.com", "apiKey", KEY));

    api(legacy).zones().iterator().hasNext();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Auth-Key")).isEqualTo(KEY);
    assertThat(request.getHeaders().get("X-Auth-Email")).isEqualTo("ops@example.com");
    assertThat(request.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void theHttpLogShowsNeitherTheTokenNorTheKey() {
    List<String> log = new ArrayList<>();
    for (Map<String, String> creds :
        List.of(Map.of("apiToken", TOKEN), Map.of("email", "ops@example.com", "apiKey", KEY))) {
      server.enqueue(json(403, CloudflareErrorsTest.envelope(9109, "Invalid access token")));
      ProviderConfig config =
          new ProviderConfig(
              server.url("/client/v4").toString(),
              () -> (Credentials.MapCredentials) Credentials.of(creds),
              time,
              HttpSettings.defaults(),
              log::add);

      assertThatThrownBy(() -> api(config).zones().iterator().hasNext())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageNotContaining(TOKEN)
          .hasMessageNotContaining(KEY);
    }

    assertThat(String.join("\n", log))
        .contains("Authorization: \u2588\u2588", "X-Auth-Key: \u2588\u2588")
        .doesNotContain(TOKEN)
        .doesNotContain(KEY);
  }

  @Test
  void refusedCredentialsAreAnAuthenticationErrorThatNamesNoSecret() {
    server.enqueue(json(403, CloudflareErrorsTest.envelope(9109, "Invalid access token")));
    ProviderConfig config = config(server, time);

    assertThatThrownBy(() -> api(config).zones().iterator().hasNext())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("9109")
        .hasMessageNotContaining(TOKEN);
    assertThat(config.toString()).doesNotContain(TOKEN);
    assertThat(config.credentials().toString()).doesNotContain(TOKEN);
  }

  @Test
  void recordsArePagedUpToTheTotalPagesTheEnvelopeReports() throws Exception {
    String a =
        "{\"id\":\"r1\",\"name\":\"www.example.com\",\"type\":\"A\",\"content\":\"192.0.2.1\",\"ttl\":300}";
    String b =
        "{\"id\":\"r2\",\"name\":\"www.example.com\",\"type\":\"A\",\"content\":\"192.0.2.2\",\"ttl\":300}";
    String c =
        "{\"id\":\"r3\",\"name\":\"www.example.com\",\"type\":\"A\",\"content\":\"192.0.2.3\",\"ttl\":300}";
    server.enqueue(page("[" + a + "," + b + "]", 1, 2));
    server.enqueue(page("[" + c + "]", 2, 2));

    List<ResourceRecordSet> sets = new ArrayList<>();
    api(config(server, time))
        .recordSets(ZONE_ID)
        .iterateByNameAndType("www.example.com.", "A")
        .forEachRemaining(sets::add);

    assertThat(sets).hasSize(1);
    assertThat(sets.get(0).records()).hasSize(3);
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            "/client/v4/zones/"
                + ZONE_ID
                + "/dns_records?per_page=5000&name=www.example.com&type=A&page=1");
    assertThat(server.takeRequest().getTarget()).endsWith("&page=2");
    assertThat(server.getRequestCount()).isEqualTo(2); // never a third page
  }

  @Test
  void anEnvelopeThatSaysItFailedIsAnErrorWhateverItsStatus() {
    server.enqueue(
        json(
            200,
            "{\"success\":false,\"errors\":[{\"code\":81058,\"message\":\"An identical record"
                + " already exists.\"}],\"messages\":[],\"result\":null}"));

    assertThatThrownBy(() -> api(config(server, time)).zones().iterator().hasNext())
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("identical");
  }

  @Test
  void aZoneFoundByNameHasItsSoasEmailAndTtl() throws Exception {
    server.enqueue(page("[" + ZONE + "]", 1, 1));
    server.enqueue(ok(SOA));

    List<Zone> zones = new ArrayList<>();
    api(config(server, time)).zones().iterateByName("example.com.").forEachRemaining(zones::add);

    assertThat(zones)
        .containsExactly(new Zone(ZONE_ID, "example.com.", "dns@cloudflare.com", 3600));
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/client/v4/zones?per_page=50&name=example.com&page=1");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/client/v4/zones/" + ZONE_ID + "/dns_settings");
  }

  @Test
  void aNewZoneIsCreatedInTheAccountOfTheAccountIdCredential() throws Exception {
    server.enqueue(page("[]", 1, 0));
    server.enqueue(ok(ZONE));
    server.enqueue(ok(SOA));
    ProviderConfig config = config(server, time, Map.of("apiToken", TOKEN, "accountId", "a1b2"));

    String id = api(config).zones().put(Zone.create("example.com.", "dns@cloudflare.com", 3600));

    assertThat(id).isEqualTo(ZONE_ID);
    server.takeRequest();
    RecordedRequest create = server.takeRequest();
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(create.getBody().utf8())
        .isEqualTo("{\"name\":\"example.com\",\"account\":{\"id\":\"a1b2\"},\"type\":\"full\"}");
    assertThat(server.getRequestCount()).isEqualTo(3); // the SOA already says so: no PATCH
  }

  @Test
  void creatingAZoneWithoutTheAccountIdIsRefusedBeforeTheCreate() {
    server.enqueue(page("[]", 1, 0));

    assertThatThrownBy(
            () ->
                api(config(server, time))
                    .zones()
                    .put(Zone.create("example.com.", "dns@cloudflare.com", 3600)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("accountId");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theProviderIsFoundByNameWithItsDefaultUrl() {
    denominator.Provider cloudflare =
        ServiceLoader.load(denominator.Provider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.metadata().name().equals("cloudflare"))
            .findFirst()
            .orElseThrow();

    assertThat(cloudflare.metadata().defaultUrl())
        .isEqualTo("https://api.cloudflare.com/client/v4");
    assertThat(cloudflare.metadata().maxChangesPerBatch()).isEqualTo(200);
    assertThat(cloudflare.metadata().recordTypes(denominator.RecordProfile.ROUND_ROBIN))
        .hasSize(21)
        .contains("A", "CAA", "TXT", "URI")
        .doesNotContain("SOA");
    assertThat(new CloudflareProvider(3500).metadata().maxChangesPerBatch()).isEqualTo(3500);
  }
}
