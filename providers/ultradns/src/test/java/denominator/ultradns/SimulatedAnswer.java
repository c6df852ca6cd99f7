package denominator.ultradns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * One answer of the simulated UltraDNS: a status, an optional JSON body and extra headers. Kept
 * apart from MockWebServer's response so that {@code /v1/batch} can collect the answers of its
 * items without sending them.
 *
 * @param status HTTP status
 * @param body JSON body, or null for none (204)
 * @param headers extra headers such as {@code X-Task-Id} or {@code Retry-After}
 */
record SimulatedAnswer(int status, JsonElement body, Map<String, String> headers) {
  static SimulatedAnswer of(int status, JsonElement body) {
    return new SimulatedAnswer(status, body, Map.of());
  }

  /** The service's plain success body {@code {"message":"Successful"}} with this status. */
  static SimulatedAnswer successful(int status) {
    JsonObject message = new JsonObject();
    message.addProperty("message", "Successful");
    return of(status, message);
  }

  static SimulatedAnswer noContent() {
    return of(204, null);
  }

  /** The service's usual error shape: an array of one {@code {errorCode, errorMessage}}. */
  static SimulatedAnswer error(int status, int code, String message) {
    JsonArray errors = new JsonArray();
    errors.add(errorObject(code, message));
    return of(status, errors);
  }

  static JsonObject errorObject(int code, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("errorCode", code);
    error.addProperty("errorMessage", message);
    return error;
  }

  SimulatedAnswer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new SimulatedAnswer(status, body, Map.copyOf(more));
  }

  MockResponse toResponse() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    headers.forEach(response::setHeader);
    if (body != null) {
      response.setHeader("Content-Type", "application/json").body(body.toString());
    }
    return response.build();
  }
}
