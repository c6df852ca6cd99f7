package denominator.designate;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import denominator.DenominatorException;
import denominator.UnknownOutcomeException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Designate's error answers as typed exceptions, by the {@code type} of its body {@code
 * {"code":400,"type":"invalid_object","message":"..."}}; a 401 from Keystone's middleware has no
 * {@code type}, and is read by {@code error.title}. The message is {@code message}, or the messages
 * of a validation error's {@code errors.errors} joined.
 */
final class DesignateErrors {

  static final ErrorTable TABLE =
      ErrorTable.builder(DesignateProvider.NAME)
          .codeFrom(
              body ->
                  ErrorTable.jsonField("type")
                      .apply(body)
                      .or(() -> ErrorTable.jsonField("error", "title").apply(body)))
          .messageFrom(DesignateErrors::message)
          .on(400, VendorError::invalidChange)
          .on(401, VendorError::authentication)
          .on(403, VendorError::authentication)
          .on(404, VendorError::zoneNotFound)
          .on(409, 413, VendorError::invalidChange)
          .on(500, 504, DesignateErrors::serverFailure)
          .onCodes(
              List.of(
                  "invalid_marker",
                  "marker_not_found",
                  "invalid_limit",
                  "invalid_sort_key",
                  "invalid_json",
                  "empty_request_body"),
              VendorError::unexpected) // our bugs, not the change's
          .onCodes(List.of("illegal_child", "illegal_parent"), VendorError::invalidChange)
          .onCode("recordset_not_found", error -> new NotFound(error.toString()))
          .build();

  /** Designate holds no record set with the id asked for. */
  static final class NotFound extends DenominatorException {
    NotFound(String message) {
      super(message);
    }
  }

  /**
   * A write ({@code create}, {@code update} or {@code delete}) whose server failed (500) or timed
   * out (504) may have been applied: the change engine reads to find out. Anything else, a read or
   * a token, changed nothing.
   */
  private static DenominatorException serverFailure(VendorError error) {
    boolean write = error.operation().matches("(create|update|delete) .*");
    return write ? new UnknownOutcomeException(error.toString(), null) : error.unexpected();
  }

  private static Optional<String> message(String body) {
    Optional<String> message = ErrorTable.jsonField("message").apply(body);
    if (message.isPresent()) {
      return message;
    }
    List<String> messages = new ArrayList<>();
    try {
      JsonElement errors = JsonParser.parseString(body).getAsJsonObject().get("errors");
      if (errors != null && errors.isJsonObject() && errors.getAsJsonObject().has("errors")) {
        for (JsonElement each : errors.getAsJsonObject().getAsJsonArray("errors")) {
          messages.add(each.getAsJsonObject().get("message").getAsString());
        }
      }
    } catch (JsonParseException
        | IllegalStateException
        | NullPointerException
        | ClassCastException e) {
      // not Designate's shape: the keystone body's message, if any, else the whole body
    }
    return messages.isEmpty()
        ? ErrorTable.jsonField("error", "message").apply(body)
        : Optional.of(String.join("; ", messages));
  }

  private DesignateErrors() {}
}
