package denominator.cloudflare;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Thrown inside the simulator to answer a request with one of Cloudflare's errors: a status and the
 * envelope's {@code errors}. Static factories hold the codes and texts of the wire page ({@code
 * cloudflare-wire.md}, section 2); texts that depend on the request name the bad value.
 */
final class CloudflareRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int code;
  private final transient JsonArray chain;
  private final transient JsonObject second;
  private final String pointer;

  private CloudflareRefusal(
      int status, int code, String message, JsonArray chain, JsonObject second, String pointer) {
    // an expected answer, not a failure: no stack trace to fill
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.chain = chain;
    this.second = second;
    this.pointer = pointer;
  }

  private CloudflareRefusal(
      int status, int code, String message, JsonArray chain, JsonObject second) {
    this(status, code, message, chain, second, null);
  }

  CloudflareRefusal(int status, int code, String message) {
    this(status, code, message, null, null);
  }

  int status() {
    return status;
  }

  int code() {
    return code;
  }

  static CloudflareRefusal noCredentials() {
    return new CloudflareRefusal(403, 10000, "Authentication error");
  }

  static CloudflareRefusal malformedAuthorization() {
    JsonArray chain = new JsonArray();
    chain.add(error(6111, "Invalid format for Authorization header"));
    return new CloudflareRefusal(400, 6003, "Invalid request headers", chain, null);
  }

  static CloudflareRefusal unknownToken() {
    return new CloudflareRefusal(403, 9109, "Invalid access token");
  }

  static CloudflareRefusal unknownKey() {
    return new CloudflareRefusal(403, 9103, "Unknown X-Auth-Key or X-Auth-Email");
  }

  static CloudflareRefusal unauthorizedResource() {
    return new CloudflareRefusal(403, 9109, "Unauthorized to access requested resource");
  }

  /** 400 7003 for an unknown or ill-formed id in {@code path}, with 7000 as a second error. */
  static CloudflareRefusal noRoute(String path) {
    return new CloudflareRefusal(
        400,
        7003,
        "Could not route to " + path + ", perhaps your object identifier is invalid?",
        null,
        error(7000, "No route for that URI"));
  }

  static CloudflareRefusal recordMissing() {
    return new CloudflareRefusal(404, 81044, "Record does not exist.");
  }

  static CloudflareRefusal zoneExists(String name) {
    return new CloudflareRefusal(400, 1061, name + " already exists");
  }

  static CloudflareRefusal identicalRecord() {
    return new CloudflareRefusal(400, 81058, "An identical record already exists.");
  }

  static CloudflareRefusal hostTaken() {
    return new CloudflareRefusal(
        400, 81053, "An A, AAAA, or CNAME record with that host already exists.");
  }

  static CloudflareRefusal cnameTaken() {
    return new CloudflareRefusal(400, 81054, "A CNAME record with that host already exists.");
  }

  static CloudflareRefusal nsTaken() {
    return new CloudflareRefusal(400, 81056, "NS records with that host already exist.");
  }

  /** 400 1004; {@code why} names the field and the bad value. */
  static CloudflareRefusal invalid(String why) {
    return new CloudflareRefusal(400, 1004, "DNS Validation Error: " + why);
  }

  static CloudflareRefusal tagQuota(int tags, int quota) {
    return new CloudflareRefusal(
        400, 9300, "DNS record has " + tags + " tags, exceeding the quota of " + quota + ".");
  }

  static CloudflareRefusal batchTooLarge(int size, int limit) {
    return new CloudflareRefusal(
        400, 81045, "Batch of " + size + " records exceeds the limit of " + limit + ".");
  }

  static CloudflareRefusal rateLimited() {
    return new CloudflareRefusal(
        429,
        971,
        "More than 1200 requests per 300 seconds reached."
            + " Please wait and consider throttling your request speed");
  }

  /**
   * The same refusal for operation {@code index} of batch list {@code list}, as the batch answers
   * it (wire page, Departures): status 400, the message prefixed {@code list[index]: } and the
   * operation named by {@code "source":{"pointer":"/list/index"}}, the field Cloudflare's error
   * schema has for it (ASSUMPTION that the batch fills it).
   */
  CloudflareRefusal inBatch(String list, int index) {
    return new CloudflareRefusal(
        400,
        code,
        list + "[" + index + "]: " + getMessage(),
        chain,
        null,
        "/" + list + "/" + index);
  }

  CloudflareReply reply() {
    JsonObject first = error(code, getMessage());
    if (chain != null) {
      first.add("error_chain", chain);
    }
    if (pointer != null) {
      JsonObject source = new JsonObject();
      source.addProperty("pointer", pointer);
      first.add("source", source);
    }
    JsonArray errors = new JsonArray();
    errors.add(first);
    if (second != null) {
      errors.add(second);
    }
    return CloudflareReply.failure(status, errors);
  }

  private static JsonObject error(int code, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", message);
    return error;
  }
}
