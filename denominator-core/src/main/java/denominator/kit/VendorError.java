package denominator.kit;

import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ThrottledException;
import denominator.ZoneNotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One error answer of a vendor's API, as an {@link ErrorTable} sees it: which request failed and
 * what the vendor said. Its methods make the typed exception for it, in the library's one message
 * shape, so a table entry reads {@code .on(404, VendorError::zoneNotFound)}. Never holds a request
 * header, so no credential reaches a message.
 */
public final class VendorError {
  private final String provider;
  private final String operation;
  private final String subject;
  private final int status;
  private final String code;
  private final String message;
  private final Duration retryAfter;

  /**
   * @param provider the provider's name
   * @param operation what the request did, e.g. {@code "patch rrsets"}
   * @param subject the zone id or name it was about, or {@code ""}
   * @param status the HTTP status, or 0 when there was none
   * @param code the vendor's error code, or {@code null}
   * @param message the vendor's message, or {@code ""}
   * @param retryAfter how long the vendor asked to wait, or {@code null}
   */
  public VendorError(
      String provider,
      String operation,
      String subject,
      int status,
      String code,
      String message,
      Duration retryAfter) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.status = status;
    this.code = code;
    this.message = Objects.requireNonNull(message, "message");
    this.retryAfter = retryAfter;
  }

  public String provider() {
    return provider;
  }

  public String operation() {
    return operation;
  }

  /** The zone id or name the request was about; {@code ""} when none. */
  public String subject() {
    return subject;
  }

  /** The HTTP status; 0 when the transport has none. */
  public int status() {
    return status;
  }

  /** The vendor's error code, e.g. {@code Throttling}, if it sent one. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The vendor's message; {@code ""} when it sent none. */
  public String message() {
    return message;
  }

  /** How long the vendor asked to wait before trying again, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** {@code "HTTP 404 NoSuchZone: no such zone"}: status, code and message, those present. */
  public String detail() {
    StringBuilder detail = new StringBuilder();
    if (status != 0) {
      detail.append("HTTP ").append(status);
    }
    if (code != null) {
      detail.append(detail.length() > 0 ? " " : "").append(code);
    }
    if (!message.isEmpty()) {
      detail.append(detail.length() > 0 ? ": " : "").append(message);
    }
    return detail.toString();
  }

  /** {@code "read zone z1"}: the operation and its subject. */
  public String request() {
    return subject.isEmpty() ? operation : operation + " " + subject;
  }

  /** The credentials were refused. */
  public AuthenticationException authentication() {
    return new AuthenticationException(provider, request() + ": " + detail());
  }

  /** The subject names no zone. */
  public ZoneNotFoundException zoneNotFound() {
    return new ZoneNotFoundException(provider, subject, operation + ": " + detail());
  }

  /** The vendor refused the change; its message, with the code if any, is the one message. */
  public InvalidChangeException invalidChange() {
    String text = code == null ? message : message.isEmpty() ? code : code + ": " + message;
    return new InvalidChangeException(provider, List.of(text.isEmpty() ? detail() : text));
  }

  /** The vendor throttled the request; carries its {@code Retry-After}. */
  public ThrottledException throttled() {
    return new ThrottledException(provider, request() + ": " + detail(), retryAfter);
  }

  /**
   * Anything else: {@code "<provider>: <operation> <subject>: HTTP <status> <code>: <message>"}.
   */
  public DenominatorException unexpected() {
    return new DenominatorException(provider + ": " + request() + ": " + detail());
  }

  @Override
  public String toString() {
    return provider + ": " + request() + ": " + detail();
  }
}
