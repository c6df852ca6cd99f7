package denominator.ultradns;

import denominator.model.geo.Region;
import denominator.model.geo.RegionKind;
import denominator.model.geo.Regions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The geo codes the simulated UltraDNS accepts in a directional pool, and its own continents.
 *
 * <p>Derived from core's canonical {@link Regions}: every country and every subdivision of that
 * table, the specials {@code A1} (anonymous proxy), {@code A2} (satellite provider) and {@code A3}
 * (unknown), and UltraDNS's seven continent codes. UltraDNS's continents are the canonical ones
 * except that it counts Russia, Türkiye and Cyprus in Asia, so {@code EUR} lacks RU and CY and
 * {@code ASI} has them (an ASSUMPTION from the project issue; TR is already Asian canonically).
 */
final class UltraDnsGeoCodes {
  /** UltraDNS's continent code for each canonical continent. */
  static final Map<String, String> CONTINENTS =
      Map.of(
          "continent:AF", "AFR",
          "continent:AN", "ANT",
          "continent:AS", "ASI",
          "continent:EU", "EUR",
          "continent:NA", "NAM",
          "continent:OC", "OCN",
          "continent:SA", "SAM");

  /** Countries UltraDNS puts on another continent than the canonical table does. */
  private static final Map<String, String> MOVED = Map.of("RU", "ASI", "TR", "ASI", "CY", "ASI");

  private static final Set<String> SPECIALS = Set.of("A1", "A2", "A3");

  private static final Map<String, String> CONTINENT_OF_COUNTRY = continentOfCountry();
  private static final Set<String> KNOWN = known();

  private UltraDnsGeoCodes() {}

  /** Whether the service accepts {@code code} in a pool's {@code geoInfo}. */
  static boolean isKnown(String code) {
    return KNOWN.contains(code);
  }

  /** Whether {@code code} is one of UltraDNS's continent codes, e.g. {@code EUR}. */
  static boolean isContinent(String code) {
    return CONTINENTS.containsValue(code);
  }

  /** UltraDNS's continent of a country ({@code RU} → {@code ASI}); empty for A1, A2, A3. */
  static Optional<String> continentOf(String country) {
    return Optional.ofNullable(CONTINENT_OF_COUNTRY.get(country));
  }

  /** The countries of one of UltraDNS's continents, sorted. */
  static Set<String> countriesOf(String continent) {
    Set<String> countries = new TreeSet<>();
    CONTINENT_OF_COUNTRY.forEach(
        (country, of) -> {
          if (of.equals(continent)) {
            countries.add(country);
          }
        });
    return countries;
  }

  private static Map<String, String> continentOfCountry() {
    Map<String, String> continents = new LinkedHashMap<>();
    Regions.all(RegionKind.COUNTRY)
        .forEach(
            country -> {
              String canonical = country.parent().map(Region::code).orElseThrow();
              continents.put(
                  country.code(), MOVED.getOrDefault(country.code(), CONTINENTS.get(canonical)));
            });
    return Map.copyOf(continents);
  }

  private static Set<String> known() {
    Set<String> codes = new LinkedHashSet<>(CONTINENTS.values());
    codes.addAll(SPECIALS);
    Regions.all(RegionKind.COUNTRY).forEach(region -> codes.add(region.code()));
    Regions.all(RegionKind.SUBDIVISION).forEach(region -> codes.add(region.code()));
    return Set.copyOf(codes);
  }
}
