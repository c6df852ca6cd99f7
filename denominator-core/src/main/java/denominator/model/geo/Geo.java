package denominator.model.geo;

import denominator.ValidationException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions that one geo-directional record set answers for, e.g. {@code continent:EU,US-CA,DE}.
 * Immutable and non-empty; duplicates collapse. Regions are kept in one canonical order, broadest
 * first ({@code *}, continents, countries, subdivisions, each by code), so a geo prints the same
 * whichever order a provider or a user gave it in.
 *
 * <p>A geo may hold both a region and one inside it ({@code continent:EU,DE}); providers that can
 * express that answer with the most specific match. {@link #overlaps} and {@link #intersection}
 * compare exact regions only: {@code continent:EU} and {@code DE} do not overlap.
 *
 * @param regions the regions, an unmodifiable copy in canonical order
 */
public record Geo(Set<Region> regions) {
  private static final Comparator<Region> CANONICAL =
      Comparator.comparing(Region::kind).thenComparing(Region::code);
  private static final String EXPECTED =
      "comma-separated region codes such as continent:EU,US-CA,DE";

  public Geo {
    if (regions == null || regions.isEmpty()) {
      throw new ValidationException("empty geo", String.valueOf(regions), "at least one region");
    }
    if (regions.stream().anyMatch(Objects::isNull)) {
      throw new ValidationException("null region in geo", regions.toString(), "only regions");
    }
    Set<Region> sorted = new TreeSet<>(CANONICAL);
    sorted.addAll(regions);
    regions = Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
  }

  /** The geo of these canonical codes (any case); throws ValidationException for an unknown one. */
  public static Geo of(String... codes) {
    Set<Region> regions = new LinkedHashSet<>();
    for (String code : codes) {
      regions.add(Regions.require(code));
    }
    return new Geo(regions);
  }

  /**
   * Parses the form {@link #toString} prints: codes separated by commas, spaces around them
   * ignored. Names are not accepted here, since some contain commas.
   */
  public static Geo parse(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      throw new ValidationException("empty geo", String.valueOf(commaSeparated), EXPECTED);
    }
    String[] codes = commaSeparated.split(",", -1);
    for (String code : codes) {
      if (code.isBlank()) {
        throw new ValidationException("empty region in geo", commaSeparated, EXPECTED);
      }
    }
    return of(codes);
  }

  /** The canonical codes, in order. */
  public List<String> codes() {
    return regions.stream().map(Region::code).toList();
  }

  /** True if some region is in both geos. Exact regions only: a continent and its country don't. */
  public boolean overlaps(Geo other) {
    return !intersection(other).isEmpty();
  }

  /** The regions in both geos, in this geo's order; exact regions only, as for overlaps. */
  public Set<Region> intersection(Geo other) {
    Set<Region> common = new LinkedHashSet<>(regions);
    common.retainAll(other.regions);
    return Collections.unmodifiableSet(common);
  }

  /**
   * The codes joined by commas, e.g. {@code continent:EU,US-CA,DE}; {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    return String.join(",", codes());
  }
}
