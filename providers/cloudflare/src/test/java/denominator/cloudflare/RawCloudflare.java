package denominator.cloudflare;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Cloudflare spoken the vendor's way, with no provider code: raw OkHttp requests of JSON below
 * {@code /client/v4}, carrying the headers given (an API token or a global key). For tests of the
 * simulator and for seeding it as another tool would. Its {@code toString()} shows no credential.
 */
final class RawCloudflare {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient();
  private final HttpUrl base;
  private final Map<String, String> headers;

  private RawCloudflare(HttpUrl base, Map<String, String> headers) {
    this.base = base;
    this.headers = Map.copyOf(headers);
  }

  /** Speaks to {@code server} (its root) with {@code Authorization: Bearer token}. */
  static RawCloudflare withToken(HttpUrl server, String token) {
    return new RawCloudflare(server, Map.of("Authorization", "Bearer " + token));
  }

  /** Speaks to {@code server} with {@code X-Auth-Email} and {@code X-Auth-Key}. */
  static RawCloudflare withGlobalKey(HttpUrl server, String email, String key) {
    return new RawCloudflare(server, Map.of("X-Auth-Email", email, "X-Auth-Key", key));
  }

  /** Speaks to {@code server} with exactly these headers (none, or malformed ones). */
  static RawCloudflare withHeaders(HttpUrl server, Map<String, String> headers) {
    return new RawCloudflare(server, headers);
  }

  /** One answer: status, {@code Retry-After}, and the envelope. */
  record Answer(int status, String retryAfter, String body) {
    JsonObject envelope() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    boolean success() {
      return envelope().get("success").getAsBoolean();
    }

    JsonObject result() {
      return envelope().getAsJsonObject("result");
    }

    JsonArray results() {
      return envelope().getAsJsonArray("result");
    }

    JsonObject resultInfo() {
      return envelope().getAsJsonObject("result_info");
    }

    /** The first error's code. */
    int code() {
      return error().get("code").getAsInt();
    }

    /** The first error's message. */
    String message() {
      return error().get("message").getAsString();
    }

    private JsonObject error() {
      return envelope().getAsJsonArray("errors").get(0).getAsJsonObject();
    }
  }

  Answer get(String path) {
    return send("GET", path, null);
  }

  Answer delete(String path) {
    return send("DELETE", path, null);
  }

  Answer post(String path, String json) {
    return send("POST", path, json);
  }

  Answer patch(String path, String json) {
    return send("PATCH", path, json);
  }

  Answer put(String path, String json) {
    return send("PUT", path, json);
  }

  /** Creates a zone in {@code account}; gives its id. */
  String createZone(String name, String account) {
    Answer created =
        post(
            "/client/v4/zones",
            "{\"name\":\""
                + name
                + "\",\"account\":{\"id\":\""
                + account
                + "\"},\"type\":\"full\"}");
    if (created.status() != 200) {
      throw new IllegalStateException("creating zone " + name + ": " + created.body());
    }
    return created.result().get("id").getAsString();
  }

  /** Creates a record from raw JSON in the zone {@code zoneId}; gives it as answered. */
  JsonObject createRecord(String zoneId, String json) {
    Answer created = post("/client/v4/zones/" + zoneId + "/dns_records", json);
    if (created.status() != 200) {
      throw new IllegalStateException("creating " + json + ": " + created.body());
    }
    return created.result();
  }

  /** Sends a request with this JSON body (null for none). */
  Answer send(String method, String path, String json) {
    Request.Builder request =
        new Request.Builder()
            .url(base.resolve(path))
            .method(method, json == null ? null : RequestBody.create(json, JSON));
    headers.forEach(request::header);
    try (Response response = client.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.header("Retry-After"), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "RawCloudflare{" + base + "}";
  }
}
