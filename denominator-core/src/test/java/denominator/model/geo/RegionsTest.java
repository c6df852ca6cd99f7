package denominator.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {
  @ParameterizedTest
  @CsvSource({
    "us-ca, US-CA",
    "US-CA, US-CA",
    "Continent:eu, continent:EU",
    "CONTINENT:oc, continent:OC",
    "' de ', DE",
    "*, *"
  })
  void findIgnoresCaseAndReturnsTheCanonicalCode(String input, String canonical) {
    assertThat(Regions.find(input)).map(Region::code).contains(canonical);
  }

  @Test
  void bareContinentCodesThatAreAlsoCountriesMeanTheCountry() {
    assertThat(Regions.require("AF").name()).isEqualTo("Afghanistan");
    assertThat(Regions.require("continent:AF").name()).isEqualTo("Africa");
    assertThat(Regions.require("AS").name()).isEqualTo("American Samoa");
    assertThat(Regions.require("continent:AS").name()).isEqualTo("Asia");
    assertThat(Regions.require("NA").name()).isEqualTo("Namibia");
    assertThat(Regions.require("continent:NA").name()).isEqualTo("North America");
    assertThat(Regions.require("SA").name()).isEqualTo("Saudi Arabia");
    assertThat(Regions.require("continent:SA").name()).isEqualTo("South America");
  }

  @Test
  void findOfUnknownOrNullIsEmpty() {
    assertThat(Regions.find("XX")).isEmpty();
    assertThat(Regions.find("US-XX")).isEmpty();
    assertThat(Regions.find(null)).isEmpty();
  }

  @Test
  void requireOfUnknownCodeNamesItAndTheAcceptedForms() {
    assertThatThrownBy(() -> Regions.require("XX"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("XX");
              assertThat(e.expected()).contains("*", "continent:XX", "ISO 3166-1", "US-CA");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"EU", "eu", "OC", "AN"})
  void requireOfABareContinentOnlyCodeSuggestsTheContinentForm(String code) {
    assertThatThrownBy(() -> Regions.require(code))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo(code);
              assertThat(e.expected()).contains("continent:" + code.toUpperCase());
            });
  }

  @Test
  void requireOfUnknownContinentListsTheSeven() {
    assertThatThrownBy(() -> Regions.require("continent:XX"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("continent:XX");
              assertThat(e.expected()).contains("continent:AF", "continent:SA");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void requireOfBlankIsRefused(String code) {
    assertThatThrownBy(() -> Regions.require(code)).isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "Germany, DE",
    "germany, DE",
    "California, US-CA",
    "Europe, continent:EU",
    "Ontario, CA-ON",
    "world, *"
  })
  void byNameIgnoresCase(String name, String code) {
    assertThat(Regions.byName(name)).contains(Regions.require(code));
  }

  @Test
  void byNamePrefersTheBroaderKindWhenNamesAreShared() {
    assertThat(Regions.byName("Georgia")).contains(Regions.require("GE"));
    assertThat(Regions.byName("Antarctica")).contains(Regions.require("continent:AN"));
    assertThat(Regions.byName("Puerto Rico")).contains(Regions.require("PR"));
  }

  @Test
  void byNameOfUnknownIsEmpty() {
    assertThat(Regions.byName("Atlantis")).isEmpty();
    assertThat(Regions.byName(null)).isEmpty();
  }

  @Test
  void parseTriesTheCodeBeforeTheName() {
    assertThat(Regions.parse("de")).isEqualTo(Regions.require("DE"));
    assertThat(Regions.parse("Germany")).isEqualTo(Regions.require("DE"));
    assertThat(Regions.parse("North America")).isEqualTo(Regions.require("continent:NA"));
    assertThatThrownBy(() -> Regions.parse("Atlantis"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.value()).isEqualTo("Atlantis");
              assertThat(e.expected()).contains("English name");
            });
  }

  @Test
  void parseOfEuSuggestsTheContinentForm() {
    assertThatThrownBy(() -> Regions.parse("EU"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.expected()).contains("continent:EU"));
  }

  @Test
  void worldIsTheCatchAll() {
    assertThat(Regions.world().code()).isEqualTo("*");
    assertThat(Regions.world().kind()).isEqualTo(RegionKind.WORLD);
  }
}
