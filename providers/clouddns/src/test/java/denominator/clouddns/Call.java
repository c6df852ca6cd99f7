package denominator.clouddns;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * One Cloud DNS request that passed the token check.
 *
 * @param method HTTP method
 * @param path segments after {@code /v1.0/{tenant}}, e.g. {@code [domains, 1000001, records]}
 * @param url the request's absolute URL
 * @param base the catalog URL as the client reached it, e.g. {@code
 *     http://127.0.0.1:PORT/v1.0/123123} (through a proxy: the proxy's host and port)
 * @param body the request body, empty when none
 */
record Call(String method, List<String> path, HttpUrl url, HttpUrl base, String body) {
  /** The path after the catalog URL, with the query: what a job's {@code requestUrl} ends in. */
  String relative() {
    String query = url.encodedQuery();
    return "/" + String.join("/", path) + (query == null ? "" : "?" + query);
  }

  /** The catalog URL as a string without a trailing slash. */
  String baseString() {
    String text = base.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** The body as a JSON object; anything else is refused 400. */
  JsonObject json() {
    try {
      JsonElement json = JsonParser.parseString(body);
      if (json instanceof JsonObject object) {
        return object;
      }
    } catch (RuntimeException e) {
      // refused below
    }
    throw CloudDnsFault.validation(List.of("the request body is not a JSON object"));
  }

  /** The array {@code member} of the body (at most 100 entities, else 413). */
  JsonArray entities(String member) {
    JsonElement array = json().get(member);
    if (!(array instanceof JsonArray entities) || entities.isEmpty()) {
      throw CloudDnsFault.validation(List.of(member + " must be a non-empty array"));
    }
    checkEntities(entities.size());
    return entities;
  }

  /** Refuses more than 100 entities in one request: 413 without a rate-limit header. */
  static void checkEntities(int count) {
    if (count > OffsetPaging.MAX_LIMIT) {
      throw CloudDnsFault.overLimit(
          "Limit of " + OffsetPaging.MAX_LIMIT + " entities per request has been reached.");
    }
  }
}
