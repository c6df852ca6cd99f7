package denominator.http;

/**
 * A request tag by which the caller declares a request unsafe to send again although its method is
 * idempotent by definition: the vendor's {@code PUT} creates and refuses what exists (NS1), so a
 * second copy after a lost answer would be refused for the first copy's success. Such a request is
 * sent once; a lost answer is settled by reading.
 *
 * <pre>{@code
 * new Request.Builder().url(url).put(body).tag(SendOnce.class, SendOnce.INSTANCE).build();
 * }</pre>
 *
 * @see RetrySafety#isRetrySafe
 */
public enum SendOnce {
  INSTANCE
}
