package denominator.cli;

import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.util.Iterator;
import java.util.List;

/** What shell completion offers for option values. */
final class Candidates {
  /**
   * Stands for the zone names, which only the provider knows when completing: {@link
   * CompletionCommand} replaces it in the script with a call to {@code zone list --names}.
   */
  static final String ZONES = "__DENOMINATOR_ZONES__";

  /** Every region code: {@code *}, continents, countries, subdivisions. */
  static final class RegionCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Regions.all().map(Region::code).iterator();
    }
  }

  /** The zone names, asked of the provider when the shell completes. */
  static final class ZoneNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(ZONES).iterator();
    }
  }

  private Candidates() {}
}
