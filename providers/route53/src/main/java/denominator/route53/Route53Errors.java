package denominator.route53;

import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.kit.ErrorTable;
import denominator.kit.VendorError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;

/**
 * Route53 error codes as typed exceptions, in one place: its {@link ErrorTable}, and before it the
 * two errors the table cannot take: a refused batch (its messages come as a list) and an SDK error
 * without an answer. The SDK has already retried what its standard retry strategy retries
 * (throttling, 5xx, I/O errors) by the time an error gets here.
 */
final class Route53Errors {
  private static final ErrorTable ERRORS =
      ErrorTable.builder(Route53Provider.NAME)
          .on(403, VendorError::authentication)
          .onCodes(
              Set.of(
                  "InvalidClientTokenId",
                  "SignatureDoesNotMatch",
                  "IncompleteSignature",
                  "MissingAuthenticationToken",
                  "AccessDenied",
                  "AccessDeniedException",
                  "ExpiredToken",
                  "UnrecognizedClientException"),
              VendorError::authentication)
          .throttledOnCode(
              "Throttling",
              "ThrottlingException",
              "PriorRequestNotComplete",
              "RequestLimitExceeded")
          .onCode("NoSuchHostedZone", VendorError::zoneNotFound)
          .onCodes(Set.of("InvalidChangeBatch", "InvalidInput"), VendorError::invalidChange)
          .build();

  /**
   * What went wrong in {@code operation}, typed, with the SDK's exception as its cause; {@code
   * zoneId} names the zone if any.
   */
  static DenominatorException map(String operation, String zoneId, SdkException e) {
    DenominatorException mapped = typed(operation, zoneId, e);
    if (mapped.getCause() == null) {
      mapped.initCause(e); // a refused batch's numAttempts tells a retry from a first send
    }
    return mapped;
  }

  private static DenominatorException typed(String operation, String zoneId, SdkException e) {
    if (e instanceof InvalidChangeBatchException invalid) {
      return new InvalidChangeException(
          Route53Provider.NAME,
          invalid.hasMessages() && !invalid.messages().isEmpty()
              ? invalid.messages()
              : messages(invalid.awsErrorDetails().errorMessage()));
    }
    if (e instanceof SdkClientException
        && String.valueOf(e.getMessage())
            .contains("Unable to load credentials")) { // the default chain found none
      return new AuthenticationException(Route53Provider.NAME, e.getMessage());
    }
    String where = Route53Provider.NAME + ": " + operation;
    if (e instanceof SdkClientException) { // no answer, a timeout, or one that could not be read
      return new UnknownOutcomeException(where + ": " + e.getMessage(), e);
    }
    if (!(e instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
      return new DenominatorException(where + ": " + e.getMessage(), e);
    }
    return ERRORS.exception(
        new VendorError(
            Route53Provider.NAME,
            operation,
            Objects.toString(zoneId, ""),
            service.statusCode(),
            service.awsErrorDetails().errorCode(),
            Objects.toString(service.awsErrorDetails().errorMessage(), ""),
            null));
  }

  /**
   * The messages of an {@code InvalidChangeBatch} error, which Route53 sends as one message listing
   * them: {@code [Tried to create ... [name='a.', type='A'] but it already exists, RRSet ...]}.
   * Splits at each comma, outside the inner brackets, that starts a capitalized message.
   */
  static List<String> messages(String message) {
    if (message == null || !message.startsWith("[") || !message.endsWith("]")) {
      return List.of(String.valueOf(message));
    }
    List<String> messages = new ArrayList<>();
    int depth = 0;
    int start = 1;
    for (int i = 1; i < message.length() - 1; i++) {
      char c = message.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (depth == 0
          && message.startsWith(", ", i)
          && i + 2 < message.length()
          && Character.isUpperCase(message.charAt(i + 2))) {
        messages.add(message.substring(start, i));
        start = i + 2;
      }
    }
    messages.add(message.substring(start, message.length() - 1));
    return messages;
  }

  private Route53Errors() {}
}
