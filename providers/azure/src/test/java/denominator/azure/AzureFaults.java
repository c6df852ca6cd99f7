package denominator.azure;

import mockwebserver3.MockResponse;

/**
 * The answers Azure gives when it throttles and when it refuses a write, for the TCK's fault
 * matrix: the same bodies the simulator sends.
 */
final class AzureFaults {
  private AzureFaults() {}

  /**
   * Resource Manager's 429, wrapped {@code {"error":{"code":"TooManyRequests",...}}}; {@code
   * Retry-After: 1} only when the matrix's column asks for it.
   */
  static MockResponse throttled(int request, boolean retryAfter) {
    MockResponse.Builder response =
        json(
            429,
            "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"The request is being"
                + " throttled (fault "
                + request
                + ").\"}}");
    return (retryAfter ? response.setHeader("Retry-After", "1") : response).build();
  }

  /** The DNS service's flat 400 {@code BadRequest} of a write, naming the fault's request. */
  static MockResponse refused(int request) {
    return json(
            400,
            "{\"code\":\"BadRequest\",\"message\":\"The record set is invalid (fault "
                + request
                + ").\"}")
        .build();
  }

  private static MockResponse.Builder json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body);
  }
}
