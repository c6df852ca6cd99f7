package denominator.traffic;

import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses which saviour takes over each region of an evacuated qualifier. Saviours are the geo sets
 * of the same name and type whose qualifiers the operator named, in the operator's order.
 */
@FunctionalInterface
public interface SaviourPolicy {

  /** The qualifier of the saviour set that takes {@code region}; one of {@code saviours}. */
  String choose(Region region, List<ResourceRecordSet> saviours);

  /** Every region goes to the first saviour named. */
  static SaviourPolicy first() {
    return (region, saviours) -> saviours.get(0).qualifier().orElseThrow();
  }

  /**
   * A fixed mapping from region codes to saviour qualifiers; a region not in the mapping goes where
   * its closest mapped ancestor goes (so {@code continent:NA} covers {@code US-CA}), and else to
   * the first saviour.
   */
  static SaviourPolicy fixed(Map<String, String> qualifierByRegion) {
    return (region, saviours) -> {
      for (Optional<Region> r = Optional.of(region); r.isPresent(); r = r.get().parent()) {
        String qualifier = qualifierByRegion.get(r.get().code());
        if (qualifier != null) {
          return requireSaviour(qualifier, saviours);
        }
      }
      return saviours.get(0).qualifier().orElseThrow();
    };
  }

  /**
   * The first saviour that already serves the region's continent (so users stay as near as they
   * can), else the first saviour.
   */
  static SaviourPolicy nearestByContinent() {
    return (region, saviours) -> {
      Optional<Region> continent = continentOf(region);
      for (ResourceRecordSet saviour : saviours) {
        boolean near =
            continent.isPresent()
                && saviour.geo().orElseThrow().regions().stream()
                    .map(SaviourPolicy::continentOf)
                    .anyMatch(continent::equals);
        if (near) {
          return saviour.qualifier().orElseThrow();
        }
      }
      return saviours.get(0).qualifier().orElseThrow();
    };
  }

  /** The continent a region lies in (itself, for a continent); empty for {@code *}. */
  static Optional<Region> continentOf(Region region) {
    for (Optional<Region> r = Optional.of(region); r.isPresent(); r = r.get().parent()) {
      if (r.get().kind() == RegionKind.CONTINENT) {
        return r;
      }
    }
    return Optional.empty();
  }

  private static String requireSaviour(String qualifier, List<ResourceRecordSet> saviours) {
    if (saviours.stream().noneMatch(s -> s.qualifier().orElseThrow().equals(qualifier))) {
      throw new ValidationException(
          "mapped saviour is not a saviour here",
          qualifier,
          "one of " + saviours.stream().map(s -> s.qualifier().orElseThrow()).toList());
    }
    return qualifier;
  }
}
