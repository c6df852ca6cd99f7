package denominator.cli;

import denominator.model.Ttl;
import picocli.CommandLine.Option;

/** {@code -d DATA...} and an optional {@code --ttl TTL}: what a put writes, as a picocli mixin. */
final class ValueOptions extends DataOption {
  @Option(
      names = "--ttl",
      paramLabel = "TTL",
      description = "TTL in seconds or as a duration: 30s, 5m, 1h, 1d")
  String ttl;

  /** The TTL given, validated, or null to keep the TTL of the existing set. */
  Integer ttl() {
    return ttl == null ? null : Ttl.parse(ttl);
  }
}
