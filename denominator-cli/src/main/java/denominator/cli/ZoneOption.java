package denominator.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The required {@code -z ZONE} of the commands outside a zone group ({@code plan}, {@code verify});
 * the groups' own {@code -z} is {@link ZoneScope}'s.
 */
final class ZoneOption {
  String zone;

  ZoneOption(CommandSpec spec) {
    Options.add(
        spec,
        Options.string("-z, --zone", "ZONE", "zone name or id", v -> zone = v)
            .completionCandidates(Candidates.ZONE_NAMES)
            .required(true));
  }
}
