package denominator.designate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Thrown inside the simulator to answer a request with one of Designate's errors: one object {@code
 * {code, type, message, request_id}}, or, for a validation error, {@code errors.errors[]} in place
 * of {@code message}. Static factories hold the wire page's exact texts; where the page gives none,
 * the text is the simulator's own and names the bad value.
 */
final class DesignateRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final transient JsonArray errors;

  private DesignateRefusal(int status, String type, String message, JsonArray errors) {
    // an expected answer, not a failure: no stack trace to fill
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.errors = errors;
  }

  static DesignateRefusal of(int status, String type, String message) {
    return new DesignateRefusal(status, type, message, null);
  }

  /** 400 {@code invalid_object} with a plain message. */
  static DesignateRefusal invalidObject(String message) {
    return of(400, "invalid_object", message);
  }

  /** 400 {@code invalid_object} of a field value the object refuses (Python's ValueError). */
  static DesignateRefusal valueError(String why) {
    return invalidObject(
        "Provided object is not valid. Got a ValueError error with message " + why);
  }

  /** 400 {@code invalid_object} naming body keys the object does not have. */
  static DesignateRefusal unknownKeys(List<String> keys, String object) {
    StringBuilder quoted = new StringBuilder();
    for (String key : keys) {
      quoted.append(quoted.length() == 0 ? "" : ", ").append('\'').append(key).append('\'');
    }
    return invalidObject(
        "Provided object does not match schema. Keys [" + quoted + "] are not valid for " + object);
  }

  /** 400 {@code invalid_object} carrying schema validation errors, with no message. */
  static DesignateRefusal validation(List<Violation> violations) {
    JsonArray errors = new JsonArray();
    for (Violation violation : violations) {
      errors.add(violation.toJson());
    }
    return new DesignateRefusal(400, "invalid_object", null, errors);
  }

  static DesignateRefusal badRequest(String message) {
    return of(400, "bad_request", message);
  }

  static DesignateRefusal recordSetLocation(String message) {
    return of(400, "invalid_recordset_location", message);
  }

  static DesignateRefusal zoneNotFound() {
    return of(404, "zone_not_found", "Could not find Zone");
  }

  static DesignateRefusal recordSetNotFound() {
    return of(404, "recordset_not_found", "Could not find RecordSet");
  }

  /** 404 {@code not_found} with no message: a path id that is not a UUID. */
  static DesignateRefusal notFound() {
    return of(404, "not_found", null);
  }

  static DesignateRefusal overQuota(String resource) {
    return of(413, "over_quota", "Quota exceeded for " + resource + ".");
  }

  static DesignateRefusal deletingZone() {
    return badRequest("Can not update a deleting zone");
  }

  /** 429 of a proxy in front of Designate (ASSUMPTION on the body; Designate has no limiter). */
  static DesignateRefusal rateLimited() {
    return of(429, "over_limit", "Rate limit exceeded");
  }

  /** The answer, carrying {@code requestId} as {@code request_id}. */
  DesignateReply reply(String requestId) {
    JsonObject body = new JsonObject();
    body.addProperty("code", status);
    body.addProperty("type", type);
    if (getMessage() != null) {
      body.addProperty("message", getMessage());
    }
    if (errors != null) {
      JsonObject nested = new JsonObject();
      nested.add("errors", errors);
      body.add("errors", nested);
    }
    body.addProperty("request_id", requestId);
    DesignateReply reply = DesignateReply.of(status, body);
    return status == 429 ? reply.withHeader("Retry-After", "1") : reply;
  }

  /**
   * One schema violation of a validation error.
   *
   * @param path where in the body: member names and array indexes
   * @param message what is wrong, naming the value
   * @param validator the JSON-schema keyword that failed ({@code format}, {@code required}, ...)
   * @param validatorValue that keyword's argument
   */
  record Violation(
      List<Object> path, String message, String validator, List<String> validatorValue) {
    JsonObject toJson() {
      JsonObject json = new JsonObject();
      JsonArray where = new JsonArray();
      for (Object step : path) {
        if (step instanceof Integer index) {
          where.add(index);
        } else {
          where.add(step.toString());
        }
      }
      json.add("path", where);
      json.addProperty("message", message);
      json.addProperty("validator", validator);
      JsonArray value = new JsonArray();
      validatorValue.forEach(value::add);
      json.add("validator_value", value);
      return json;
    }
  }
}
