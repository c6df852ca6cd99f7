package denominator.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The required {@code -q QUALIFIER} of a geo or weighted set. */
final class QualifierOption {
  String qualifier;

  QualifierOption(CommandSpec spec) {
    Options.add(
        spec,
        Options.string(
                "-q, --qualifier",
                "QUALIFIER",
                "which set of the name and type, e.g. europe",
                v -> qualifier = v)
            .required(true));
  }
}
