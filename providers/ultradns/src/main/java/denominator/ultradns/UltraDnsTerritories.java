package denominator.ultradns;

import denominator.model.geo.Geo;
import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * UltraDNS geo codes and canonical regions. Countries and subdivisions are ISO codes on both sides.
 * UltraDNS's continents NAM, SAM, AFR, OCN and ANT hold the canonical continents' countries and are
 * written as such; its EUR and ASI do not (UltraDNS puts RU, TR and CY in Asia), so canonical
 * Europe and Asia are written as their countries, and a foreign EUR or ASI group reads as the
 * countries UltraDNS means. A1, A2, A3 (proxies, satellites, unknown) and unknown codes have no
 * canonical region.
 */
final class UltraDnsTerritories {
  /** The continents whose grouping is the canonical one, by UltraDNS code. */
  private static final Map<String, String> SAME_CONTINENTS =
      Map.of(
          "NAM", "continent:NA",
          "SAM", "continent:SA",
          "AFR", "continent:AF",
          "OCN", "continent:OC",
          "ANT", "continent:AN");

  /** The countries UltraDNS counts in Asia that the canonical table may put in Europe. */
  private static final Set<String> ASIAN_AT_ULTRADNS = Set.of("RU", "TR", "CY");

  /** The subdivisions UltraDNS knows: US states and Canadian provinces (ASSUMPTION). */
  static boolean knows(Region region) {
    return region.kind() != RegionKind.SUBDIVISION
        || region.code().startsWith("US-")
        || region.code().startsWith("CA-");
  }

  /** The UltraDNS codes of a geo set's regions, in the set's order; {@code *} is not a code. */
  static List<String> codes(Geo geo) {
    return codes(geo, Set.of());
  }

  /**
   * The UltraDNS codes of a geo set's regions, where a continent written as its countries leaves
   * out the countries that another group of the pool names ({@code claimed}): UltraDNS refuses a
   * code in two groups of a pool, and the group naming the country wins for it anyway.
   */
  static List<String> codes(Geo geo, Set<String> claimed) {
    Set<String> codes = new LinkedHashSet<>();
    for (Region region : geo.regions()) {
      if (region.kind() == RegionKind.CONTINENT) {
        continentCodes(region).stream().filter(c -> !claimed.contains(c)).forEach(codes::add);
      } else if (region.kind() != RegionKind.WORLD) {
        codes.add(region.code());
      }
    }
    return List.copyOf(codes);
  }

  /** Whether a geo set holds a continent that is written as its countries. */
  static boolean writesCountries(Geo geo) {
    return geo.regions().stream()
        .anyMatch(r -> r.kind() == RegionKind.CONTINENT && continentCodes(r).size() > 1);
  }

  /**
   * The regions of a group read back, with a continent in place of its countries when the group
   * holds every one of them that the pool's other groups do not name ({@code claimed}), and those
   * are most of the continent: what {@link #codes(Geo, Set)} wrote. (A group of one country beside
   * a group of the rest of the continent is served the same as a continent beside that country; the
   * larger group is read as the continent.)
   */
  static Geo recompose(Geo geo, Set<String> claimed) {
    Set<Region> regions = new LinkedHashSet<>(geo.regions());
    for (String continent : List.of("continent:EU", "continent:AS")) {
      Set<Region> all = countries(continent, c -> true);
      Set<Region> unclaimed = countries(continent, c -> !claimed.contains(c.code()));
      if (2 * unclaimed.size() > all.size() && regions.containsAll(unclaimed)) {
        regions.removeAll(unclaimed);
        regions.add(Regions.require(continent));
      }
    }
    return regions.equals(geo.regions()) ? geo : new Geo(regions);
  }

  private static List<String> continentCodes(Region continent) {
    return SAME_CONTINENTS.entrySet().stream()
        .filter(e -> e.getValue().equals(continent.code()))
        .map(Map.Entry::getKey)
        .findFirst()
        .map(List::of)
        .orElseGet(() -> Regions.children(continent).stream().map(Region::code).toList());
  }

  /** The canonical regions of UltraDNS codes; empty when one of them has none. */
  static Optional<Geo> geo(List<String> codes) {
    Set<Region> regions = new LinkedHashSet<>();
    for (String code : codes) {
      Optional<Set<Region>> read = regions(code);
      if (read.isEmpty()) {
        return Optional.empty();
      }
      regions.addAll(read.get());
    }
    return regions.isEmpty() ? Optional.empty() : Optional.of(new Geo(regions));
  }

  private static Optional<Set<Region>> regions(String code) {
    if (SAME_CONTINENTS.containsKey(code)) {
      return Optional.of(Set.of(Regions.require(SAME_CONTINENTS.get(code))));
    }
    if (code.equals("EUR")) {
      return Optional.of(countries("continent:EU", c -> !ASIAN_AT_ULTRADNS.contains(c.code())));
    }
    if (code.equals("ASI")) {
      Set<Region> asia = countries("continent:AS", c -> true);
      ASIAN_AT_ULTRADNS.stream().sorted().forEach(c -> asia.add(Regions.require(c)));
      return Optional.of(asia);
    }
    if (!RegionKind.COUNTRY.hasShape(code) && !RegionKind.SUBDIVISION.hasShape(code)) {
      return Optional.empty(); // A1, A2, A3 and codes we do not know
    }
    return Regions.find(code).filter(UltraDnsTerritories::knows).map(Set::of);
  }

  private static Set<Region> countries(String continent, Predicate<Region> keep) {
    return Regions.children(Regions.require(continent)).stream()
        .filter(keep)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private UltraDnsTerritories() {}
}
