package denominator.model.geo;

import denominator.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The table of canonical regions: every ISO 3166-1 country with its continent, the seven
 * continents, the catch-all {@code *}, and the ISO 3166-2 subdivisions that providers route on (US
 * states and outlying areas, Canadian provinces and territories, and Crimea).
 *
 * <p>The table is parsed once, on first use, from {@code RegionRows}, which names its sources. All
 * methods are thread-safe. Code lookups ignore case and surrounding spaces.
 */
public final class Regions {
  /** A bare code that is a continent's but not a country's: EU, OC, AN. */
  private static final Set<String> CONTINENT_ONLY_CODES = Set.of("EU", "OC", "AN");

  private static final String CONTINENT_PREFIX = "continent:";
  private static final String ACCEPTED_CODES =
      "*, continent:XX, an ISO 3166-1 alpha-2 country such"
          + " as DE, or an ISO 3166-2 subdivision such as US-CA";

  private Regions() {}

  // Holder idiom: the table is loaded by the first call, once, without locking afterwards.
  private static final class Holder {
    static final RegionTable TABLE = RegionTable.load();
  }

  /**
   * The region with this canonical code, given in any case: {@code us-ca}, {@code Continent:eu}.
   */
  public static Optional<Region> find(String code) {
    return code == null ? Optional.empty() : Holder.TABLE.byCode(canonical(code));
  }

  /**
   * The region with this code, or a {@link ValidationException} naming the code. When the code is a
   * continent's but no country's ({@code EU}), the exception says to write {@code continent:EU}.
   */
  public static Region require(String code) {
    return find(code).orElseThrow(() -> unknown(code, ACCEPTED_CODES));
  }

  /**
   * The region with this English name, ignoring case: {@code Germany}, {@code california}. Where
   * regions of different kinds share a name, the broader wins: {@code Georgia} is the country (the
   * state is {@code US-GA}), {@code Antarctica} the continent.
   */
  public static Optional<Region> byName(String name) {
    return name == null ? Optional.empty() : Holder.TABLE.byName(name);
  }

  /** The region with this code or, failing that, this English name; else a ValidationException. */
  public static Region parse(String text) {
    return find(text)
        .or(() -> byName(text))
        .orElseThrow(() -> unknown(text, ACCEPTED_CODES + ", or an English name such as Germany"));
  }

  /** The regions whose parent is {@code region}, in table order; empty for a subdivision. */
  public static List<Region> children(Region region) {
    return Holder.TABLE.childrenOf(region);
  }

  /** Every region, broadest kinds first, in table order. */
  public static Stream<Region> all() {
    return Holder.TABLE.all().stream();
  }

  /** Every region of this kind, in table order. */
  public static Stream<Region> all(RegionKind kind) {
    return all().filter(region -> region.kind() == kind);
  }

  /** The catch-all {@code *}: every location that no other region of a record set matches. */
  public static Region world() {
    return require("*");
  }

  static Optional<Region> parentOf(Region region) {
    return Holder.TABLE.parentOf(region);
  }

  /** Upper-cases the code, keeping the {@code continent:} prefix lower-case. */
  static String canonical(String code) {
    String stripped = code.strip();
    if (stripped.regionMatches(true, 0, CONTINENT_PREFIX, 0, CONTINENT_PREFIX.length())) {
      return CONTINENT_PREFIX
          + stripped.substring(CONTINENT_PREFIX.length()).strip().toUpperCase(Locale.ROOT);
    }
    return stripped.toUpperCase(Locale.ROOT);
  }

  private static ValidationException unknown(String text, String expected) {
    String value = String.valueOf(text);
    if (text == null || text.isBlank()) {
      return new ValidationException("empty region", value, expected);
    }
    String canonical = canonical(text);
    if (CONTINENT_ONLY_CODES.contains(canonical)) {
      return new ValidationException(
          "not a country code",
          value,
          "an ISO 3166-1 country code (for the continent, write continent:" + canonical + ")");
    }
    if (canonical.startsWith(CONTINENT_PREFIX)) {
      return new ValidationException(
          "unknown continent",
          value,
          "one of continent:AF, continent:AN, continent:AS, continent:EU, continent:NA,"
              + " continent:OC, continent:SA");
    }
    return new ValidationException("unknown region", value, expected);
  }
}
