package denominator.model.geo;

/** PLACEHOLDER. */
public enum RegionKind { WORLD, CONTINENT, COUNTRY, SUBDIVISION }
