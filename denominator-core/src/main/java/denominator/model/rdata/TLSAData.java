package denominator.model.rdata;

import java.util.Objects;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.Type;

/**
 * A TLS certificate association for DANE: which certificate or key a TLS server must present.
 *
 * @param usage 0..255 certificate usage, e.g. 3 for DANE-EE
 * @param selector 0..255: 0 full certificate, 1 SubjectPublicKeyInfo
 * @param matchingType 0..255: 0 exact, 1 SHA-256, 2 SHA-512
 * @param certificateData the association data as upper-case hex; for matching types 1 and 2, a
 *     digest of 32 or 64 bytes
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6698#section-2.1">RFC 6698 §2.1</a>
 */
public record TLSAData(int usage, int selector, int matchingType, String certificateData)
    implements RData {
  private static final String EXPECTED =
      "usage, selector, matching type and hex data, "
          + "e.g. 3 1 1 "
          + "0123456789ABCDEF".repeat(4);

  public TLSAData {
    Ranges.u8("TLSA usage", usage, EXPECTED);
    Ranges.u8("TLSA selector", selector, EXPECTED);
    Ranges.u8("TLSA matching type", matchingType, EXPECTED);
    certificateData = Hex.check("TLSA certificate data", certificateData, EXPECTED);
    Digests.checkLength(
        "TLSA certificate data", Digests.TLSA, "matching type", matchingType, certificateData);
  }

  /** Parses presentation text such as {@code 3 1 1 0123...CDEF}. */
  public static TLSAData parse(String text) {
    return Text.parse(
        Type.TLSA,
        "TLSA",
        text,
        EXPECTED,
        TLSARecord.class,
        r ->
            new TLSAData(
                r.getCertificateUsage(),
                r.getSelector(),
                r.getMatchingType(),
                Hex.of(r.getCertificateAssociationData())));
  }

  @Override
  public String type() {
    return "TLSA";
  }

  @Override
  public String toString() {
    return usage + " " + selector + " " + matchingType + " " + certificateData;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TLSAData o
        && usage == o.usage
        && selector == o.selector
        && matchingType == o.matchingType
        && certificateData.equals(o.certificateData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(usage, selector, matchingType, certificateData);
  }
}
