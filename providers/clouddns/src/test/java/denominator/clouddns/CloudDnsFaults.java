package denominator.clouddns;

import mockwebserver3.MockResponse;

/**
 * The answers of Cloud DNS that the TCK's fault matrix injects through its proxy: a rate limit's
 * 413 and a validation refusal of a write, with the bodies the simulator sends.
 */
final class CloudDnsFaults {
  /** An instant long past: {@code Reply-After} of it means "retry at once". */
  static final String PAST = "2000-01-01T00:00:00Z";

  private CloudDnsFaults() {}

  /**
   * A rate limit's 413 (wire page, section 8). With {@code retryAfter}: {@code Retry-After: 1};
   * without: only the vendor's own {@code Reply-After}, an ISO 8601 instant (here one long past, as
   * the proxy does not know the client's clock), which the kit's parser does not read.
   */
  static MockResponse throttled(int request, boolean retryAfter) {
    MockResponse.Builder response =
        json(
            413,
            "{\"message\":\"Rate limit exceeded.\",\"code\":413,"
                + "\"details\":\"Too many requests (fault "
                + request
                + ")\"}");
    return (retryAfter
            ? response.setHeader("Retry-After", "1")
            : response.setHeader("Reply-After", PAST))
        .build();
  }

  /** A 400 validation refusal of a write, naming the fault's request number. */
  static MockResponse refused(int request) {
    return json(
            400,
            "{\"validationErrors\":{\"messages\":[\"records[0]: refused by fault "
                + request
                + "\"]},\"code\":400}")
        .build();
  }

  private static MockResponse.Builder json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body);
  }
}
