package denominator.tck.faults;

/**
 * What can go wrong between Denominator and a provider's API during an outage, each as a {@link
 * FaultProxy} makes it. "Every second request" counts from the first, so a request and its first
 * retry see the fault and its absence in turn; bursts hit the first three requests.
 */
public enum Fault {
  /** Every second request is throttled with a {@code Retry-After} of one second. */
  THROTTLED_WITH_RETRY_AFTER("throttled, every 2nd request, with Retry-After"),
  /** Every second request is throttled without {@code Retry-After}. */
  THROTTLED("throttled, every 2nd request, no Retry-After"),
  /** The first three requests are answered 500 without reaching the provider. */
  SERVER_ERROR_BURST("HTTP 500 burst (3 requests)"),
  /** The first three requests are answered 503 without reaching the provider. */
  UNAVAILABLE_BURST("HTTP 503 burst (3 requests)"),
  /** Every second request reaches the provider; the connection drops before the answer. */
  DROPPED_AFTER_REQUEST("connection dropped after the request, every 2nd"),
  /** Every second request reaches the provider; its answer comes after the read timeout. */
  READ_TIMEOUT("read timeout after the request, every 2nd"),
  /** Every second answer that has a body gets a body that is neither JSON nor XML. */
  MALFORMED_BODY("malformed response body, every 2nd"),
  /** Every second answer that has a body is cut off halfway and the connection closed. */
  TRUNCATED_BODY("truncated response body, every 2nd"),
  /** From the second request on, the credentials are ones the provider refuses. */
  CREDENTIALS_EXPIRE("credentials expire mid-run"),
  /** Every request is throttled: retries must stop within the policy. */
  ALWAYS_THROTTLED("throttled on every request"),
  /** Every request reaches the provider and loses its answer: retries must stop. */
  ALWAYS_DROPPED("connection dropped after every request"),
  /**
   * Every write reaches the provider and loses its answer, retries included; reads get through. The
   * provider has made the change and cannot be told so: apply must confirm it by reading, or say it
   * does not know.
   */
  WRITES_DROPPED("connection dropped after every write"),
  /**
   * From the first write on, every request reaches the provider and loses its answer: the write
   * took effect and no read can confirm it, so apply must say it does not know.
   */
  DROPPED_FROM_FIRST_WRITE("every answer lost from the first write on"),
  /**
   * The change set takes several writes (its batch limit lowered) and the provider refuses the
   * second as an invalid change, as it refuses a CNAME beside other data; the others get through.
   * ATOMIC means all or nothing across batches: the first batch must be rolled back.
   */
  LATER_BATCH_REFUSED("a later batch refused by the provider");

  /** The write, counted from one, that {@link #LATER_BATCH_REFUSED} refuses. */
  static final int REFUSED_WRITE = 2;

  private final String label;

  Fault(String label) {
    this.label = label;
  }

  /** The row of this fault in {@code docs/RELIABILITY.md}. */
  public String label() {
    return label;
  }

  /**
   * Whether request number {@code request} (from 1) meets this fault; {@code write} is its number
   * among the writes (from 1), 0 for a read.
   */
  boolean hits(int request, int write, boolean afterAWrite) {
    return switch (this) {
      case LATER_BATCH_REFUSED -> write == REFUSED_WRITE;
      case DROPPED_FROM_FIRST_WRITE -> afterAWrite || write > 0;
      case SERVER_ERROR_BURST, UNAVAILABLE_BURST -> request <= 3;
      case ALWAYS_THROTTLED, ALWAYS_DROPPED -> true;
      case WRITES_DROPPED -> write > 0;
      case CREDENTIALS_EXPIRE -> false;
      default -> request % 2 == 1;
    };
  }
}
