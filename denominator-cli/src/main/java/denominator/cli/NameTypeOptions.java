package denominator.cli;

import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import picocli.CommandLine.Model.CommandSpec;

/** The required {@code -n NAME -t TYPE} that pick a record set. */
final class NameTypeOptions {
  String name;
  String type;

  NameTypeOptions(CommandSpec spec) {
    Options.add(
        spec,
        Options.string("-n, --name", "NAME", "owner name, e.g. www.example.com.", v -> name = v)
            .required(true),
        Options.string("-t, --type", "TYPE", "record type, e.g. A, MX, TXT", v -> type = v)
            .required(true));
  }

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
