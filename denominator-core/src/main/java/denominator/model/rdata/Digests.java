package denominator.model.rdata;

import denominator.ValidationException;
import java.util.Map;

/**
 * Digest lengths that DNSSEC, SSHFP and DANE tie to a digest type. dnsjava refuses a digest of the
 * wrong length when parsing, so the records refuse it when constructed, keeping parse and print
 * symmetric.
 */
final class Digests {
  /** SSHFP fingerprint types: 1 SHA-1, 2 SHA-256 (RFC 4255, RFC 6594). */
  static final Map<Integer, Integer> SSHFP = Map.of(1, 20, 2, 32);

  /** DS digest types: 1 SHA-1, 2 SHA-256, 3 GOST R 34.11-94, 4 SHA-384, 5 GOST 2012, 6 SM3. */
  static final Map<Integer, Integer> DS = Map.of(1, 20, 2, 32, 3, 32, 4, 48, 5, 32, 6, 32);

  /** TLSA matching types: 1 SHA-256, 2 SHA-512; 0 is the data itself, of any length. */
  static final Map<Integer, Integer> TLSA = Map.of(1, 32, 2, 64);

  /**
   * Throws unless {@code hex} has the length that {@code lengths} gives for {@code type} (of the
   * kind {@code typeName}, e.g. "digest type"); the refusal names the length expected.
   */
  static void checkLength(
      String what, Map<Integer, Integer> lengths, String typeName, int type, String hex) {
    Integer bytes = lengths.get(type);
    if (bytes != null && hex.length() != 2 * bytes) {
      throw new ValidationException(
          what + " of " + typeName + " " + type + " is not " + bytes + " bytes",
          hex,
          bytes + " bytes (" + 2 * bytes + " hex digits) for " + typeName + " " + type);
    }
  }

  private Digests() {}
}
