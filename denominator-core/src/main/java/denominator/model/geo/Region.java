package denominator.model.geo;

/** PLACEHOLDER. */
public record Region(String code, String name, RegionKind kind) {}
