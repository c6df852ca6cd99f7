package denominator.model.rdata;

import java.util.Objects;
import org.xbill.DNS.DSRecord;
import org.xbill.DNS.Type;

/**
 * A delegation signer: the digest of a child zone's DNSKEY, published in the parent.
 *
 * @param keyTag 0..65535 tag of the DNSKEY
 * @param algorithm 0..255 DNSSEC algorithm number of the DNSKEY, e.g. 13
 * @param digestType 0..255 digest type, e.g. 2 for SHA-256
 * @param digest the digest as upper-case hex; its length must match a known digest type
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4034#section-5.3">RFC 4034 §5.3</a>
 */
public record DSData(int keyTag, int algorithm, int digestType, String digest) implements RData {
  private static final String EXPECTED =
      "key tag, algorithm, digest type and hex digest, "
          + "e.g. 12345 13 2 "
          + "0123456789ABCDEF".repeat(4);

  public DSData {
    Ranges.u16("DS key tag", keyTag, EXPECTED);
    Ranges.u8("DS algorithm", algorithm, EXPECTED);
    Ranges.u8("DS digest type", digestType, EXPECTED);
    digest = Hex.check("DS digest", digest, EXPECTED);
    Digests.checkLength("DS digest", Digests.DS, "digest type", digestType, digest);
  }

  /** Parses presentation text such as {@code 12345 13 2 0123...CDEF} (64 hex digits). */
  public static DSData parse(String text) {
    return Text.parse(
        Type.DS,
        "DS",
        text,
        EXPECTED,
        DSRecord.class,
        r ->
            new DSData(r.getFootprint(), r.getAlgorithm(), r.getDigestID(), Hex.of(r.getDigest())));
  }

  @Override
  public String type() {
    return "DS";
  }

  @Override
  public String toString() {
    return keyTag + " " + algorithm + " " + digestType + " " + digest;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DSData o
        && keyTag == o.keyTag
        && algorithm == o.algorithm
        && digestType == o.digestType
        && digest.equals(o.digest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyTag, algorithm, digestType, digest);
  }
}
