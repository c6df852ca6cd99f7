package denominator.model.rdata;

import denominator.model.Names;
import java.util.Objects;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Type;

/**
 * A mail exchange for the owner name.
 *
 * @param preference 0..65535; lower is preferred
 * @param exchange absolute, lower-case host name of the mail server
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.9">RFC 1035 §3.3.9</a>
 */
public record MXData(int preference, String exchange) implements RData {
  private static final String EXPECTED = "preference and exchange, e.g. 10 mail.example.com.";

  public MXData {
    Ranges.u16("MX preference", preference, EXPECTED);
    exchange = Names.absolute(exchange);
  }

  /** Parses presentation text such as {@code 10 mail.example.com.}. */
  public static MXData parse(String text) {
    return Text.parse(
        Type.MX,
        "MX",
        text,
        EXPECTED,
        MXRecord.class,
        r -> new MXData(r.getPriority(), r.getTarget().toString()),
        words ->
            words.size() == 2 ? new MXData(PlainText.integer(words.get(0)), words.get(1)) : null);
  }

  @Override
  public String type() {
    return "MX";
  }

  @Override
  public String toString() {
    return preference + " " + exchange;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MXData o && preference == o.preference && exchange.equals(o.exchange);
  }

  @Override
  public int hashCode() {
    return Objects.hash(preference, exchange);
  }
}
