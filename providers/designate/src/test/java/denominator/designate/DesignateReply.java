package denominator.designate;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * One answer of the simulated Keystone or Designate before it is sent: a status, a JSON body and
 * extra headers ({@code Location}, {@code X-Subject-Token}, {@code WWW-Authenticate}, ...).
 *
 * @param status HTTP status
 * @param body JSON body; every answer of both services has one
 * @param headers extra headers, in the order they were added
 */
record DesignateReply(int status, JsonElement body, Map<String, String> headers) {
  static DesignateReply of(int status, JsonElement body) {
    return new DesignateReply(status, body, Map.of());
  }

  DesignateReply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new DesignateReply(status, body, more);
  }

  MockResponse toResponse() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    headers.forEach(response::setHeader);
    return response.setHeader("Content-Type", "application/json").body(body.toString()).build();
  }
}
