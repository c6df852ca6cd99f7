package denominator.model.geo;

import denominator.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical geographic region: the catch-all {@code *}, a continent, a country or a subdivision.
 * Obtain regions from {@link Regions}, whose table gives each its name and parent; a region built
 * by hand that is not in that table has no parent.
 *
 * @param code canonical code: {@code *}, {@code continent:EU}, {@code DE} or {@code US-CA}
 * @param kind the region's level, which the code's shape must match
 * @param name English name, e.g. {@code Germany}
 */
public record Region(String code, RegionKind kind, String name) {
  public Region {
    if (kind == null) {
      throw new ValidationException(
          "region without kind", String.valueOf(code), "one of " + List.of(RegionKind.values()));
    }
    if (code == null || !kind.hasShape(code)) {
      throw new ValidationException(
          "malformed " + kind + " code",
          String.valueOf(code),
          "a canonical code such as *, continent:EU, DE or US-CA");
    }
    if (name == null || name.isBlank()) {
      throw new ValidationException("region without name", code, "an English name");
    }
  }

  /**
   * The region that directly contains this one: a subdivision's country, a country's continent, a
   * continent's {@code *}. Empty for {@code *}.
   */
  public Optional<Region> parent() {
    return Regions.parentOf(this);
  }

  /** True if {@code other} is this region or lies within it, at any depth. */
  public boolean contains(Region other) {
    return equals(other) || other.parent().map(this::contains).orElse(false);
  }

  @Override
  public String toString() {
    return code;
  }

  // written out rather than generated, as in RData: no ObjectMethods call site at start-up
  @Override
  public boolean equals(Object other) {
    return other instanceof Region o
        && code.equals(o.code)
        && kind == o.kind
        && name.equals(o.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, kind, name);
  }
}
