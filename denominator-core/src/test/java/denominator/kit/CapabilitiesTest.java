package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ProviderMetadata;
import denominator.RecordProfile;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.ChangeSet;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.geo.Geo;
import denominator.model.geo.RegionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {
  static final ProviderMetadata VENDOR =
      ProviderMetadata.builder("vendor")
          .defaultUrl("https://vendor.example/")
          .recordTypes(RecordProfile.ROUND_ROBIN, "A", "AAAA", "NAPTR")
          .recordTypes(RecordProfile.GEO, "A", "AAAA")
          .recordTypes(RecordProfile.WEIGHTED, "A")
          .geoRegionKinds(RegionKind.CONTINENT, RegionKind.COUNTRY)
          .weights(0, 255)
          .build();

  @Test
  void aSupportedSetOfEachProfilePasses() {
    assertThatCode(
            () -> {
              Capabilities.check(VENDOR, plain("NAPTR", "100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp"));
              Capabilities.check(VENDOR, geo("AAAA", "continent:EU,DE"));
              Capabilities.check(VENDOR, weighted(0));
              Capabilities.check(VENDOR, weighted(255));
            })
        .doesNotThrowAnyException();
  }

  @Test
  void aTypeTheProfileLacksIsUnsupported() {
    assertThatThrownBy(() -> Capabilities.check(VENDOR, plain("TXT", "\"hi\"")))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> {
              assertThat(e.provider()).isEqualTo("vendor");
              assertThat(e.capability())
                  .isEqualTo(
                      "record type in round-robin sets: TXT (expected one of [A, AAAA, NAPTR])");
            });
    assertThatThrownBy(
            () ->
                Capabilities.check(
                    VENDOR,
                    geo("AAAA", "DE").toBuilder()
                        .type("TXT")
                        .records(List.of())
                        .add("\"hi\"")
                        .build()))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("geo sets: TXT");
  }

  @Test
  void aProfileTheProviderLacksIsUnsupported() {
    ProviderMetadata plainOnly =
        ProviderMetadata.builder("plain").recordTypes(RecordProfile.ROUND_ROBIN, "A").build();

    assertThatThrownBy(() -> Capabilities.check(plainOnly, weighted(1)))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e ->
                assertThat(e.capability())
                    .isEqualTo("profile: weighted (expected one of [round-robin])"));
  }

  @Test
  void aRegionOfAnUnsupportedKindIsUnsupportedNotInvalid() {
    assertThatThrownBy(() -> Capabilities.check(VENDOR, geo("A", "DE,US-CA")))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e ->
                assertThat(e.capability())
                    .isEqualTo(
                        "region kind SUBDIVISION: US-CA (expected one of [CONTINENT, COUNTRY])"));
  }

  @Test
  void aWeightOutsideTheRangeIsInvalidWithTheSameMessageShape() {
    assertThatThrownBy(() -> Capabilities.check(VENDOR, weighted(256)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("256");
              assertThat(e.expected()).isEqualTo("a weight in 0..255");
              assertThat(e)
                  .hasMessage("vendor: weight out of range: 256 (expected a weight in 0..255)");
            });
  }

  @Test
  void aProviderThatDeclaresNoRangeTakesAnyWeight() {
    ProviderMetadata open =
        ProviderMetadata.builder("open").recordTypes(RecordProfile.WEIGHTED, "A").build();

    assertThat(open.weights()).isEqualTo(ProviderMetadata.ANY_WEIGHT);
    assertThatCode(() -> Capabilities.check(open, weighted(1_000_000))).doesNotThrowAnyException();
  }

  @Test
  void aChangeSetIsCheckedPutByPutAndDeletesNeedNoCapability() {
    ChangeSet changes =
        ChangeSet.builder()
            .delete(RecordSetKey.of("x.example.com.", "TXT"))
            .put(plain("NAPTR", "100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp"))
            .put(weighted(300))
            .build();

    assertThatThrownBy(() -> Capabilities.check(VENDOR, changes))
        .isInstanceOf(ValidationException.class);
    assertThatCode(
            () ->
                Capabilities.check(
                    VENDOR,
                    ChangeSet.builder().delete(RecordSetKey.of("x.example.com.", "TXT")).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void theProfileOfASetFollowsItsRouting() {
    assertThat(Capabilities.profileOf(plain("A", "192.0.2.1")))
        .isEqualTo(RecordProfile.ROUND_ROBIN);
    assertThat(Capabilities.profileOf(geo("A", "DE"))).isEqualTo(RecordProfile.GEO);
    assertThat(Capabilities.profileOf(weighted(1))).isEqualTo(RecordProfile.WEIGHTED);
  }

  static ResourceRecordSet plain(String type, String value) {
    return ResourceRecordSet.builder().name("www.example.com.").type(type).add(value).build();
  }

  static ResourceRecordSet geo(String type, String regions) {
    return ResourceRecordSet.builder()
        .name("www.example.com.")
        .type(type)
        .qualifier("q")
        .geo(Geo.parse(regions))
        .add(type.equals("A") ? "192.0.2.1" : "2001:db8::1")
        .build();
  }

  static ResourceRecordSet weighted(int weight) {
    return ResourceRecordSet.builder()
        .name("www.example.com.")
        .type("A")
        .qualifier("w")
        .weighted(new Weighted(weight))
        .add("192.0.2.1")
        .build();
  }
}
