package denominator.cloudflare;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * One answer of the simulated Cloudflare before it is sent: a status, the envelope {@code {success,
 * errors, messages, result[, result_info]}} and extra headers such as {@code Retry-After}.
 *
 * @param status HTTP status
 * @param envelope the whole JSON body; every Cloudflare answer is an envelope
 * @param headers extra headers
 */
record CloudflareReply(int status, JsonObject envelope, Map<String, String> headers) {
  /** 200 with {@code result}. */
  static CloudflareReply ok(JsonElement result) {
    return new CloudflareReply(200, envelope(true, new JsonArray(), result), Map.of());
  }

  /** 200 with one page of a listing and its {@code result_info}. */
  static CloudflareReply page(JsonArray result, JsonObject resultInfo) {
    JsonObject envelope = envelope(true, new JsonArray(), result);
    envelope.add("result_info", resultInfo);
    return new CloudflareReply(200, envelope, Map.of());
  }

  /** A failure: {@code success} false, {@code result} null, these errors. */
  static CloudflareReply failure(int status, JsonArray errors) {
    return new CloudflareReply(status, envelope(false, errors, JsonNull.INSTANCE), Map.of());
  }

  CloudflareReply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new CloudflareReply(status, envelope, Map.copyOf(more));
  }

  MockResponse toResponse() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    headers.forEach(response::setHeader);
    return response.setHeader("Content-Type", "application/json").body(envelope.toString()).build();
  }

  private static JsonObject envelope(boolean success, JsonArray errors, JsonElement result) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("success", success);
    envelope.add("errors", errors);
    envelope.add("messages", new JsonArray());
    envelope.add("result", result);
    return envelope;
  }
}
