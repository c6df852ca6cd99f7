package denominator.change;

import denominator.DenominatorException;
import denominator.model.RecordSetKey;
import java.util.List;

/**
 * A plan was not applied, before any request that changes the zone: it was stale (the zone changed
 * since it was made) or it failed a safety check that only {@code force} overrides.
 */
public class PlanRefusedException extends DenominatorException {
  private static final long serialVersionUID = 1L;

  /** Why the plan was refused. */
  public enum Reason {
    /** Live sets no longer match the plan's preconditions: make a new plan. */
    STALE,
    /** The plan updates or deletes more of the zone than the safety threshold allows. */
    TOO_MANY_CHANGES,
    /** The plan changes the zone's apex NS or SOA. */
    APEX
  }

  private final Reason reason;
  private final transient List<RecordSetKey> keys;

  public PlanRefusedException(Reason reason, String message, List<RecordSetKey> keys) {
    super(message);
    this.reason = reason;
    this.keys = List.copyOf(keys);
  }

  /** The plan for {@code zone} is stale: the sets {@code keys} changed since it was made. */
  public static PlanRefusedException stale(String zone, List<RecordSetKey> keys) {
    return new PlanRefusedException(
        Reason.STALE,
        zone + " changed since the plan was made: " + keys + "; make a new plan",
        keys);
  }

  public Reason reason() {
    return reason;
  }

  /** The record sets concerned: the stale ones, or the apex ones. */
  public List<RecordSetKey> keys() {
    return keys;
  }
}
