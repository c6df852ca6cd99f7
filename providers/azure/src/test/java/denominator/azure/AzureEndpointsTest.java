package denominator.azure;

import static denominator.azure.AzureTokensTest.R;
import static denominator.azure.AzureTokensTest.config;
import static denominator.azure.AzureTokensTest.json;
import static denominator.azure.AzureTokensTest.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.AwaitTimeoutException;
import denominator.DNSApi;
import denominator.DenominatorException;
import denominator.kit.ManualTime;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.tck.LoopbackServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The calls to Resource Manager: paths, paging by {@code nextLink}, the zone delete's wait. */
class AzureEndpointsTest {
  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime(Instant.parse("2026-12-03T22:19:00Z"));
  DNSApi api;

  DNSApi api() {
    if (api == null) {
      server.enqueue(token("t1"));
      api = new AzureProvider().open(config(server, time));
    }
    return api;
  }

  static String zone(String name) {
    return "{\"id\":\""
        + R
        + "/dnszones/"
        + name
        + "\",\"name\":\""
        + name
        + "\",\"type\":\"Microsoft.Network/dnszones\",\"etag\":\"z-e1\",\"location\":\"global\","
        + "\"tags\":{},\"properties\":{\"maxNumberOfRecordSets\":10000,\"nameServers\":["
        + "\"ns1-01.azure-dns.com.\",\"ns2-01.azure-dns.net.\",\"ns3-01.azure-dns.org.\","
        + "\"ns4-01.azure-dns.info.\"],\"numberOfRecordSets\":2,\"zoneType\":\"Public\"}}";
  }

  static String aSet(String name, String address) {
    return "{\"name\":\""
        + name
        + "\",\"type\":\"Microsoft.Network/dnszones/A\",\"etag\":\"e-"
        + name
        + "\",\"properties\":{\"TTL\":60,\"targetResource\":{},\"ARecords\":[{\"ipv4Address\":\""
        + address
        + "\"}]}}";
  }

  String next(String path, String skipToken) {
    return server.url(path).toString() + "?api-version=2018-05-01&$top=1&$skipToken=" + skipToken;
  }

  List<String> targets() throws InterruptedException {
    List<String> targets = new ArrayList<>();
    while (server.getRequestCount() > targets.size()) {
      RecordedRequest request = server.takeRequest();
      targets.add(request.getMethod() + " " + request.getTarget());
    }
    return targets;
  }

  @Test
  void zonesAreListedPageAfterPageByTheirNextLinkUntilItIsAbsent() throws Exception {
    api();
    server.enqueue(
        json(
            200,
            "{\"value\":["
                + zone("a.example")
                + "],\"nextLink\":\""
                + next(R + "/dnsZones", "QQ")
                + "\"}"));
    server.enqueue(json(200, "{\"value\":[" + zone("b.example") + "]}"));

    List<Zone> zones = new ArrayList<>();
    api.zones().forEach(zones::add);

    assertThat(zones)
        .containsExactly(
            Zone.withoutSoa("a.example", "a.example."), Zone.withoutSoa("b.example", "b.example."));
    assertThat(targets())
        .containsExactly(
            "POST /tid/oauth2/v2.0/token",
            "GET " + R + "/dnsZones?api-version=2018-05-01",
            "GET " + R + "/dnsZones?api-version=2018-05-01&$top=1&$skipToken=QQ");
  }

  @Test
  void recordSetsAreListedAcrossPagesAndOneSetIsReadByItsPath() throws Exception {
    api();
    String sets = R + "/dnsZones/example.com/recordsets";
    server.enqueue(
        json(
            200,
            "{\"value\":["
                + aSet("www", "192.0.2.2")
                + "],\"nextLink\":\""
                + next(sets, "d3d3")
                + "\"}"));
    server.enqueue(json(200, "{\"value\":[" + aSet("api", "192.0.2.1") + "],\"nextLink\":\"\"}"));
    server.enqueue(json(200, aSet("www", "192.0.2.2")));

    List<String> names = new ArrayList<>();
    api.recordSets("example.com").iterator().forEachRemaining(set -> names.add(set.name()));
    ResourceRecordSet www = api.recordSets("example.com").get("www.example.com.", "A").get();

    assertThat(names).containsExactly("api.example.com.", "www.example.com.");
    assertThat(www.records().get(0).toString()).isEqualTo("192.0.2.2");
    assertThat(targets())
        .containsExactly(
            "POST /tid/oauth2/v2.0/token",
            "GET " + sets + "?api-version=2018-05-01",
            "GET " + sets + "?api-version=2018-05-01&$top=1&$skipToken=d3d3",
            "GET " + R + "/dnsZones/example.com/A/www?api-version=2018-05-01");
  }

  @Test
  void anAbsentSetIsNoneNotAnError() {
    api();
    server.enqueue(
        json(
            404,
            "{\"code\":\"NotFound\",\"message\":\"The resource record 'www' does not exist in"
                + " resource group 'rg' of subscription 'sub'.\"}"));

    assertThat(api.recordSets("example.com").get("www.example.com.", "A")).isEmpty();
  }

  MockResponse deleting(String operation, int retryAfter) {
    return new MockResponse.Builder()
        .code(202)
        .addHeader("Azure-AsyncOperation", server.url(operation) + "?api-version=2018-05-01")
        .addHeader("Location", server.url(R + "/dnsOperationResults/delzone1") + "?x=1")
        .addHeader("Retry-After", Integer.toString(retryAfter))
        .build();
  }

  MockResponse status(String status, int retryAfter) {
    return json(200, "{\"status\":\"" + status + "\"}")
        .newBuilder()
        .addHeader("Retry-After", Integer.toString(retryAfter))
        .build();
  }

  @Test
  void aZoneDeleteIsAwaitedByItsOperationWaitingTheRetryAfterItAsks() throws Exception {
    api();
    String operation = R + "/dnsOperationStatuses/delzone1";
    server.enqueue(deleting(operation, 1));
    server.enqueue(status("InProgress", 3));
    server.enqueue(status("InProgress", 0));
    server.enqueue(status("Succeeded", 0));

    api.zones().delete("example.com");

    assertThat(targets())
        .containsExactly(
            "POST /tid/oauth2/v2.0/token",
            "DELETE " + R + "/dnsZones/example.com?api-version=2018-05-01",
            "GET " + operation + "?api-version=2018-05-01",
            "GET " + operation + "?api-version=2018-05-01",
            "GET " + operation + "?api-version=2018-05-01");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(50));
  }

  @Test
  void aFailedDeleteNamesAzuresCodeAndMessage() {
    api();
    server.enqueue(deleting(R + "/dnsOperationStatuses/delzone1", 0));
    server.enqueue(
        json(
            200,
            "{\"status\":\"Failed\",\"error\":{\"code\":\"InternalError\","
                + "\"message\":\"the zone could not be deleted\"}}"));

    assertThatThrownBy(() -> api.zones().delete("example.com"))
        .isInstanceOf(DenominatorException.class)
        .hasMessage(
            "azure: delete zone example.com: Failed InternalError: the zone could not be deleted");
  }

  @Test
  void aDeleteThatNeverEndsIsATimeout() {
    api();
    server.enqueue(deleting(R + "/dnsOperationStatuses/delzone1", 0));
    for (int i = 0; i < 3; i++) {
      server.enqueue(status("InProgress", 200));
    }

    assertThatThrownBy(() -> api.zones().delete("example.com"))
        .isInstanceOf(AwaitTimeoutException.class)
        .hasMessageContaining("azure zone example.com deleted");
  }

  @Test
  void deletingAnAbsentZoneIsANoOp() throws Exception {
    api();
    server.enqueue(new MockResponse.Builder().code(204).build());

    api.zones().delete("example.com");

    assertThat(targets())
        .containsExactly(
            "POST /tid/oauth2/v2.0/token",
            "DELETE " + R + "/dnsZones/example.com?api-version=2018-05-01");
  }

  @Test
  void aZoneIsCreatedGlobalUnlessItIsThere() throws Exception {
    api();
    server.enqueue(json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"gone\"}}"));
    server.enqueue(json(201, zone("example.com")));
    server.enqueue(json(200, zone("example.com")));

    String created = api.zones().put(Zone.create("Example.com.", "hostmaster@example.com", 300));
    String again = api.zones().put(Zone.create("example.com", "hostmaster@example.com", 300));

    assertThat(created).isEqualTo("example.com");
    assertThat(again).isEqualTo("example.com");
    server.takeRequest();
    server.takeRequest();
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod() + " " + put.getTarget())
        .isEqualTo("PUT " + R + "/dnsZones/example.com?api-version=2018-05-01");
    assertThat(put.getHeaders().get("If-None-Match")).isEqualTo("*");
    assertThat(put.getBody().utf8()).isEqualTo("{\"location\":\"global\"}");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }
}
