package denominator.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.ValidationException;
import org.junit.jupiter.api.Test;

class RegionTest {
  private final Region world = Regions.world();
  private final Region northAmerica = Regions.require("continent:NA");
  private final Region us = Regions.require("US");
  private final Region california = Regions.require("US-CA");
  private final Region germany = Regions.require("DE");

  @Test
  void parentWalksSubdivisionToCountryToContinentToWorld() {
    assertThat(california.parent()).contains(us);
    assertThat(us.parent()).contains(northAmerica);
    assertThat(northAmerica.parent()).contains(world);
    assertThat(world.parent()).isEmpty();
  }

  @Test
  void containsItselfAndEveryDescendant() {
    assertThat(california.contains(california)).isTrue();
    assertThat(us.contains(california)).isTrue();
    assertThat(northAmerica.contains(california)).isTrue();
    assertThat(world.contains(california)).isTrue();
    assertThat(world.contains(germany)).isTrue();
  }

  @Test
  void doesNotContainAncestorsOrStrangers() {
    assertThat(california.contains(us)).isFalse();
    assertThat(northAmerica.contains(germany)).isFalse();
    assertThat(Regions.require("continent:EU").contains(california)).isFalse();
  }

  @Test
  void printsAsItsCode() {
    assertThat(california).hasToString("US-CA");
  }

  @Test
  void refusesACodeOfTheWrongShapeForItsKind() {
    assertThatThrownBy(() -> new Region("EU", RegionKind.CONTINENT, "Europe"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("EU"));
    assertThatThrownBy(() -> new Region("us-ca", RegionKind.SUBDIVISION, "California"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new Region("DE", RegionKind.COUNTRY, " "))
        .isInstanceOf(ValidationException.class);
  }
}
