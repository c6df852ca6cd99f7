package denominator.kit;

import denominator.change.Change;

/**
 * One limit of a vendor's batch: at most {@code max} of something, each change costing {@code
 * cost}. Route53 allows 1,000 records (an UPSERT counting twice) and 32,000 characters of values
 * per batch; PowerDNS 1,000 record sets per PATCH; a DNS UPDATE message 65,535 octets.
 *
 * @param what what is counted, for logs ("records", "octets")
 * @param max the most one batch may hold
 * @param cost what one change adds, given what the zone holds before the batch
 * @param perTarget whether this limit counts names and types rather than changes: see {@link
 *     #targets}
 */
public record BatchLimit(String what, long max, Cost cost, boolean perTarget) {

  /** A limit on what the changes cost one by one. */
  public BatchLimit(String what, long max, Cost cost) {
    this(what, max, cost, false);
  }

  /** What one change costs against a limit. */
  @FunctionalInterface
  public interface Cost {
    long of(Change change, ZoneSlice before);
  }

  /** At most {@code max} changes per batch. */
  public static BatchLimit changes(int max) {
    return new BatchLimit("changes", max, (change, before) -> 1);
  }

  /**
   * At most {@code max} names and types per batch, for a vendor that writes one request per name
   * and type, whatever the number of sets changed there (UltraDNS's pools, NS1's records). With
   * this limit the engine packs the changes of one name and type into one batch, so that the name
   * and type is written once.
   */
  public static BatchLimit targets(int max) {
    return new BatchLimit("names and types", max, (change, before) -> 1, true);
  }
}
