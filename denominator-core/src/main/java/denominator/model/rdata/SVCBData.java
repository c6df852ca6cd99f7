package denominator.model.rdata;

import denominator.model.Names;
import java.util.Objects;
import org.xbill.DNS.SVCBRecord;
import org.xbill.DNS.Type;

/**
 * A service binding: where and how to reach an alternative endpoint of a service.
 *
 * @param priority 0..65535; 0 is AliasMode, which takes no params, others are ServiceMode
 * @param target absolute, lower-case domain name, or {@code .} for the owner name itself
 * @param params the SvcParams in normalized presentation form, e.g. {@code alpn=h2,h3 port=443}, or
 *     empty for none: keys in increasing numeric order, one space apart, {@code mandatory} keys
 *     sorted, {@code ipv6hint} in RFC 5952 form, {@code ech} in base64, other values bare unless
 *     they need quotes and escapes
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9460#section-2">RFC 9460 §2</a>
 */
public record SVCBData(int priority, String target, String params) implements RData {
  private static final String EXPECTED =
      "priority, target and params, e.g. 1 svc.example.com. alpn=h2,h3 port=8443";

  public SVCBData {
    Ranges.u16("SVCB priority", priority, EXPECTED);
    target = Names.absolute(target);
    params = SvcParams.normalize(Type.SVCB, "SVCB", priority, params, EXPECTED);
  }

  /** Parses presentation text such as {@code 1 svc.example.com. alpn=h2,h3 port=8443}. */
  public static SVCBData parse(String text) {
    return Text.parse(
        Type.SVCB,
        "SVCB",
        text,
        EXPECTED,
        SVCBRecord.class,
        r -> new SVCBData(r.getSvcPriority(), r.getTargetName().toString(), SvcParams.print(r)));
  }

  @Override
  public String type() {
    return "SVCB";
  }

  @Override
  public String toString() {
    return params.isEmpty() ? priority + " " + target : priority + " " + target + " " + params;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SVCBData o
        && priority == o.priority
        && target.equals(o.target)
        && params.equals(o.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(priority, target, params);
  }
}
