package denominator.powerdns;

import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Continents as Lua tests that serve the canonical table's countries ({@link Regions}). PowerDNS's
 * {@code continent()} asks the GeoIP database, which groups four countries differently: Christmas
 * Island, Cyprus and Timor-Leste in Asia, Türkiye in Europe (checked against Debian's
 * geoip-database, GeoIP.dat legacy country edition, with EDNS Client Subnet queries to PowerDNS
 * 4.7: every other country agrees). So the test of a continent corrects the GeoIP grouping: {@code
 * (continent('EU') and not country('TR')) or country('CY')}.
 */
final class PowerDnsContinents {
  /** The GeoIP continent of each country whose canonical continent is another. */
  static final Map<String, String> GEOIP_DIFFERS =
      new TreeMap<>(Map.of("CX", "AS", "CY", "AS", "TL", "AS", "TR", "EU"));

  /** The Lua test of the canonical continent {@code code}, e.g. {@code EU}. */
  static String predicate(String code) {
    String left =
        GEOIP_DIFFERS.entrySet().stream()
            .filter(e -> e.getValue().equals(code) && !canonical(e.getKey()).equals(code))
            .map(e -> " and not " + country(e.getKey()))
            .collect(Collectors.joining());
    String joined =
        GEOIP_DIFFERS.keySet().stream()
            .filter(c -> canonical(c).equals(code) && !GEOIP_DIFFERS.get(c).equals(code))
            .map(c -> " or " + country(c))
            .collect(Collectors.joining());
    String continent = "continent(" + PowerDnsLua.lua(code) + ")";
    return (left.isEmpty() ? continent : "(" + continent + left + ")") + joined;
  }

  private static String canonical(String country) {
    Region continent = Regions.require(country).parent().orElseThrow();
    return continent.code().substring("continent:".length());
  }

  private static String country(String code) {
    return "country(" + PowerDnsLua.lua(code) + ")";
  }

  private PowerDnsContinents() {}
}
