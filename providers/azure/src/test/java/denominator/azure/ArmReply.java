package denominator.azure;

import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * One answer of the simulated Entra ID or ARM before it is sent: a status, a JSON body or none (the
 * 202 of a zone delete, the 200 of a record delete) and extra headers ({@code ETag}, {@code
 * Azure-AsyncOperation}, {@code Retry-After}, {@code WWW-Authenticate}, ...).
 *
 * @param status HTTP status
 * @param body the JSON text, or null for an empty body
 * @param headers extra headers, in the order they were added
 */
record ArmReply(int status, String body, Map<String, String> headers) {
  static ArmReply of(int status, String body) {
    return new ArmReply(status, body, Map.of());
  }

  static ArmReply empty(int status) {
    return new ArmReply(status, null, Map.of());
  }

  ArmReply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ArmReply(status, body, more);
  }

  MockResponse toResponse() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    headers.forEach(response::setHeader);
    if (body == null) {
      return response.build();
    }
    return response.setHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
  }
}
