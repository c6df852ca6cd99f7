package denominator.googledns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * One answer of the simulated Cloud DNS before it is sent: a status, a JSON body (none for 204) and
 * extra headers.
 *
 * @param status HTTP status
 * @param body JSON body, or null for an answer without one
 * @param headers extra headers such as {@code WWW-Authenticate}
 */
record GoogleReply(int status, JsonElement body, Map<String, String> headers) {
  static GoogleReply ok(JsonElement body) {
    return new GoogleReply(200, body, Map.of());
  }

  static GoogleReply noContent() {
    return new GoogleReply(204, null, Map.of());
  }

  /**
   * Google's API error: {@code {"error":{"code","message","errors":[{"domain","reason",
   * "message"}],"status"}}}; 401s also carry {@code WWW-Authenticate}.
   */
  static GoogleReply error(int status, String reason, String grpcStatus, String message) {
    JsonObject item = new JsonObject();
    item.addProperty("domain", "global");
    item.addProperty("reason", reason);
    item.addProperty("message", message);
    JsonArray errors = new JsonArray();
    errors.add(item);
    JsonObject error = new JsonObject();
    error.addProperty("code", status);
    error.addProperty("message", message);
    error.add("errors", errors);
    error.addProperty("status", grpcStatus);
    JsonObject body = new JsonObject();
    body.add("error", error);
    Map<String, String> headers =
        status == 401
            ? Map.of("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"")
            : Map.of();
    return new GoogleReply(status, body, headers);
  }

  /** An OAuth token endpoint error: {@code {"error","error_description"}}, status 400. */
  static GoogleReply oauthError(String error, String description) {
    JsonObject body = new JsonObject();
    body.addProperty("error", error);
    body.addProperty("error_description", description);
    return new GoogleReply(400, body, Map.of());
  }

  GoogleReply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new GoogleReply(status, body, Map.copyOf(more));
  }

  MockResponse toResponse() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    headers.forEach(response::setHeader);
    if (body == null) {
      return response.build();
    }
    return response
        .setHeader("Content-Type", "application/json; charset=UTF-8")
        .body(body.toString())
        .build();
  }
}
