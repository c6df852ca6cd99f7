package denominator.googledns;

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
 * Cloud DNS spoken the vendor's way, with no provider code: raw OkHttp requests of JSON carrying
 * {@code Authorization: Bearer <token>}, paths relative to {@code /dns/v1/projects/{project}/}. For
 * tests of the simulator and for seeding it as another tool would. Its {@code toString()} shows no
 * token.
 */
final class RawGoogleDns {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient();
  private final HttpUrl root;
  private final String project;
  private final String token;

  /** Speaks to the server at {@code root} for {@code project} with {@code token}, none if null. */
  RawGoogleDns(HttpUrl root, String project, String token) {
    this.root = root;
    this.project = project;
    this.token = token;
  }

  /** The same, with another token (null for none). */
  RawGoogleDns withToken(String other) {
    return new RawGoogleDns(root, project, other);
  }

  /** One answer: status and JSON body (empty for 204). */
  record Answer(int status, String body, String wwwAuthenticate) {
    JsonElement json() {
      return JsonParser.parseString(body);
    }

    JsonObject object() {
      return json().getAsJsonObject();
    }

    /** {@code error.errors[0].reason} of an API error. */
    String reason() {
      return object()
          .getAsJsonObject("error")
          .getAsJsonArray("errors")
          .get(0)
          .getAsJsonObject()
          .get("reason")
          .getAsString();
    }

    /** {@code error.message} of an API error. */
    String message() {
      return object().getAsJsonObject("error").get("message").getAsString();
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

  /** Creates a zone labelled {@code name} for {@code dnsName}. */
  Answer createZone(String name, String dnsName) {
    return post(
        "managedZones",
        "{\"name\":\"" + name + "\",\"dnsName\":\"" + dnsName + "\",\"description\":\"test\"}");
  }

  /** Sends a change of this JSON body to zone {@code zone}. */
  Answer change(String zone, String json) {
    return post("managedZones/" + zone + "/changes", json);
  }

  /** Sends a request with this JSON body (null for none) to a path under the project. */
  Answer send(String method, String path, String json) {
    HttpUrl url = root.resolve("/dns/v1/projects/" + project + "/" + path);
    Request.Builder request =
        new Request.Builder()
            .url(url)
            .method(method, json == null ? null : RequestBody.create(json, JSON));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return execute(request.build());
  }

  /** Posts an OAuth form to the simulator's token endpoint. */
  Answer token(String grantType, String assertion) {
    FormBody form =
        new FormBody.Builder().add("grant_type", grantType).add("assertion", assertion).build();
    return execute(
        new Request.Builder().url(root.resolve(GoogleDnsSimulator.TOKEN_PATH)).post(form).build());
  }

  private Answer execute(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return new Answer(
          response.code(), response.body().string(), response.header("WWW-Authenticate"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "RawGoogleDns{" + root + ", project " + project + "}";
  }
}
