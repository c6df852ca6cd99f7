package denominator.ultradns;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import denominator.DenominatorException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * UltraDNS error answers as typed exceptions. Bodies are an array {@code [{"errorCode": 1801,
 * "errorMessage": "..."}]}, or one such object (token and expired-token answers); both are read.
 */
final class UltraDnsErrors {
  /** Operations whose "not found" answer means "nothing there", not a failure. */
  static final String LIST_ZONES = "list zones";

  static final String READ_RRSETS = "read rrsets";
  static final String READ_TASK = "read task";

  private static final Set<String> READS = Set.of(LIST_ZONES, READ_RRSETS, READ_TASK);

  static final ErrorTable TABLE =
      ErrorTable.builder(UltraDnsProvider.NAME)
          .codeFrom(field("errorCode"))
          .messageFrom(field("errorMessage"))
          .on(401, 403, VendorError::authentication)
          .onCode("60001", VendorError::authentication)
          .onCode("8001", VendorError::authentication)
          .onCode("1801", VendorError::zoneNotFound)
          .onCodes(List.of("1802", "2111", "2401", "1000"), VendorError::invalidChange)
          .onCodes(List.of("56001", "70002"), UltraDnsErrors::notFound)
          .throttledOnCode("429")
          .build();

  /** A read found nothing: an empty listing or no rrset of that name and type. */
  static final class NotFound extends DenominatorException {
    NotFound(String message) {
      super(message);
    }
  }

  // A write of a missing rrset is refused; a read of one finds nothing.
  private static DenominatorException notFound(VendorError error) {
    return READS.contains(error.operation())
        ? new NotFound(error.toString())
        : error.invalidChange();
  }

  /** The field of the first error object of an array body, or of the one object of the body. */
  static Function<String, Optional<String>> field(String name) {
    return body -> {
      try {
        JsonElement json = JsonParser.parseString(body);
        if (json.isJsonArray() && !json.getAsJsonArray().isEmpty()) {
          json = json.getAsJsonArray().get(0);
        }
        JsonElement value = json.isJsonObject() ? json.getAsJsonObject().get(name) : null;
        return value != null && value.isJsonPrimitive()
            ? Optional.of(value.getAsString())
            : Optional.empty();
      } catch (JsonParseException | IllegalStateException notJson) {
        return Optional.empty();
      }
    };
  }

  private UltraDnsErrors() {}
}
