package denominator.model.rdata;

import denominator.model.Names;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Type;

/**
 * A pointer to another name, as used for reverse lookups.
 *
 * @param target absolute, lower-case domain name, e.g. {@code host.example.com.}
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.12">RFC 1035 §3.3.12</a>
 */
public record PTRData(String target) implements RData {
  private static final String EXPECTED = "a domain name, e.g. host.example.com.";

  public PTRData {
    target = Names.absolute(target);
  }

  /** Parses presentation text such as {@code host.example.com.}. */
  public static PTRData parse(String text) {
    return Text.parse(
        Type.PTR,
        "PTR",
        text,
        EXPECTED,
        PTRRecord.class,
        r -> new PTRData(r.getTarget().toString()),
        words -> words.size() == 1 ? new PTRData(words.get(0)) : null);
  }

  @Override
  public String type() {
    return "PTR";
  }

  @Override
  public String toString() {
    return target;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PTRData o && target.equals(o.target);
  }

  @Override
  public int hashCode() {
    return target.hashCode();
  }
}
