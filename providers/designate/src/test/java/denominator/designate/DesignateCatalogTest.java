package denominator.designate;

import static denominator.designate.DesignateTokensTest.NO_ZONES;
import static denominator.designate.DesignateTokensTest.PASSWORD;
import static denominator.designate.DesignateTokensTest.config;
import static denominator.designate.DesignateTokensTest.json;
import static denominator.designate.DesignateTokensTest.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.Credentials;
import denominator.Denominator;
import denominator.DenominatorException;
import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.ValidationException;
import denominator.kit.ManualTime;
import denominator.tck.LoopbackServers;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Which catalog endpoint is Designate's: type dns, the chosen interface, the chosen region. */
class DesignateCatalogTest {
  @StartStop MockWebServer server = LoopbackServers.server();
  ManualTime time = new ManualTime(DesignateTokensTest.NOW);

  String firstDnsTarget(String query) throws Exception {
    server.enqueue(token(server, "gAAAAA-one"));
    server.enqueue(json(200, NO_ZONES));
    new DesignateEndpoints(config(server, time, query, PASSWORD)).zones().hasNext();
    server.takeRequest();
    return server.takeRequest().getTarget();
  }

  @Test
  void thePublicEndpointOfTheFirstRegionUnlessChosen() throws Exception {
    assertThat(firstDnsTarget("")).isEqualTo("/dns/v2/zones?limit=1000");
  }

  @Test
  void aRegionIsChosenByTheUrlQuery() throws Exception {
    assertThat(firstDnsTarget("?region=RegionTwo")).isEqualTo("/r2/dns/v2/zones?limit=1000");
  }

  @Test
  void anInterfaceIsChosenByTheUrlQueryAndACatalogV2SuffixIsDropped() throws Exception {
    assertThat(firstDnsTarget("?interface=internal"))
        .isEqualTo("/internal/dns/v2/zones?limit=1000");
  }

  @Test
  void noMatchingEndpointFailsBeforeAnyDnsCall() {
    server.enqueue(token(server, "gAAAAA-one"));

    assertThatThrownBy(
            () ->
                new DesignateEndpoints(
                        config(server, time, "?region=RegionTwo&interface=admin", PASSWORD))
                    .zones()
                    .hasNext())
        .isInstanceOf(DenominatorException.class)
        .hasMessage(
            "designate: no dns endpoint (interface admin, region RegionTwo) in the Keystone"
                + " catalog");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aKeystoneUrlWithoutV3GetsIt() throws Exception {
    server.enqueue(token(server, "gAAAAA-one"));
    server.enqueue(json(200, NO_ZONES));
    String url = server.url("/identity").toString();

    new DesignateEndpoints(config(url, time, PASSWORD)).zones().hasNext();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/identity/v3/auth/tokens");
  }

  @Test
  void catalogUrlsLoseATrailingSlashAndV2() {
    assertThat(DesignateTokens.base("http://h:9001/").toString()).isEqualTo("http://h:9001/");
    assertThat(DesignateTokens.base("http://h:9001/v2/").toString()).isEqualTo("http://h:9001/");
    assertThat(DesignateTokens.base("http://h/dns/v2").toString()).isEqualTo("http://h/dns");
  }

  @Test
  void withoutAUrlTheProviderIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                Denominator.builder()
                    .provider("designate")
                    .credentials(Credentials.of(PASSWORD))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Keystone v3 endpoint")
        .hasMessageNotContaining("test-password");
  }

  @Test
  void theProviderIsFoundByNameAndDeclaresNoGeoNoWeightedNoSoa() {
    ProviderMetadata metadata = Denominator.provider("designate").metadata();

    assertThat(metadata.supports(RecordProfile.GEO)).isFalse();
    assertThat(metadata.supports(RecordProfile.WEIGHTED)).isFalse();
    assertThat(metadata.recordTypes(RecordProfile.ROUND_ROBIN))
        .contains("A", "TXT", "CAA", "NAPTR", "SSHFP")
        .doesNotContain("SOA", "CERT", "DS");
  }
}
