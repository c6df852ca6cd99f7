package denominator.googledns;

import mockwebserver3.MockResponse;

/**
 * The answers Cloud DNS gives when it throttles or refuses, for a fault proxy standing in front of
 * the simulator (the TCK's fault matrix): the same bodies the simulator itself sends.
 */
final class GoogleDnsFaults {
  private GoogleDnsFaults() {}

  /**
   * A 429 {@code rateLimitExceeded}. Google sends no {@code Retry-After} (ASSUMPTION), so {@code
   * retryAfter} only adds one for the matrix's column that asks for it.
   */
  static MockResponse throttled(int request, boolean retryAfter) {
    MockResponse response = GoogleRefusal.rateLimited().reply().toResponse();
    return retryAfter ? response.newBuilder().setHeader("Retry-After", "1").build() : response;
  }

  /** A 400 {@code invalid} refusal of a write, naming the fault's request number as the value. */
  static MockResponse refused(int request) {
    return GoogleRefusal.invalidValue("entity.change", "fault " + request).reply().toResponse();
  }
}
