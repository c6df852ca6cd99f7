package denominator.model.rdata;

import denominator.model.Names;
import java.util.Objects;
import org.xbill.DNS.HTTPSRecord;
import org.xbill.DNS.Type;

/**
 * A service binding for HTTPS origins, the SVCB form that browsers query for {@code https://} URLs.
 *
 * @param priority 0..65535; 0 is AliasMode, which takes no params, others are ServiceMode
 * @param target absolute, lower-case domain name, or {@code .} for the owner name itself
 * @param params the SvcParams in normalized presentation form, e.g. {@code alpn=h2,h3 port=443}, or
 *     empty for none: keys in increasing numeric order, one space apart, {@code mandatory} keys
 *     sorted, {@code ipv6hint} in RFC 5952 form, {@code ech} in base64, other values bare unless
 *     they need quotes and escapes
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9460#section-9">RFC 9460 §9</a>
 */
public record HTTPSData(int priority, String target, String params) implements RData {
  private static final String EXPECTED =
      "priority, target and params, e.g. 1 . alpn=h2,h3 ipv4hint=192.0.2.1";

  public HTTPSData {
    Ranges.u16("HTTPS priority", priority, EXPECTED);
    target = Names.absolute(target);
    params = SvcParams.normalize(Type.HTTPS, "HTTPS", priority, params, EXPECTED);
  }

  /** Parses presentation text such as {@code 1 . alpn=h2,h3 ipv4hint=192.0.2.1}. */
  public static HTTPSData parse(String text) {
    return Text.parse(
        Type.HTTPS,
        "HTTPS",
        text,
        EXPECTED,
        HTTPSRecord.class,
        r -> new HTTPSData(r.getSvcPriority(), r.getTargetName().toString(), SvcParams.print(r)));
  }

  @Override
  public String type() {
    return "HTTPS";
  }

  @Override
  public String toString() {
    return params.isEmpty() ? priority + " " + target : priority + " " + target + " " + params;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HTTPSData o
        && priority == o.priority
        && target.equals(o.target)
        && params.equals(o.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(priority, target, params);
  }
}
