package denominator.ns1;

import mockwebserver3.MockResponse;

/**
 * The answers NS1 gives when it throttles or refuses, for a fault proxy standing in front of the
 * simulator (the TCK's fault matrix): the same bodies and headers the simulator itself sends.
 */
final class Ns1Faults {
  private Ns1Faults() {}

  /**
   * A 429 of an empty write bucket: {@code {"message":"rate limit exceeded"}} and the four
   * rate-limit headers with {@code Remaining: 0}, of a bucket of 100 per second so that the
   * provider's pacing waits 10 ms, not NS1's usual second, before its retry. NS1 sends no {@code
   * Retry-After} (ASSUMPTION), so {@code retryAfter} only adds one for the matrix's column that
   * asks for it.
   */
  static MockResponse throttled(int request, boolean retryAfter) {
    MockResponse.Builder response =
        json(429, "{\"message\":\"rate limit exceeded\"}")
            .setHeader("X-RateLimit-Limit", "100")
            .setHeader("X-RateLimit-Remaining", "0")
            .setHeader("X-RateLimit-Period", "1")
            .setHeader("X-RateLimit-By", "customer");
    return (retryAfter ? response.setHeader("Retry-After", "1") : response).build();
  }

  /** A 400 refusal of a write, naming the fault's request number as the bad value. */
  static MockResponse refused(int request) {
    return json(400, "{\"message\":\"Input validation failed (fault " + request + ")\"}").build();
  }

  private static MockResponse.Builder json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body);
  }
}
