package denominator.ultradns;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * UltraDNS spoken the vendor's way, with no provider code: raw OkHttp requests of JSON, a bearer
 * token from the password grant. For tests of the simulator and for seeding it as another tool
 * would. Its {@code toString()} shows no token.
 */
final class RawUltraDns {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient();
  private final HttpUrl base;
  private String accessToken = "";

  RawUltraDns(HttpUrl base) {
    this.base = base;
  }

  /** One answer: status, the {@code X-Task-Id} or {@code Retry-After} header if any, JSON body. */
  record Answer(int status, String taskId, String retryAfter, String body) {
    JsonElement json() {
      return JsonParser.parseString(body);
    }

    /** The first error code of an array error body, or of a single error object. */
    int errorCode() {
      JsonElement json = json();
      JsonObject error =
          json.isJsonArray()
              ? json.getAsJsonArray().get(0).getAsJsonObject()
              : json.getAsJsonObject();
      return error.get("errorCode").getAsInt();
    }
  }

  /** Grants a token for the password and keeps the access token for the next requests. */
  Answer login(String username, String password) {
    return grant(
        new FormBody.Builder()
            .add("grant_type", "password")
            .add("username", username)
            .add("password", password)
            .build());
  }

  /** Grants a token for a refresh token and keeps the new access token. */
  Answer refresh(String refreshToken) {
    return grant(
        new FormBody.Builder()
            .add("grant_type", "refresh_token")
            .add("refresh_token", refreshToken)
            .build());
  }

  Answer get(String path) {
    return send("GET", path, null);
  }

  Answer delete(String path) {
    return send("DELETE", path, null);
  }

  /** Sends a request with this JSON body (null for none) and the kept bearer token. */
  Answer send(String method, String path, String json) {
    Request request =
        new Request.Builder()
            .url(base.resolve(path))
            .header("Authorization", "Bearer " + accessToken)
            .method(method, json == null ? null : RequestBody.create(json, JSON))
            .build();
    return execute(request);
  }

  /** Creates a NEW primary zone of the account {@code acme}. */
  Answer createZone(String zone) {
    return send(
        "POST",
        "/v1/zones",
        "{\"properties\":{\"name\":\""
            + zone
            + "\",\"accountName\":\"acme\",\"type\":\"PRIMARY\"},"
            + "\"primaryCreateInfo\":{\"forceImport\":true,\"createType\":\"NEW\"}}");
  }

  private Answer grant(FormBody form) {
    Answer answer =
        execute(
            new Request.Builder().url(base.resolve("/v1/authorization/token")).post(form).build());
    if (answer.status() == 200) {
      accessToken = answer.json().getAsJsonObject().get("accessToken").getAsString();
    }
    return answer;
  }

  private Answer execute(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return new Answer(
          response.code(),
          response.header("X-Task-Id"),
          response.header("Retry-After"),
          response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "RawUltraDns{" + base + "}";
  }
}
