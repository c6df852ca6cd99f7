package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * A refusal of the simulated Cloud DNS in one of the vendor's three shapes (wire page, section 4):
 * a DNS fault {@code {"message","code","details"}}, a validation failure {@code
 * {"validationErrors":{"messages":[...]},"code":400}}, or a deleteFault listing the items that
 * could not be deleted. Thrown by the endpoints; the simulator answers it at once, or a job ends
 * {@code ERROR} with its body in {@code error}.
 */
final class CloudDnsFault extends RuntimeException {
  static final String OVER_LIMIT =
      "Your account is currently over the limit so your request could not be processed.";
  static final String EXISTS = "The object already exists.";
  static final String OBJECT_NOT_FOUND = "Object not Found.";

  private final int status;
  private final JsonObject body;

  private CloudDnsFault(int status, JsonObject body) {
    super(body.toString(), null, false, false);
    this.status = status;
    this.body = body;
  }

  /** A DNS fault: {@code {"message":…,"code":status,"details":…}}. */
  static CloudDnsFault of(int status, String message, String details) {
    return new CloudDnsFault(status, fault(status, message, details));
  }

  static JsonObject fault(int status, String message, String details) {
    JsonObject body = new JsonObject();
    body.addProperty("message", message);
    body.addProperty("code", status);
    body.addProperty("details", details);
    return body;
  }

  /** 404 {@code Not Found} with empty details: a missing domain, job or path. */
  static CloudDnsFault notFound() {
    return of(404, "Not Found", "");
  }

  /** 400 with one message per refused field, each naming the item. */
  static CloudDnsFault validation(List<String> messages) {
    JsonArray array = new JsonArray();
    messages.forEach(array::add);
    JsonObject errors = new JsonObject();
    errors.add("messages", array);
    JsonObject body = new JsonObject();
    body.add("validationErrors", errors);
    body.addProperty("code", 400);
    return new CloudDnsFault(400, body);
  }

  /** 413 of a size or quota limit (never carrying {@code Reply-After}: not a rate limit). */
  static CloudDnsFault overLimit(String details) {
    return of(413, OVER_LIMIT, details);
  }

  /** A job's 409 of a domain or record that exists. */
  static CloudDnsFault exists(String details) {
    return of(409, EXISTS, details);
  }

  /** A deleteFault whose faults are 404 {@code Object not Found.} with these details each. */
  static CloudDnsFault notDeleted(List<String> details) {
    JsonArray faults = new JsonArray();
    details.forEach(detail -> faults.add(fault(404, OBJECT_NOT_FOUND, detail)));
    JsonObject failed = new JsonObject();
    failed.add("faults", faults);
    JsonObject body = new JsonObject();
    body.add("failedItems", failed);
    body.addProperty("message", "One or more items could not be deleted.");
    body.addProperty("code", 500);
    body.addProperty("details", "See errors list for details.");
    return new CloudDnsFault(500, body);
  }

  int status() {
    return status;
  }

  JsonObject body() {
    return body.deepCopy();
  }

  CloudDnsReply reply() {
    return CloudDnsReply.of(status, body());
  }
}
