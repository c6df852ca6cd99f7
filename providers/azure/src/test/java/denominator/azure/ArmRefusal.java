package denominator.azure;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown inside the simulator to answer a request with one of ARM's errors, in the body shape the
 * wire page gives its code: {@code {"error":{"code","message"}}} (ARM's gateway and resource
 * errors, "wrapped") or {@code {"code","message"}} (the DNS resource provider's own, "flat").
 * Static factories hold the page's exact texts; where the page gives none (marked ASSUMPTION
 * there), the text follows the page's pattern and names the bad value.
 */
final class ArmRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final boolean wrapped;
  private final String code;
  private final transient Map<String, String> headers = new LinkedHashMap<>();

  private ArmRefusal(int status, boolean wrapped, String code, String message) {
    // an expected answer, not a failure: no stack trace to fill
    super(message, null, false, false);
    this.status = status;
    this.wrapped = wrapped;
    this.code = code;
  }

  /** An error in the DNS resource provider's own shape, {@code {"code","message"}}. */
  static ArmRefusal flat(int status, String code, String message) {
    return new ArmRefusal(status, false, code, message);
  }

  /** An error in ARM's shape, {@code {"error":{"code","message"}}}. */
  static ArmRefusal wrapped(int status, String code, String message) {
    return new ArmRefusal(status, true, code, message);
  }

  /** 400 flat {@code BadRequest}: a value the service refuses. */
  static ArmRefusal badRequest(String message) {
    return flat(400, "BadRequest", message);
  }

  /** 400 flat {@code BadRequest} in the page's form {@code The <field> '<v>' is invalid.} */
  static ArmRefusal invalid(String field, Object value) {
    return badRequest("The " + field + " '" + value + "' is invalid.");
  }

  static ArmRefusal conflict(String message) {
    return flat(409, "Conflict", message);
  }

  static ArmRefusal preconditionFailed(String message) {
    return flat(412, "PreconditionFailed", message);
  }

  static ArmRefusal recordSetModified(String name) {
    return preconditionFailed("The Record set " + name + " has been modified (etag mismatch).");
  }

  static ArmRefusal recordSetExists(String name) {
    return preconditionFailed(
        "The Record set " + name + " exists already and hence cannot be created again.");
  }

  static ArmRefusal zoneModified(String zone) {
    return preconditionFailed("The Zone " + zone + " has been modified (etag mismatch).");
  }

  static ArmRefusal zoneExists(String zone) {
    return preconditionFailed(
        "The Zone " + zone + " exists already and hence cannot be created again.");
  }

  /** 404 wrapped {@code ResourceNotFound} of a zone (or an operation), by its resource type. */
  static ArmRefusal resourceNotFound(String resourceType, String name, String resourceGroup) {
    return wrapped(
        404,
        "ResourceNotFound",
        "The Resource 'Microsoft.Network/"
            + resourceType
            + "/"
            + name
            + "' under resource group '"
            + resourceGroup
            + "' was not found.");
  }

  /** 404 flat {@code NotFound} of a record set. */
  static ArmRefusal recordSetNotFound(String name, String resourceGroup, String subscription) {
    return flat(
        404,
        "NotFound",
        "The resource record '"
            + name
            + "' does not exist in resource group '"
            + resourceGroup
            + "' of subscription '"
            + subscription
            + "'.");
  }

  /** 429 wrapped {@code TooManyRequests} with {@code Retry-After}. */
  static ArmRefusal throttled(long retryAfterSeconds) {
    return wrapped(
            429,
            "TooManyRequests",
            "The request was throttled. Retry after " + retryAfterSeconds + " seconds.")
        .withHeader("Retry-After", Long.toString(retryAfterSeconds));
  }

  ArmRefusal withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  int status() {
    return status;
  }

  /** The body alone, as an operation's {@code error} member carries it. */
  JsonObject error() {
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", getMessage());
    return error;
  }

  ArmReply reply() {
    JsonObject body = error();
    if (wrapped) {
      body = new JsonObject();
      body.add("error", error());
    }
    ArmReply reply = ArmReply.of(status, body.toString());
    for (Map.Entry<String, String> header : headers.entrySet()) {
      reply = reply.withHeader(header.getKey(), header.getValue());
    }
    return reply;
  }
}
