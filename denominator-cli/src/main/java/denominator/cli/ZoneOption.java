package denominator.cli;

import picocli.CommandLine.Option;

/**
 * The required {@code -z ZONE} of the commands outside a zone group ({@code plan}, {@code verify}),
 * as a picocli mixin; the groups' own {@code -z} is {@link ZoneScope}'s.
 */
final class ZoneOption {
  @Option(
      names = {"-z", "--zone"},
      completionCandidates = Candidates.ZoneNames.class,
      required = true,
      paramLabel = "ZONE",
      description = "zone name or id")
  String zone;
}
