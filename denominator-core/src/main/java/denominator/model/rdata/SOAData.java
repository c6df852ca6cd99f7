package denominator.model.rdata;

import denominator.model.Names;
import java.util.Objects;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;

/**
 * The start of authority of a zone: its primary server, responsible mailbox, serial and timers.
 * Timers are seconds, 0..2147483647 as RFC 2181 §8 limits them; presentation text may use units
 * ({@code 1h}), which are normalized to seconds.
 *
 * @param mname absolute, lower-case name of the primary name server
 * @param rname the responsible mailbox as a domain name, e.g. {@code hostmaster.example.com.}
 * @param serial 0..4294967295
 * @param refresh seconds between secondary refreshes
 * @param retry seconds before a failed refresh is retried
 * @param expire seconds after which an unrefreshed secondary stops answering
 * @param minimum negative-caching TTL in seconds (RFC 2308)
 * @see <a href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.13">RFC 1035 §3.3.13</a>
 */
public record SOAData(
    String mname, String rname, long serial, int refresh, int retry, int expire, int minimum)
    implements RData {
  private static final String EXPECTED =
      "mname rname serial refresh retry expire minimum, e.g. "
          + "ns1.example.com. hostmaster.example.com. 2024010101 7200 3600 1209600 300";

  public SOAData {
    mname = Names.absolute(mname);
    rname = Names.absolute(rname);
    Ranges.u32("SOA serial", serial, EXPECTED);
    Ranges.u31("SOA refresh", refresh, EXPECTED);
    Ranges.u31("SOA retry", retry, EXPECTED);
    Ranges.u31("SOA expire", expire, EXPECTED);
    Ranges.u31("SOA minimum", minimum, EXPECTED);
  }

  /**
   * Parses presentation text such as {@code ns1.example.com. hostmaster.example.com. 1 7200 3600
   * 1209600 300}.
   */
  public static SOAData parse(String text) {
    return Text.parse(
        Type.SOA,
        "SOA",
        text,
        EXPECTED,
        SOARecord.class,
        r ->
            new SOAData(
                r.getHost().toString(),
                r.getAdmin().toString(),
                r.getSerial(),
                Ranges.u31("SOA refresh", r.getRefresh(), EXPECTED),
                Ranges.u31("SOA retry", r.getRetry(), EXPECTED),
                Ranges.u31("SOA expire", r.getExpire(), EXPECTED),
                Ranges.u31("SOA minimum", r.getMinimum(), EXPECTED)),
        words ->
            words.size() == 7
                ? new SOAData(
                    words.get(0),
                    words.get(1),
                    PlainText.number(words.get(2)),
                    PlainText.integer(words.get(3)),
                    PlainText.integer(words.get(4)),
                    PlainText.integer(words.get(5)),
                    PlainText.integer(words.get(6)))
                : null);
  }

  @Override
  public String type() {
    return "SOA";
  }

  @Override
  public String toString() {
    return mname + " " + rname + " " + serial + " " + refresh + " " + retry + " " + expire + " "
        + minimum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SOAData o
        && mname.equals(o.mname)
        && rname.equals(o.rname)
        && serial == o.serial
        && refresh == o.refresh
        && retry == o.retry
        && expire == o.expire
        && minimum == o.minimum;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mname, rname, serial, refresh, retry, expire, minimum);
  }
}
