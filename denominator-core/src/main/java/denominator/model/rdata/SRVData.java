package denominator.model.rdata;

import denominator.model.Names;
import java.util.Objects;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Type;

/**
 * The location of a service: which host and port, with priority and weight among several.
 *
 * @param priority 0..65535; lower is tried first
 * @param weight 0..65535; relative share among targets of equal priority
 * @param port 0..65535
 * @param target absolute, lower-case host name, or {@code .} for "service not available"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2782">RFC 2782</a>
 */
public record SRVData(int priority, int weight, int port, String target) implements RData {
  private static final String EXPECTED =
      "priority, weight, port and target, e.g. 10 5 5060 sip.example.com.";

  public SRVData {
    Ranges.u16("SRV priority", priority, EXPECTED);
    Ranges.u16("SRV weight", weight, EXPECTED);
    Ranges.u16("SRV port", port, EXPECTED);
    target = Names.absolute(target);
  }

  /** Parses presentation text such as {@code 10 5 5060 sip.example.com.}. */
  public static SRVData parse(String text) {
    return Text.parse(
        Type.SRV,
        "SRV",
        text,
        EXPECTED,
        SRVRecord.class,
        r -> new SRVData(r.getPriority(), r.getWeight(), r.getPort(), r.getTarget().toString()),
        words ->
            words.size() == 4
                ? new SRVData(
                    PlainText.integer(words.get(0)),
                    PlainText.integer(words.get(1)),
                    PlainText.integer(words.get(2)),
                    words.get(3))
                : null);
  }

  @Override
  public String type() {
    return "SRV";
  }

  @Override
  public String toString() {
    return priority + " " + weight + " " + port + " " + target;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SRVData o
        && priority == o.priority
        && weight == o.weight
        && port == o.port
        && target.equals(o.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(priority, weight, port, target);
  }
}
