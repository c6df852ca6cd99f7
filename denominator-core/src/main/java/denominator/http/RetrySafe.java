package denominator.http;

/**
 * A request tag by which the caller declares a request safe to send more than once, although its
 * method is not idempotent.
 *
 * <p>Tag only requests whose effect is the same however many times the server applies them, such as
 * PowerDNS's {@code PATCH} of whole rrsets with {@code changetype: REPLACE}:
 *
 * <pre>{@code
 * new Request.Builder().url(url).patch(body).tag(RetrySafe.class, RetrySafe.INSTANCE).build();
 * }</pre>
 *
 * @see RetrySafety#isRetrySafe
 */
public enum RetrySafe {
  INSTANCE
}
