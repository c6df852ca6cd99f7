package denominator.model.geo;

import java.util.regex.Pattern;

/**
 * The level of a {@link Region} in the hierarchy world, continent, country, subdivision. Declared
 * from the broadest to the most specific.
 */
public enum RegionKind {
  /** The catch-all {@code *}: every location that no other region of a record set matches. */
  WORLD("\\*"),
  /** One of the seven continents, written {@code continent:XX}, e.g. {@code continent:EU}. */
  CONTINENT("continent:[A-Z]{2}"),
  /** An ISO 3166-1 alpha-2 country, e.g. {@code DE}. */
  COUNTRY("[A-Z]{2}"),
  /** An ISO 3166-2 subdivision of a country, e.g. {@code US-CA}. */
  SUBDIVISION("[A-Z]{2}-[A-Z0-9]{1,3}");

  private final Pattern codeShape;

  RegionKind(String codeShape) {
    this.codeShape = Pattern.compile(codeShape);
  }

  /** Whether {@code code} has the canonical shape of this kind's codes (not whether it exists). */
  public boolean hasShape(String code) {
    return codeShape.matcher(code).matches();
  }
}
