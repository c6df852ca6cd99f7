package denominator.ultradns;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** UltraDNS's continents against the canonical ones, and the codes its pools accept. */
class UltraDnsGeoCodesTest {
  @Test
  void europeAndAsiaDifferFromTheCanonicalOnesByRussiaAndCyprus() {
    assertThat(UltraDnsGeoCodes.countriesOf("EUR"))
        .isEqualTo(minus(canonical("continent:EU"), Set.of("RU", "CY")));
    assertThat(UltraDnsGeoCodes.countriesOf("ASI")).containsAll(canonical("continent:AS"));
    assertThat(UltraDnsGeoCodes.countriesOf("ASI")).contains("RU", "CY", "TR");
  }

  @Test
  void theOtherContinentsEqualTheCanonicalOnes() {
    assertThat(UltraDnsGeoCodes.countriesOf("NAM")).isEqualTo(canonical("continent:NA"));
    assertThat(UltraDnsGeoCodes.countriesOf("SAM")).isEqualTo(canonical("continent:SA"));
    assertThat(UltraDnsGeoCodes.countriesOf("AFR")).isEqualTo(canonical("continent:AF"));
    assertThat(UltraDnsGeoCodes.countriesOf("OCN")).isEqualTo(canonical("continent:OC"));
    assertThat(UltraDnsGeoCodes.countriesOf("ANT")).isEqualTo(canonical("continent:AN"));
  }

  @Test
  void poolsAcceptCountriesSubdivisionsContinentsAndSpecialsButNotCanonicalContinentCodes() {
    assertThat(Set.of("US", "GB", "US-NY", "CA-QC", "UA-43", "EUR", "NAM", "A1", "A2", "A3"))
        .allMatch(UltraDnsGeoCodes::isKnown);
    assertThat(Set.of("EU", "continent:EU", "US-XX", "XX")).noneMatch(UltraDnsGeoCodes::isKnown);
    assertThat(UltraDnsGeoCodes.continentOf("RU")).contains("ASI");
    assertThat(UltraDnsGeoCodes.continentOf("A1")).isEmpty();
  }

  private static Set<String> canonical(String continent) {
    return Regions.children(Regions.require(continent)).stream()
        .map(Region::code)
        .collect(Collectors.toSet());
  }

  private static Set<String> minus(Set<String> codes, Set<String> removed) {
    return codes.stream().filter(c -> !removed.contains(c)).collect(Collectors.toSet());
  }
}
