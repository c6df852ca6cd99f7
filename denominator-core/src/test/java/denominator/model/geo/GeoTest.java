package denominator.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeoTest {
  static Stream<Long> seeds() {
    return LongStream.range(0, 200).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void printedGeoParsesBackToTheSameRegionsInTheSameOrder(long seed) {
    Geo geo = new Geo(randomRegions(new Random(seed)));

    Geo parsed = Geo.parse(geo.toString());

    assertThat(parsed).isEqualTo(geo);
    assertThat(parsed.codes()).containsExactlyElementsOf(geo.codes());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void geoOverlapsAnyGeoSharingOneOfItsRegions(long seed) {
    Random random = new Random(seed);
    Geo geo = new Geo(randomRegions(random));
    Region shared = List.copyOf(geo.regions()).get(random.nextInt(geo.regions().size()));
    Geo other = new Geo(Set.of(shared));

    assertThat(geo.overlaps(other)).isTrue();
    assertThat(geo.intersection(other)).containsExactly(shared);
  }

  @Test
  void parsesCodesInAnyCaseWithSpaces() {
    Geo geo = Geo.parse("continent:EU, us-ca ,DE");

    assertThat(geo.codes()).containsExactly("continent:EU", "DE", "US-CA");
    assertThat(geo).hasToString("continent:EU,DE,US-CA");
  }

  @Test
  void keepsBroadestFirstOrderAndCollapsesDuplicates() {
    Geo geo = Geo.of("DE", "US-CA", "de", "continent:EU", "US-CA", "*", "AT");

    assertThat(geo.codes()).containsExactly("*", "continent:EU", "AT", "DE", "US-CA");
  }

  @Test
  void equalityIgnoresOrder() {
    assertThat(Geo.of("DE", "FR")).isEqualTo(Geo.of("FR", "DE"));
  }

  @Test
  void mayHoldARegionAndOneInsideIt() {
    Geo geo = Geo.of("continent:EU", "DE", "*");

    assertThat(geo.regions()).hasSize(3);
  }

  @Test
  void overlapIsExactRegionOnly() {
    Geo europe = Geo.of("continent:EU");
    Geo germany = Geo.of("DE");

    assertThat(europe.overlaps(germany)).isFalse();
    assertThat(europe.intersection(germany)).isEmpty();
    assertThat(Geo.of("DE", "FR").overlaps(Geo.of("FR", "US-CA"))).isTrue();
    assertThat(Geo.of("DE", "FR", "IT").intersection(Geo.of("IT", "DE")))
        .extracting(Region::code)
        .containsExactly("DE", "IT");
  }

  @Test
  void regionsAreAnUnmodifiableCopy() {
    Set<Region> regions = new LinkedHashSet<>(Set.of(Regions.require("DE")));
    Geo geo = new Geo(regions);
    regions.add(Regions.require("FR"));

    assertThat(geo.codes()).containsExactly("DE");
    assertThatThrownBy(() -> geo.regions().add(Regions.world()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyGeoIsRefused() {
    assertThatThrownBy(() -> new Geo(Set.of())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Geo.of()).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new Geo(null)).isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "DE,", ",DE", "DE,,FR"})
  void blankElementsAreRefused(String text) {
    assertThatThrownBy(() -> Geo.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo(text));
  }

  @Test
  void unknownCodeIsRefusedNamingIt() {
    assertThatThrownBy(() -> Geo.parse("DE,XX"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("XX"));
    assertThatThrownBy(() -> Geo.parse("EU"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.expected()).contains("continent:EU"));
  }

  private static Set<Region> randomRegions(Random random) {
    List<Region> all = new ArrayList<>(Regions.all().toList());
    Collections.shuffle(all, random);
    return new LinkedHashSet<>(all.subList(0, 1 + random.nextInt(12)));
  }
}
