package denominator.clouddns;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.List;
import java.util.Optional;

/**
 * Cloud DNS's error answers as typed exceptions, in one table for both places they appear: an
 * immediate answer's fault ({@code {"message","code","details"}}, {@code validationErrors}, a
 * deleteFault, identity's {@code unauthorized}) and the {@code error} of a job that ended {@code
 * ERROR}, read by the fault's {@code code}. The vendor code is {@code details}, else {@code
 * message}, else the validation messages joined, else {@code unauthorized.message}; the message is
 * {@code message} when {@code details} is the code. A 413 here is a size or quota refusal: the
 * throttling 413 became a 429 on the way in ({@link CloudDnsThrottling}).
 */
final class CloudDnsErrors {
  static final String OFFSET = "Offset must be a multiple of limit or 0.";

  static final ErrorTable TABLE =
      ErrorTable.builder(CloudDnsProvider.NAME)
          .codeFrom(body -> fault(body).flatMap(CloudDnsErrors::code))
          .messageFrom(body -> Optional.of(fault(body).map(CloudDnsErrors::message).orElse("")))
          .on(400, VendorError::invalidChange)
          .on(401, 403, VendorError::authentication)
          .on(404, VendorError::zoneNotFound)
          .on(409, 413, VendorError::invalidChange)
          .on(500, 502, CloudDnsErrors::serverFailure)
          .on(503, 504, CloudDnsErrors::serverFailure)
          .onCode(OFFSET, VendorError::unexpected) // our bug, not the change's
          .build();

  /** A fault in any of its shapes; only what its shape has is set. */
  record Fault(
      String message,
      Integer code,
      String details,
      Messages validationErrors,
      Fault unauthorized,
      FailedItems failedItems) {
    int status() {
      return code == null ? 0 : code;
    }
  }

  /** {@code validationErrors}: a message per refused field. */
  record Messages(List<String> messages) {}

  /** A deleteFault's {@code failedItems}: a fault per item not deleted. */
  record FailedItems(List<Fault> faults) {}

  /**
   * Whether a job's {@code error} says only that what it deleted was absent: a deleteFault whose
   * faults are all 404, or one 404 fault. What was asked then holds.
   */
  static boolean onlyNotFound(JsonObject error) {
    Fault fault = CloudDnsProvider.GSON.fromJson(error, Fault.class);
    if (fault.failedItems() == null) {
      return fault.status() == 404;
    }
    List<Fault> faults = fault.failedItems().faults();
    return faults != null && !faults.isEmpty() && faults.stream().allMatch(f -> f.status() == 404);
  }

  /**
   * The exception for a job that ended {@code ERROR}: a 404 naming a record means another tool
   * deleted it meanwhile (a refusal); a 5xx or a fault without a code may have left part done.
   */
  static DenominatorException ofJob(String operation, String subject, JsonObject error) {
    Fault fault = CloudDnsProvider.GSON.fromJson(error, Fault.class);
    String body = error.toString();
    String code = code(fault).orElse("");
    if (fault.status() == 404 && code.contains("Record ID")) {
      return new InvalidChangeException(
          CloudDnsProvider.NAME, List.of("changed by someone else meanwhile (" + code + ")"));
    }
    DenominatorException mapped = TABLE.exception(operation, subject, fault.status(), body, null);
    return fault.status() < 400 || fault.status() >= 500
        ? new UnknownOutcomeException(mapped.getMessage(), mapped)
        : mapped;
  }

  /** A write whose server failed may have been applied: the change engine reads to find out. */
  private static DenominatorException serverFailure(VendorError error) {
    boolean write = error.operation().matches("(create|update|delete) .*");
    return write ? new UnknownOutcomeException(error.toString(), null) : error.unexpected();
  }

  private static Optional<Fault> fault(String body) {
    try {
      JsonElement json = CloudDnsProvider.GSON.fromJson(body, JsonElement.class);
      return json != null && json.isJsonObject()
          ? Optional.of(CloudDnsProvider.GSON.fromJson(json, Fault.class))
          : Optional.empty();
    } catch (RuntimeException notAFault) { // not JSON, or not of a fault's shape
      return Optional.empty();
    }
  }

  private static Optional<String> code(Fault fault) {
    if (!isBlank(fault.details())) {
      return Optional.of(fault.details());
    } else if (!isBlank(fault.message())) {
      return Optional.of(fault.message());
    } else if (fault.validationErrors() != null && fault.validationErrors().messages() != null) {
      return Optional.of(String.join("; ", fault.validationErrors().messages()));
    }
    return Optional.ofNullable(fault.unauthorized()).map(Fault::message);
  }

  private static String message(Fault fault) {
    return isBlank(fault.details()) || fault.message() == null ? "" : fault.message();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private CloudDnsErrors() {}
}
