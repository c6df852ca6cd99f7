package denominator.cli;

import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import picocli.CommandLine.Option;

/** The required {@code -n NAME -t TYPE} that pick a record set, as a picocli mixin. */
final class NameTypeOptions {
  @Option(
      names = {"-n", "--name"},
      required = true,
      paramLabel = "NAME",
      description = "owner name, e.g. www.example.com.")
  String name;

  @Option(
      names = {"-t", "--type"},
      required = true,
      paramLabel = "TYPE",
      description = "record type, e.g. A, MX, TXT")
  String type;

  /** The owner name made absolute; commands call this before any request to validate it. */
  String absoluteName() {
    return Names.absolute(name);
  }

  /** The key of the set with this qualifier; commands call this before any request to validate. */
  RecordSetKey qualified(String qualifier) {
    return RecordSetKey.of(name, type, qualifier);
  }

  /** The type in canonical form; not yet checked against what the provider supports. */
  String canonicalType() {
    return RecordTypes.normalize(type);
  }
}
