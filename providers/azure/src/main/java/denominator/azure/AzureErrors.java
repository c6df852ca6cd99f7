package denominator.azure;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.List;

/**
 * Azure's error answers as typed exceptions. Resource Manager wraps its errors ({@code
 * {"error":{"code":"ResourceNotFound","message":"..."}}}); the DNS resource provider often does not
 * ({@code {"code":"PreconditionFailed","message":"..."}}): both are read, by code first, then by
 * status.
 */
final class AzureErrors {

  static final ErrorTable TABLE =
      ErrorTable.builder(AzureProvider.NAME)
          .codeFrom(
              body ->
                  ErrorTable.jsonField("error", "code")
                      .apply(body)
                      .or(() -> ErrorTable.jsonField("code").apply(body)))
          .messageFrom(
              body ->
                  ErrorTable.jsonField("error", "message")
                      .apply(body)
                      .or(() -> ErrorTable.jsonField("message").apply(body)))
          .on(400, VendorError::invalidChange)
          .on(401, 403, VendorError::authentication)
          .on(404, VendorError::zoneNotFound)
          .on(409, VendorError::invalidChange)
          .on(412, Stale::new)
          .on(500, 504, AzureErrors::serverFailure)
          .on(502, AzureErrors::serverFailure)
          .on(503, AzureErrors::serverFailure)
          // a wrong subscription or resource group is a wrong credential, not a missing zone
          .onCodes(
              List.of("SubscriptionNotFound", "ResourceGroupNotFound"), VendorError::authentication)
          .onCode("NotFound", error -> new NotFound(error.toString()))
          .onCodes(
              List.of("MissingApiVersionParameter", "InvalidApiVersionParameter"),
              VendorError::unexpected) // our bug, not the change's
          .build();

  /** Azure holds no record set at the path asked for. */
  static final class NotFound extends DenominatorException {
    NotFound(String message) {
      super(message);
    }
  }

  /**
   * The etag sent no longer matches (another writer changed the set since it was read), or a create
   * found the set or zone there already: a concurrent change, refused rather than overwritten.
   */
  static final class Stale extends InvalidChangeException {
    Stale(VendorError error) {
      super(
          AzureProvider.NAME,
          List.of("concurrent change: " + error.request() + ": " + error.message()));
    }
  }

  /**
   * A write whose server failed or timed out may have been applied: the change engine reads to find
   * out. Anything else, a read, changed nothing.
   */
  private static DenominatorException serverFailure(VendorError error) {
    boolean write = error.operation().matches("(create|put|delete) .*");
    return write ? new UnknownOutcomeException(error.toString(), null) : error.unexpected();
  }

  private AzureErrors() {}
}
