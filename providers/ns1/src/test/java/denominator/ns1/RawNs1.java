package denominator.ns1;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * NS1 spoken the vendor's way, with no provider code: raw OkHttp requests of JSON carrying {@code
 * X-NSONE-Key}. For tests of the simulator and for seeding it as another tool would. Its {@code
 * toString()} shows no key.
 */
final class RawNs1 {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient();
  private final HttpUrl base;
  private final String apiKey;

  /** Speaks to {@code base} (the server's root) with {@code apiKey}, or with no key if null. */
  RawNs1(HttpUrl base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  /** One answer: status, the headers a test looks at, and the JSON body. */
  record Answer(int status, String link, RateHeaders rate, String body) {
    JsonElement json() {
      return JsonParser.parseString(body);
    }

    JsonObject object() {
      return json().getAsJsonObject();
    }

    /** The {@code message} of an error body. */
    String message() {
      return object().get("message").getAsString();
    }
  }

  /** The {@code X-RateLimit-*} headers of an answer, null where absent. */
  record RateHeaders(String limit, String remaining, String period, String by) {}

  Answer get(String path) {
    return send("GET", path, null);
  }

  Answer delete(String path) {
    return send("DELETE", path, null);
  }

  Answer put(String path, String json) {
    return send("PUT", path, json);
  }

  Answer post(String path, String json) {
    return send("POST", path, json);
  }

  /** Creates a zone with NS1's defaults. */
  Answer createZone(String zone) {
    return put("/v1/zones/" + zone, "{\"zone\":\"" + zone + "\"}");
  }

  /** Follows a {@code Link} target as given (an absolute URL on the simulator). */
  Answer follow(String link) {
    String target = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    return execute(request("GET", HttpUrl.get(target), null));
  }

  /** Sends a request with this JSON body (null for none). */
  Answer send(String method, String path, String json) {
    return execute(request(method, base.resolve(path), json));
  }

  private Request request(String method, HttpUrl url, String json) {
    Request.Builder request =
        new Request.Builder()
            .url(url)
            .method(method, json == null ? null : RequestBody.create(json, JSON));
    if (apiKey != null) {
      request.header("X-NSONE-Key", apiKey);
    }
    return request.build();
  }

  private Answer execute(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return new Answer(
          response.code(),
          response.header("Link"),
          new RateHeaders(
              response.header("X-RateLimit-Limit"),
              response.header("X-RateLimit-Remaining"),
              response.header("X-RateLimit-Period"),
              response.header("X-RateLimit-By")),
          response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "RawNs1{" + base + "}";
  }
}
