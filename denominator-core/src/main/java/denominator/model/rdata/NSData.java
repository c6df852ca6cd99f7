package denominator.model.rdata;

import denominator.model.Names;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Type;

/**
 * An authoritative name server for the owner's zone.
 *
 * @param nameserver absolute, lower-case domain name, e.g. {@code ns1.example.com.}
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.11">RFC 1035 §3.3.11</a>
 */
public record NSData(String nameserver) implements RData {
  private static final String EXPECTED = "a domain name, e.g. ns1.example.com.";

  public NSData {
    nameserver = Names.absolute(nameserver);
  }

  /** Parses presentation text such as {@code ns1.example.com.}. */
  public static NSData parse(String text) {
    return Text.parse(
        Type.NS,
        "NS",
        text,
        EXPECTED,
        NSRecord.class,
        r -> new NSData(r.getTarget().toString()),
        words -> words.size() == 1 ? new NSData(words.get(0)) : null);
  }

  @Override
  public String type() {
    return "NS";
  }

  @Override
  public String toString() {
    return nameserver;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NSData o && nameserver.equals(o.nameserver);
  }

  @Override
  public int hashCode() {
    return nameserver.hashCode();
  }
}
