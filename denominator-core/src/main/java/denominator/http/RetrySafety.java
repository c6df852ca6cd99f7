package denominator.http;

import java.util.Set;
import okhttp3.Request;

/**
 * Decides whether a request may be sent again after a failure that leaves unknown whether the
 * server acted on it.
 *
 * <p>A request is retry-safe when its body can be written twice and either its method is idempotent
 * (RFC 9110 §9.2.2) and the caller did not tag it {@link SendOnce}, or the caller tagged it {@link
 * RetrySafe}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110 §9.2.2</a>
 */
public final class RetrySafety {
  private static final Set<String> IDEMPOTENT =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

  /** Returns true if {@code method} is idempotent by definition. */
  public static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  /** Returns true if sending {@code request} twice has the same effect as sending it once. */
  public static boolean isRetrySafe(Request request) {
    boolean idempotent = isIdempotent(request.method()) && request.tag(SendOnce.class) == null;
    return isReplayable(request) && (idempotent || request.tag(RetrySafe.class) != null);
  }

  /** Returns true if {@code request} can be written more than once: its body is not one-shot. */
  public static boolean isReplayable(Request request) {
    return request.body() == null || !request.body().isOneShot();
  }

  private RetrySafety() {}
}
