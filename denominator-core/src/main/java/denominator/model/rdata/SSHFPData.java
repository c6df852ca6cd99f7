package denominator.model.rdata;

import java.util.Objects;
import org.xbill.DNS.SSHFPRecord;
import org.xbill.DNS.Type;

/**
 * The fingerprint of an SSH host key.
 *
 * @param algorithm 0..255 key algorithm, e.g. 4 for Ed25519
 * @param fingerprintType 0..255 digest type: 1 SHA-1 (20 bytes), 2 SHA-256 (32 bytes)
 * @param fingerprint the digest as upper-case hex; its length must match a known type
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4255#section-3.2">RFC 4255 §3.2</a>
 */
public record SSHFPData(int algorithm, int fingerprintType, String fingerprint) implements RData {
  private static final String EXPECTED =
      "algorithm, fingerprint type and hex fingerprint, "
          + "e.g. 4 2 "
          + "0123456789ABCDEF".repeat(4);

  public SSHFPData {
    Ranges.u8("SSHFP algorithm", algorithm, EXPECTED);
    Ranges.u8("SSHFP fingerprint type", fingerprintType, EXPECTED);
    fingerprint = Hex.check("SSHFP fingerprint", fingerprint, EXPECTED);
    Digests.checkLength(
        "SSHFP fingerprint", Digests.SSHFP, "fingerprint type", fingerprintType, fingerprint);
  }

  /** Parses presentation text such as {@code 4 2 0123...CDEF} (64 hex digits for SHA-256). */
  public static SSHFPData parse(String text) {
    return Text.parse(
        Type.SSHFP,
        "SSHFP",
        text,
        EXPECTED,
        SSHFPRecord.class,
        r -> new SSHFPData(r.getAlgorithm(), r.getDigestType(), Hex.of(r.getFingerPrint())));
  }

  @Override
  public String type() {
    return "SSHFP";
  }

  @Override
  public String toString() {
    return algorithm + " " + fingerprintType + " " + fingerprint;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SSHFPData o
        && algorithm == o.algorithm
        && fingerprintType == o.fingerprintType
        && fingerprint.equals(o.fingerprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, fingerprintType, fingerprint);
  }
}
