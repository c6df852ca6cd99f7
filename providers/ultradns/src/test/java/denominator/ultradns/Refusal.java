package denominator.ultradns;

/**
 * Thrown inside the simulator to answer a request with one of UltraDNS's errors; the dispatcher
 * turns it into the JSON array error body. Static factories name the service's codes.
 */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int code;

  Refusal(int status, int code, String message) {
    // an expected answer, not a failure: no stack trace to fill
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static Refusal zoneNotFound() {
    return new Refusal(404, 1801, "Zone does not exist in the system.");
  }

  static Refusal zoneExists() {
    return new Refusal(400, 1802, "Zone already exists in the system.");
  }

  static Refusal rrsetExists(int typeNumber) {
    return new Refusal(
        400,
        2111,
        "Resource Record of type "
            + typeNumber
            + " with these attributes already exists in the system.");
  }

  static Refusal rrsetNotFound() {
    return new Refusal(
        404,
        56001,
        "Cannot find resource record data for the input zone, record type and owner combination.");
  }

  static Refusal dataNotFound() {
    return new Refusal(404, 70002, "Data not found.");
  }

  static Refusal invalidPool(String why) {
    return new Refusal(400, 2401, "Invalid pool profile: " + why);
  }

  static Refusal invalidInput(String why) {
    return new Refusal(400, 1000, "Invalid input: " + why);
  }

  static Refusal permissionDenied() {
    return new Refusal(403, 8001, "Permission denied.");
  }

  SimulatedAnswer answer() {
    return SimulatedAnswer.error(status, code, getMessage());
  }
}
