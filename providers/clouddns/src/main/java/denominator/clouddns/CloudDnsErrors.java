package denominator.clouddns;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.ArrayList;
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
          .codeFrom(CloudDnsErrors::code)
          .messageFrom(body -> Optional.of(details(body).isPresent() ? field(body, "message") : ""))
          .on(400, VendorError::invalidChange)
          .on(401, 403, VendorError::authentication)
          .on(404, VendorError::zoneNotFound)
          .on(409, 413, VendorError::invalidChange)
          .on(500, 502, CloudDnsErrors::serverFailure)
          .on(503, 504, CloudDnsErrors::serverFailure)
          .onCode(OFFSET, VendorError::unexpected) // our bug, not the change's
          .build();

  /**
   * Whether a job's {@code error} says only that what it deleted was absent: a deleteFault whose
   * faults are all 404, or one 404 fault. What was asked then holds.
   */
  static boolean onlyNotFound(JsonObject error) {
    JsonElement items = error.get("failedItems");
    if (items == null || !items.isJsonObject()) {
      return code(error) == 404;
    }
    JsonElement faults = items.getAsJsonObject().get("faults");
    if (faults == null || !faults.isJsonArray() || faults.getAsJsonArray().isEmpty()) {
      return false;
    }
    for (JsonElement fault : faults.getAsJsonArray()) {
      if (!fault.isJsonObject() || code(fault.getAsJsonObject()) != 404) {
        return false;
      }
    }
    return true;
  }

  /**
   * The exception for a job that ended {@code ERROR}: a 404 naming a record means another tool
   * deleted it meanwhile (a refusal); a 5xx or a fault without a code may have left part done.
   */
  static DenominatorException ofJob(String operation, String subject, JsonObject error) {
    int code = code(error);
    String body = error.toString();
    if (code == 404 && code(body).orElse("").contains("Record ID")) {
      return new InvalidChangeException(
          CloudDnsProvider.NAME,
          List.of("changed by someone else meanwhile (" + code(body).orElse("") + ")"));
    }
    if (code < 400 || code >= 500) {
      return new UnknownOutcomeException(
          TABLE.exception(operation, subject, code, body, null).getMessage(), null);
    }
    return TABLE.exception(operation, subject, code, body, null);
  }

  /** A write whose server failed may have been applied: the change engine reads to find out. */
  private static DenominatorException serverFailure(VendorError error) {
    boolean write = error.operation().matches("(create|update|delete) .*");
    return write ? new UnknownOutcomeException(error.toString(), null) : error.unexpected();
  }

  private static Optional<String> code(String body) {
    Optional<String> code = details(body).or(() -> nonEmpty(field(body, "message")));
    if (code.isPresent()) {
      return code;
    }
    List<String> messages = new ArrayList<>();
    try {
      JsonElement errors = JsonParser.parseString(body).getAsJsonObject().get("validationErrors");
      if (errors != null && errors.isJsonObject()) {
        errors
            .getAsJsonObject()
            .getAsJsonArray("messages")
            .forEach(m -> messages.add(m.getAsString()));
      }
    } catch (JsonParseException
        | IllegalStateException
        | ClassCastException
        | NullPointerException e) {
      // not the validation shape: identity's, or not JSON
    }
    return messages.isEmpty()
        ? ErrorTable.jsonField("unauthorized", "message").apply(body)
        : Optional.of(String.join("; ", messages));
  }

  private static int code(JsonObject fault) {
    JsonElement code = fault.get("code");
    try {
      return code == null || !code.isJsonPrimitive() ? 0 : code.getAsInt();
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  private static Optional<String> details(String body) {
    return nonEmpty(field(body, "details"));
  }

  private static String field(String body, String name) {
    return ErrorTable.jsonField(name).apply(body).orElse("");
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private CloudDnsErrors() {}
}
