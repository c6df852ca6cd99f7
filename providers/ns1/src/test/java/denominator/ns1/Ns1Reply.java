package denominator.ns1;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * One answer of the simulated NS1 before it is sent: a status, a JSON body and extra headers (the
 * rate-limit headers and {@code Link} are added on the way out).
 *
 * @param status HTTP status
 * @param body JSON body; every NS1 answer has one
 * @param headers extra headers such as {@code Link}
 */
record Ns1Reply(int status, JsonElement body, Map<String, String> headers) {
  static Ns1Reply ok(JsonElement body) {
    return new Ns1Reply(200, body, Map.of());
  }

  /** NS1's only error shape: one object {@code {"message": ...}}. */
  static Ns1Reply error(int status, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("message", message);
    return new Ns1Reply(status, error, Map.of());
  }

  Ns1Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Ns1Reply(status, body, Map.copyOf(more));
  }

  MockResponse toResponse() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    headers.forEach(response::setHeader);
    return response.setHeader("Content-Type", "application/json").body(body.toString()).build();
  }
}
