package denominator.cli;

import picocli.CommandLine.Option;

/** The required {@code -q QUALIFIER} of a geo or weighted set, as a picocli mixin. */
final class QualifierOption {
  @Option(
      names = {"-q", "--qualifier"},
      required = true,
      paramLabel = "QUALIFIER",
      description = "which set of the name and type, e.g. europe")
  String qualifier;
}
