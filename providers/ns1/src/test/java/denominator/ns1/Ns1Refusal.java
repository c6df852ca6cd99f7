package denominator.ns1;

/**
 * Thrown inside the simulator to answer a request with one of NS1's errors: a status and the single
 * {@code {"message": ...}} body. Static factories hold the exact messages of the wire page.
 */
final class Ns1Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  Ns1Refusal(int status, String message) {
    // an expected answer, not a failure: no stack trace to fill
    super(message, null, false, false);
    this.status = status;
  }

  static Ns1Refusal unauthorized() {
    return new Ns1Refusal(401, "Unauthorized");
  }

  static Ns1Refusal zoneNotFound() {
    return new Ns1Refusal(404, "zone not found");
  }

  static Ns1Refusal recordNotFound() {
    return new Ns1Refusal(404, "record not found");
  }

  static Ns1Refusal zoneExists() {
    return new Ns1Refusal(400, "zone already exists");
  }

  static Ns1Refusal recordExists() {
    return new Ns1Refusal(400, "record already exists");
  }

  /** 400 {@code Input validation failed (why)}; {@code why} names the bad value. */
  static Ns1Refusal invalid(String why) {
    return new Ns1Refusal(400, "Input validation failed (" + why + ")");
  }

  static Ns1Refusal dnssec() {
    return new Ns1Refusal(405, "Operation on DNSSEC record is not allowed");
  }

  static Ns1Refusal rateLimited() {
    return new Ns1Refusal(429, "rate limit exceeded");
  }

  static Ns1Refusal noRoute(String route) {
    return new Ns1Refusal(404, "no such route: " + route);
  }

  Ns1Reply reply() {
    return Ns1Reply.error(status, getMessage());
  }
}
