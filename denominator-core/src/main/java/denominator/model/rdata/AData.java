package denominator.model.rdata;

import org.xbill.DNS.ARecord;
import org.xbill.DNS.Type;

/**
 * An IPv4 host address.
 *
 * @param address dotted-quad IPv4 address, e.g. {@code 192.0.2.1}; leading zeros are refused, since
 *     {@code inet_aton} would read {@code 010} as octal 8
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-3.4.1">RFC 1035 §3.4.1</a>
 */
public record AData(String address) implements RData {
  public AData {
    address = IpAddresses.ipv4(address);
  }

  /** Parses presentation text such as {@code 192.0.2.1}. */
  public static AData parse(String text) {
    return Text.parse(
        Type.A,
        "A",
        text,
        IpAddresses.IPV4_EXPECTED,
        ARecord.class,
        r -> new AData(IpAddresses.ipv4(r.rdataToWireCanonical())),
        words -> words.size() == 1 ? new AData(words.get(0)) : null);
  }

  @Override
  public String type() {
    return "A";
  }

  @Override
  public String toString() {
    return address;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AData o && address.equals(o.address);
  }

  @Override
  public int hashCode() {
    return address.hashCode();
  }
}
