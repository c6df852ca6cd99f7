package denominator.cloudflare;

import mockwebserver3.MockResponse;

/**
 * The answers Cloudflare gives when it throttles or refuses, for a fault proxy standing in front of
 * the simulator (the TCK's fault matrix): the same envelopes and headers the simulator itself
 * sends.
 */
final class CloudflareFaults {
  private CloudflareFaults() {}

  /**
   * A 429 of an empty bucket, code 971. Cloudflare's simulator always sends {@code Retry-After};
   * {@code retryAfter} false leaves it out, for the matrix's column of a 429 without one.
   */
  static MockResponse throttled(int request, boolean retryAfter) {
    MockResponse.Builder response = json(CloudflareRefusal.rateLimited().reply());
    return (retryAfter ? response.setHeader("Retry-After", "1") : response).build();
  }

  /** A 400 refusal of a write (1004), naming the fault's request number as the bad value. */
  static MockResponse refused(int request) {
    return json(CloudflareRefusal.invalid("fault " + request).reply()).build();
  }

  private static MockResponse.Builder json(CloudflareReply reply) {
    return new MockResponse.Builder()
        .code(reply.status())
        .setHeader("Content-Type", "application/json")
        .body(reply.envelope().toString());
  }
}
