package denominator.model.rdata;

import denominator.model.Names;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Type;

/**
 * The canonical name that an alias owner name points to.
 *
 * @param target absolute, lower-case domain name, e.g. {@code www.example.net.}
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.1">RFC 1035 §3.3.1</a>
 */
public record CNAMEData(String target) implements RData {
  private static final String EXPECTED = "a domain name, e.g. www.example.net.";

  public CNAMEData {
    target = Names.absolute(target);
  }

  /** Parses presentation text such as {@code www.example.net.}. */
  public static CNAMEData parse(String text) {
    return Text.parse(
        Type.CNAME,
        "CNAME",
        text,
        EXPECTED,
        CNAMERecord.class,
        r -> new CNAMEData(r.getTarget().toString()),
        words -> words.size() == 1 ? new CNAMEData(words.get(0)) : null);
  }

  @Override
  public String type() {
    return "CNAME";
  }

  @Override
  public String toString() {
    return target;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CNAMEData o && target.equals(o.target);
  }

  @Override
  public int hashCode() {
    return target.hashCode();
  }
}
