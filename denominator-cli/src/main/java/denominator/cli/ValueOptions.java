package denominator.cli;

import denominator.model.Ttl;
import picocli.CommandLine.Model.CommandSpec;

/** {@code -d DATA...} and an optional {@code --ttl TTL}: what a put writes. */
final class ValueOptions extends DataOption {
  private String ttl;

  ValueOptions(CommandSpec spec) {
    super(spec);
    Options.add(
        spec,
        Options.string(
            "--ttl", "TTL", "TTL in seconds or as a duration: 30s, 5m, 1h, 1d", v -> ttl = v));
  }

  /** The TTL given, validated, or null to keep the TTL of the existing set. */
  Integer ttl() {
    return ttl == null ? null : Ttl.parse(ttl);
  }
}
