package denominator.googledns;

import denominator.DenominatorException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cloud DNS error answers as typed exceptions. Every error body is {@code {"error": {"code",
 * "message", "errors": [{"domain", "reason", "message"}], "status"}}}; the first {@code reason}
 * (else the gRPC {@code status}) is the vendor code, since it says more than the HTTP status (a 403
 * is a refused credential, a quota or a rate limit).
 *
 * <p>A change whose deletion no longer matches what Cloud DNS holds (412 {@code conditionNotMet}),
 * deletes what is gone (404 naming {@code entity.change.deletions}) or adds what exists (409 {@code
 * alreadyExists}) is an {@link denominator.InvalidChangeException}: the change engine then fails
 * the batch, and a plan's apply reads the zone and refuses the plan as stale.
 */
final class GoogleDnsErrors {
  /** The one 404 that means "no such zone": the others name a change or a deletion. */
  static final String ZONE_PARAMETER = "'parameters.managedZone'";

  static final ErrorTable TABLE =
      ErrorTable.builder(GoogleDnsProvider.NAME)
          .codeFrom(GoogleDnsErrors::code)
          .messageFrom(ErrorTable.jsonField("error", "message"))
          .on(401, 403, VendorError::authentication)
          .on(400, 409, VendorError::invalidChange)
          .on(412, VendorError::invalidChange)
          .on(404, GoogleDnsErrors::notFound)
          .onCode("notFound", GoogleDnsErrors::notFound)
          .onCodes(
              List.of(
                  "invalid",
                  "alreadyExists",
                  "conditionNotMet",
                  "containerNotEmpty",
                  "cnameResourceRecordSetConflict",
                  "invalidZoneApex",
                  "quotaExceeded"),
              VendorError::invalidChange)
          .onCodes(
              List.of("required", "authError", "forbidden", "insufficientPermissions"),
              GoogleDnsErrors::authenticationOrInvalid)
          .throttledOnCode("rateLimitExceeded", "userRateLimitExceeded")
          .build();

  // error.errors[0].reason, else error.status.
  private static Optional<String> code(String body) {
    Function<String, Optional<String>> reason =
        ErrorTable.jsonField("error", "errors", "0", "reason");
    return reason.apply(body).or(() -> ErrorTable.jsonField("error", "status").apply(body));
  }

  // "required" is a missing field at 400 and a missing token at 401.
  private static DenominatorException authenticationOrInvalid(VendorError error) {
    return error.status() == 401 || error.status() == 403
        ? error.authentication()
        : error.invalidChange();
  }

  private static DenominatorException notFound(VendorError error) {
    if (error.message().contains(ZONE_PARAMETER)) {
      return error.zoneNotFound();
    }
    return error.message().contains("entity.change") ? error.invalidChange() : error.unexpected();
  }

  private GoogleDnsErrors() {}
}
