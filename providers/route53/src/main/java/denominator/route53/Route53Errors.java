package denominator.route53;

import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.UnknownOutcomeException;
import denominator.ZoneNotFoundException;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;

/**
 * Route53 error codes as typed exceptions, in one place. The SDK has already retried what its
 * standard retry strategy retries (throttling, 5xx, I/O errors) by the time an error gets here.
 */
final class Route53Errors {
  private static final Set<String> AUTHENTICATION =
      Set.of(
          "InvalidClientTokenId",
          "SignatureDoesNotMatch",
          "IncompleteSignature",
          "MissingAuthenticationToken",
          "AccessDenied",
          "AccessDeniedException",
          "ExpiredToken",
          "UnrecognizedClientException");
  private static final Set<String> THROTTLING =
      Set.of(
          "Throttling", "ThrottlingException", "PriorRequestNotComplete", "RequestLimitExceeded");

  /** What went wrong in {@code operation}, typed; {@code zoneId} names the zone if any. */
  static DenominatorException map(String operation, String zoneId, SdkException e) {
    String where = Route53Provider.NAME + ": " + operation;
    if (e instanceof InvalidChangeBatchException invalid) {
      InvalidChangeException refused =
          new InvalidChangeException(
              Route53Provider.NAME,
              invalid.hasMessages() && !invalid.messages().isEmpty()
                  ? invalid.messages()
                  : messages(invalid.awsErrorDetails().errorMessage()));
      refused.initCause(e); // its numAttempts tells a refused retry from a refused first send
      return refused;
    }
    if (e instanceof NoSuchHostedZoneException) {
      return new ZoneNotFoundException(Route53Provider.NAME, zoneId);
    }
    if (e instanceof SdkClientException
        && String.valueOf(e.getMessage())
            .contains("Unable to load credentials")) { // the default chain found none
      return new AuthenticationException(Route53Provider.NAME, e.getMessage());
    }
    if (e instanceof SdkClientException) { // no answer, a timeout, or one that could not be read
      return new UnknownOutcomeException(where + ": " + e.getMessage(), e);
    }
    if (!(e instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
      return new DenominatorException(where + ": " + e.getMessage(), e);
    }
    String code = String.valueOf(service.awsErrorDetails().errorCode());
    String detail = code + ": " + service.awsErrorDetails().errorMessage();
    if (AUTHENTICATION.contains(code) || service.statusCode() == 403) {
      return new AuthenticationException(Route53Provider.NAME, detail);
    }
    if (THROTTLING.contains(code) || service.isThrottlingException()) {
      return new ThrottledException(Route53Provider.NAME, operation + ": " + detail, null);
    }
    if (code.equals("InvalidChangeBatch") || code.equals("InvalidInput")) {
      return new InvalidChangeException(Route53Provider.NAME, List.of(detail));
    }
    return new DenominatorException(where + ": " + detail, e);
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
    List<String> messages = new java.util.ArrayList<>();
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
