package denominator.verify;

import denominator.model.rdata.RData;
import java.util.Set;

/**
 * One question put to one authoritative server, and whether its answer was the expected one.
 *
 * @param server {@code host:port}
 * @param name the owner name asked for
 * @param type the record type asked for
 * @param region the region the question pretended to come from, {@code *} for none
 * @param subnet the EDNS Client Subnet sent, empty for none
 * @param expected the records the server should answer
 * @param seen the records it answered (empty after a timeout or error)
 * @param error why there is no answer, empty if there is one
 */
public record Check(
    String server,
    String name,
    String type,
    String region,
    String subnet,
    Set<RData> expected,
    Set<RData> seen,
    String error) {

  public Check {
    expected = Set.copyOf(expected);
    seen = Set.copyOf(seen);
  }

  public boolean ok() {
    return error.isEmpty() && expected.equals(seen);
  }

  @Override
  public String toString() {
    return (ok() ? "ok   " : "FAIL ")
        + server
        + " "
        + name
        + " "
        + type
        + " from "
        + region
        + (subnet.isEmpty() ? "" : " (" + subnet + ")")
        + ": expected "
        + expected
        + (error.isEmpty() ? ", seen " + seen : ", " + error);
  }
}
