package denominator.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.model.GeoLocation;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

class Route53GeoTest {

  @Test
  void eachKindOfRegionMapsToARoute53LocationAndBack() {
    for (String code : List.of("*", "continent:EU", "DE", "US-CA", "US-DC")) {
      Region region = Regions.require(code);
      assertThat(Route53Geo.region(Route53Geo.location(region))).contains(region);
    }
    assertThat(Route53Geo.location(Regions.world()))
        .isEqualTo(GeoLocation.builder().countryCode("*").build());
    assertThat(Route53Geo.location(Regions.require("continent:EU")))
        .isEqualTo(GeoLocation.builder().continentCode("EU").build());
    assertThat(Route53Geo.location(Regions.require("US-CA")))
        .isEqualTo(GeoLocation.builder().countryCode("US").subdivisionCode("CA").build());
  }

  @Test
  void subdivisionsRoute53LacksAreRefusedBeforeAnyRequest() {
    for (String code : List.of("CA-QC", "US-PR", "UA-43")) {
      assertThatThrownBy(() -> Route53Geo.location(Regions.require(code)))
          .isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessage(
              "route53: unsupported: region: "
                  + code
                  + " (expected *, continent:XX, a country, or a US state such as US-CA)");
    }
    assertThat(Regions.all().filter(Route53Geo::supported).toList())
        .extracting(Region::code)
        .contains("*", "continent:AN", "DE", "US-WY", "US-DC")
        .doesNotContain("CA-QC", "US-PR", "UA-43");
    assertThat(Regions.all().filter(Route53Geo::supported).toList())
        .extracting(Region::kind)
        .contains(RegionKind.values());
  }

  @Test
  void aGeoSetOfThreeRegionsIsThreeRoute53SetsThatReadBackAsOne() {
    ResourceRecordSet set =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .qualifier("us-east")
            .ttl(60)
            .geo(Geo.parse("US-CA,continent:EU,*"))
            .add("192.0.2.1")
            .build();

    var route53 = Route53Records.toRoute53(set);

    assertThat(route53)
        .extracting(r -> r.setIdentifier())
        .containsExactly("us-east@*", "us-east@continent:EU", "us-east@US-CA");
    assertThat(Route53Records.fromRoute53(route53)).containsExactly(set);
  }

  @Test
  void qualifiersThatContainTheSeparatorRoundTrip() {
    Region de = Regions.require("DE");
    String id = Route53Geo.setIdentifier("a@b", de);

    assertThat(id).isEqualTo("a@b@DE");
    assertThat(Route53Geo.qualifier(id, de)).isEqualTo("a@b");
  }

  @Test
  void foreignSetIdentifiersReadWholeAsOneQualifierEach() {
    Region de = Regions.require("DE");

    assertThat(Route53Geo.qualifier("Germany", de)).isEqualTo("Germany");
    assertThat(Route53Geo.qualifier("eu@FR", de)).isEqualTo("eu@FR");
    assertThat(Route53Geo.qualifier("eu/DE", de)).isEqualTo("eu/DE");
    var foreign =
        software.amazon.awssdk.services.route53.model.ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .setIdentifier("Germany")
            .ttl(60L)
            .geoLocation(g -> g.countryCode("DE"))
            .resourceRecords(ResourceRecord.builder().value("192.0.2.1").build())
            .build();
    assertThat(Route53Records.fromRoute53(List.of(foreign)))
        .singleElement()
        .satisfies(
            set -> {
              assertThat(set.qualifier()).contains("Germany");
              assertThat(set.geo()).contains(Geo.parse("DE"));
            });
  }

  @Test
  void aQualifierTooLongForRoute53IsRefused() {
    assertThatThrownBy(
            () -> Route53Geo.setIdentifier("q".repeat(120), Regions.require("continent:EU")))
        .isInstanceOf(ValidationException.class);
  }
}
