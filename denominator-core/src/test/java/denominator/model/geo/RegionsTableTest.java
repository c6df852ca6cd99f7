package denominator.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegionsTableTest {
  @Test
  void tableHasEveryIsoCountrySevenContinentsAndOneWorld() {
    assertThat(Regions.all(RegionKind.COUNTRY)).hasSize(249);
    assertThat(Regions.all(RegionKind.CONTINENT))
        .extracting(Region::code)
        .containsExactly(
            "continent:AF",
            "continent:AN",
            "continent:AS",
            "continent:EU",
            "continent:NA",
            "continent:OC",
            "continent:SA");
    assertThat(Regions.all(RegionKind.WORLD)).containsExactly(Regions.world());
  }

  @Test
  void everyRegionButTheWorldHasAParentOfTheNextBroaderKind() {
    Regions.all()
        .filter(region -> region.kind() != RegionKind.WORLD)
        .forEach(
            region -> {
              Region parent = region.parent().orElseThrow();
              assertThat(Regions.find(parent.code())).contains(parent);
              assertThat(parent.kind().ordinal())
                  .as(region.code())
                  .isEqualTo(region.kind().ordinal() - 1);
            });
    assertThat(Regions.world().parent()).isEmpty();
  }

  @Test
  void everySubdivisionStartsWithItsCountryCode() {
    Regions.all(RegionKind.SUBDIVISION)
        .forEach(
            subdivision ->
                assertThat(subdivision.code())
                    .startsWith(subdivision.parent().orElseThrow().code() + "-"));
  }

  @Test
  void codesAreUnique() {
    List<String> codes = Regions.all().map(Region::code).toList();
    assertThat(codes).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(RegionKind.class)
  void namesAreUniqueWithinAKind(RegionKind kind) {
    List<String> names =
        Regions.all(kind).map(region -> RegionTable.nameKey(region.name())).toList();
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void unitedStatesHasFiftyStatesDcAndItsSixOutlyingAreas() {
    Set<String> codes = childCodes("US");
    assertThat(codes)
        .hasSize(57)
        .contains("US-CA", "US-DC", "US-WY", "US-AK", "US-HI")
        .contains("US-AS", "US-GU", "US-MP", "US-PR", "US-UM", "US-VI");
  }

  @Test
  void canadaHasTenProvincesAndThreeTerritories() {
    assertThat(childCodes("CA"))
        .containsExactlyInAnyOrder(
            "CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU", "CA-ON",
            "CA-PE", "CA-QC", "CA-SK", "CA-YT");
  }

  @Test
  void ukraineHasCrimeaWhichRoute53Accepts() {
    assertThat(childCodes("UA")).containsExactly("UA-43");
  }

  @Test
  void continentsFollowGeoIp2() {
    Map<String, String> continentOf =
        Regions.all(RegionKind.COUNTRY)
            .collect(
                Collectors.toMap(Region::code, country -> country.parent().orElseThrow().code()));
    assertThat(continentOf)
        .containsEntry("RU", "continent:EU")
        .containsEntry("UA", "continent:EU")
        .containsEntry("TR", "continent:AS")
        .containsEntry("CY", "continent:EU")
        .containsEntry("AQ", "continent:AN")
        .containsEntry("EG", "continent:AF")
        .containsEntry("PA", "continent:NA")
        .containsEntry("AU", "continent:OC")
        .containsEntry("BR", "continent:SA")
        .containsEntry("US", "continent:NA");
  }

  @Test
  void childrenOfAContinentAreItsCountries() {
    Region europe = Regions.require("continent:EU");
    assertThat(Regions.children(europe))
        .extracting(Region::code)
        .contains("DE", "FR", "RU")
        .doesNotContain("US", "TR");
    assertThat(Regions.children(Regions.world())).hasSize(7);
    assertThat(Regions.children(Regions.require("US-CA"))).isEmpty();
  }

  @Test
  void brokenTableFailsToLoadNamingTheLine() {
    String orphan = "*\tWORLD\t\tWorld\nDE\tCOUNTRY\tcontinent:EU\tGermany\n";
    assertThatThrownBy(() -> RegionTable.parse(orphan))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void malformedRowFailsToLoadNamingTheLine() {
    String lowerCase = "*\tWORLD\t\tWorld\nde\tCOUNTRY\t*\tGermany\n";
    assertThatThrownBy(() -> RegionTable.parse(lowerCase))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }

  private static Set<String> childCodes(String country) {
    return Regions.children(Regions.require(country)).stream()
        .map(Region::code)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
