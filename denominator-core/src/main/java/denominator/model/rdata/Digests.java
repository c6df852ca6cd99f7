package denominator.model.rdata;

import denominator.ValidationException;
import java.util.Map;

/**
 * Digest lengths that DNSSEC and SSHFP tie to a digest type. dnsjava refuses a digest of the
 * wrong length when parsing, so the records refuse it when constructed, keeping parse and print
 * symmetric.
 */
final class Digests {
  /** SSHFP fingerprint types: 1 SHA-1, 2 SHA-256 (RFC 4255, RFC 6594). */
  static final Map<Integer, Integer> SSHFP = Map.of(1, 20, 2, 32);

  /** DS digest types: 1 SHA-1, 2 SHA-256, 3 GOST R 34.11-94, 4 SHA-384, 5 GOST 2012, 6 SM3. */
  static final Map<Integer, Integer> DS = Map.of(1, 20, 2, 32, 3, 32, 4, 48, 5, 32, 6, 32);

  /** Throws unless {@code hex} has the length that {@code lengths} gives for {@code type}. */
  static void checkLength(String what, Map<Integer, Integer> lengths, int type, String hex,
      String expected) {
    Integer bytes = lengths.get(type);
    if (bytes != null && hex.length() != 2 * bytes) {
      throw new ValidationException(what + " of type " + type + " is not " + bytes + " bytes", hex,
          expected);
    }
  }

  private Digests() {}
}
