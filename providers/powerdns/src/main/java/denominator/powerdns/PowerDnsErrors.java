package denominator.powerdns;

import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.ZoneNotFoundException;
import java.util.List;

/** Maps PowerDNS API error responses to typed exceptions, keyed on the operation and status. */
final class PowerDnsErrors {

  /** What a request was doing, for the mapping and the message. */
  enum Operation {
    LIST_ZONES,
    READ_ZONE,
    SEARCH_RECORDS,
    CREATE_ZONE,
    DELETE_ZONE,
    PATCH_RRSETS;

    @Override
    public String toString() {
      return name().toLowerCase().replace('_', ' ');
    }
  }

  /**
   * The exception for a response with {@code status} and {@code body} ({@code {"error": "..."}} for
   * most statuses, plain text for 401 and 404) to {@code operation} on {@code subject}, a zone id
   * or name.
   */
  static DenominatorException exception(
      Operation operation, String subject, int status, String body) {
    String message = PowerDnsJson.error(body).orElse(body.strip());
    return switch (status) {
      case 401, 403 ->
          new AuthenticationException(
              PowerDnsProvider.NAME, "HTTP " + status + " " + message + " (check the apiKey)");
      case 404 ->
          operation == Operation.LIST_ZONES
              ? unexpected(operation, subject, status, message)
              : new ZoneNotFoundException(PowerDnsProvider.NAME, subject);
      case 409, 422 -> new InvalidChangeException(PowerDnsProvider.NAME, List.of(message));
      case 429 -> new ThrottledException(PowerDnsProvider.NAME, operation + " " + subject, null);
      default -> unexpected(operation, subject, status, message);
    };
  }

  private static DenominatorException unexpected(
      Operation operation, String subject, int status, String message) {
    return new DenominatorException(
        PowerDnsProvider.NAME
            + ": "
            + operation
            + " "
            + subject
            + ": HTTP "
            + status
            + " "
            + message);
  }

  private PowerDnsErrors() {}
}
