package denominator.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApi;
import denominator.Denominator;
import denominator.InvalidChangeException;
import denominator.ResourceRecordSetApi;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import denominator.model.geo.Geo;
import org.junit.jupiter.api.Test;

class MockRulesTest {
  final DNSApi api = Denominator.create("mock").api();
  final String zone = api.zones().put(Zone.create("example.com.", "h@example.com", 300));
  final ResourceRecordSetApi sets = api.recordSets(zone);

  static ResourceRecordSet.Builder a(String name) {
    return ResourceRecordSet.builder().name(name).type("A").ttl(60).add("192.0.2.1");
  }

  @Test
  void aNameOutsideTheZoneIsRefused() {
    assertThatThrownBy(() -> sets.put(a("www.example.net.").build()))
        .isInstanceOfSatisfying(
            InvalidChangeException.class,
            e ->
                assertThat(e.messages())
                    .containsExactly("www.example.net. is not in zone example.com."));
  }

  @Test
  void aCnameStandsAlone() {
    sets.put(a("www.example.com.").build());

    assertThatThrownBy(
            () ->
                sets.put(
                    ResourceRecordSet.builder()
                        .name("www.example.com.")
                        .type("CNAME")
                        .add("other.example.com.")
                        .build()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("CNAME");
  }

  @Test
  void oneNameAndTypeHasOneRoutingProfile() {
    sets.put(a("www.example.com.").build());

    assertThatThrownBy(
            () -> sets.put(a("www.example.com.").qualifier("eu").geo(Geo.parse("DE")).build()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("plain");
    assertThatCode(
            () -> sets.put(a("w2.example.com.").qualifier("eu").geo(Geo.parse("DE")).build()))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                sets.put(a("w2.example.com.").qualifier("blue").weighted(new Weighted(1)).build()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("geo");
  }

  @Test
  void overlappingRegionsNameTheRegionAndTheOtherQualifier() {
    sets.put(a("www.example.com.").qualifier("eu").geo(Geo.parse("DE,FR")).build());

    assertThatThrownBy(
            () ->
                sets.put(a("www.example.com.").qualifier("other").geo(Geo.parse("FR,ES")).build()))
        .isInstanceOf(InvalidChangeException.class)
        .hasMessageContaining("FR")
        .hasMessageContaining("eu");
  }

  @Test
  void theApexSoaAndNsStay() {
    assertThatThrownBy(() -> sets.delete("example.com.", "SOA"))
        .isInstanceOf(InvalidChangeException.class);
    assertThatThrownBy(() -> sets.delete("example.com.", "NS"))
        .isInstanceOf(InvalidChangeException.class);
    assertThat(sets.get("example.com.", "NS")).isPresent();
  }

  @Test
  void theGeoViewAcceptsOnlyGeoSets() {
    assertThatThrownBy(
            () -> api.geoRecordSets(zone).orElseThrow().put(a("www.example.com.").build()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                api.weightedRecordSets(zone)
                    .orElseThrow()
                    .put(a("www.example.com.").qualifier("q").weighted(new Weighted(5000)).build()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("5000"));
  }
}
