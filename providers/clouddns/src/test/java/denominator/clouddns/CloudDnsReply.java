package denominator.clouddns;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * One answer of the simulated identity service or Cloud DNS before it is sent: a status, a JSON
 * body (every answer of both services has one) and extra headers ({@code Reply-After}, {@code
 * Retry-After}).
 *
 * @param status HTTP status
 * @param body JSON body
 * @param headers extra headers, in the order they were added
 */
record CloudDnsReply(int status, JsonElement body, Map<String, String> headers) {
  static CloudDnsReply of(int status, JsonElement body) {
    return new CloudDnsReply(status, body, Map.of());
  }

  CloudDnsReply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new CloudDnsReply(status, body, more);
  }

  MockResponse toResponse() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    headers.forEach(response::setHeader);
    return response.setHeader("Content-Type", "application/json").body(body.toString()).build();
  }
}
