package denominator.cli;

import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import java.util.List;

/** What shell completion offers for option values. */
final class Candidates {
  /**
   * Stands for the zone names, which only the provider knows when completing: {@link
   * CompletionCommand} replaces it in the script with a call to {@code zone list --names}.
   */
  static final String ZONES = "__DENOMINATOR_ZONES__";

  /** The zone names, asked of the provider when the shell completes. */
  static final List<String> ZONE_NAMES = List.of(ZONES);

  /**
   * Every region code: {@code *}, continents, countries, subdivisions; read only when a completion
   * script is written.
   */
  static final Iterable<String> REGION_CODES = () -> Regions.all().map(Region::code).iterator();

  private Candidates() {}
}
