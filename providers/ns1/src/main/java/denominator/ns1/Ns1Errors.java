package denominator.ns1;

import denominator.DenominatorException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.List;

/**
 * NS1 error answers as typed exceptions. Every error body is {@code {"message": "..."}}; the
 * message is the vendor code, since NS1's own clients match on it rather than on the status.
 */
final class Ns1Errors {
  /** The operation whose "record not found" means "nothing there", not a failure. */
  static final String READ_RECORD = "read record";

  static final ErrorTable TABLE =
      ErrorTable.builder(Ns1Provider.NAME)
          .codeFrom(ErrorTable.jsonField("message"))
          .messageFrom(ErrorTable.jsonField("message"))
          .on(401, 403, VendorError::authentication)
          .on(400, 405, VendorError::invalidChange)
          .onCode("zone not found", VendorError::zoneNotFound)
          .onCode("record not found", Ns1Errors::recordNotFound)
          .onCodes(
              List.of(
                  "zone already exists",
                  "record already exists",
                  "Operation on DNSSEC record is not allowed"),
              VendorError::invalidChange)
          .throttledOnCode("rate limit exceeded")
          .build();

  /** A read of a record that NS1 does not hold. */
  static final class NotFound extends DenominatorException {
    NotFound(String message) {
      super(message);
    }
  }

  // A read of a missing record finds nothing; a write of one is refused.
  private static DenominatorException recordNotFound(VendorError error) {
    return error.operation().equals(READ_RECORD)
        ? new NotFound(error.toString())
        : error.invalidChange();
  }

  private Ns1Errors() {}
}
