package denominator.model.rdata;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.Type;

/**
 * An IPv6 host address.
 *
 * @param address IPv6 address, normalized to the RFC 5952 canonical form (lower-case, zeros
 *     compressed, IPv4-mapped addresses as {@code ::ffff:192.0.2.1}), so equal addresses make equal
 *     records
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3596#section-2.2">RFC 3596 §2.2</a>
 */
public record AAAAData(String address) implements RData {
  public AAAAData {
    address = IpAddresses.ipv6(address);
  }

  /** Parses presentation text such as {@code 2001:db8::1}. */
  public static AAAAData parse(String text) {
    return Text.parse(
        Type.AAAA,
        "AAAA",
        text,
        IpAddresses.IPV6_EXPECTED,
        AAAARecord.class,
        r -> new AAAAData(IpAddresses.ipv6(r.rdataToWireCanonical())),
        words -> words.size() == 1 ? new AAAAData(words.get(0)) : null);
  }

  @Override
  public String type() {
    return "AAAA";
  }

  @Override
  public String toString() {
    return address;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AAAAData o && address.equals(o.address);
  }

  @Override
  public int hashCode() {
    return address.hashCode();
  }
}
