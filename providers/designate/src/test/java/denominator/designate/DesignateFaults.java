package denominator.designate;

import mockwebserver3.MockResponse;

/**
 * The answers a proxy in front of Designate gives when it throttles, and Designate's own refusal of
 * a write, for the TCK's fault matrix: the same bodies the simulator sends.
 */
final class DesignateFaults {
  private DesignateFaults() {}

  /**
   * A 429 of a rate-limiting proxy, {@code {"code":429,"type":"over_limit",...}} (ASSUMPTION on the
   * body: Designate itself never rate-limits); {@code Retry-After: 1} only when the matrix's column
   * asks for it.
   */
  static MockResponse throttled(int request, boolean retryAfter) {
    MockResponse.Builder response =
        json(
            429,
            "{\"code\":429,\"type\":\"over_limit\",\"message\":\"Rate limit exceeded\","
                + "\"request_id\":\"req-fault-"
                + request
                + "\"}");
    return (retryAfter ? response.setHeader("Retry-After", "1") : response).build();
  }

  /** A 400 {@code invalid_object} refusal of a write, naming the fault's request number. */
  static MockResponse refused(int request) {
    return json(
            400,
            "{\"code\":400,\"type\":\"invalid_object\",\"message\":\"Provided object is"
                + " not valid. Got a ValueError error with message fault "
                + request
                + "\","
                + "\"request_id\":\"req-fault-"
                + request
                + "\"}")
        .build();
  }

  private static MockResponse.Builder json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body);
  }
}
