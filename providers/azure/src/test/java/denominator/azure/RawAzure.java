package denominator.azure;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Entra ID and ARM spoken the vendor's way, with no provider code: a client-credentials token from
 * {@code /{tenant}/oauth2/v2.0/token} sent as a bearer token on raw OkHttp requests of JSON under
 * the resource group's {@code Microsoft.Network} path, with {@code api-version=2018-05-01}. For
 * tests of the simulator and for seeding it as another tool would. Its {@code toString()} shows no
 * token.
 */
final class RawAzure {
  static final String TENANT = "tid";
  static final String CLIENT = "cid";
  static final String SECRET = "s3cret";
  static final String R = "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network";

  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  private final OkHttpClient client = new OkHttpClient();
  private final HttpUrl root;
  private String token;

  /** Speaks to the simulator at {@code root} (its {@code /}). */
  RawAzure(HttpUrl root) {
    this.root = root;
  }

  /** One answer: status, headers and the body (empty when none). */
  record Answer(int status, Headers headers, String body) {
    JsonElement json() {
      return JsonParser.parseString(body);
    }

    JsonObject object() {
      return json().getAsJsonObject();
    }

    String header(String name) {
      return headers.get(name);
    }

    /** The {@code code} of an error body, wrapped in {@code error} or flat. */
    String code() {
      return error().get("code").getAsString();
    }

    /** The {@code message} of an error body, wrapped in {@code error} or flat. */
    String message() {
      return error().get("message").getAsString();
    }

    /** Whether the error body is ARM's wrapped shape. */
    boolean wrapped() {
      return object().has("error");
    }

    private JsonObject error() {
      JsonObject object = object();
      return object.has("error") ? object.getAsJsonObject("error") : object;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** The token request's form, in the page's order. */
  static String form(String clientId, String secret, String scope) {
    return "grant_type=client_credentials&client_id="
        + encode(clientId)
        + "&client_secret="
        + encode(secret)
        + "&scope="
        + encode(scope);
  }

  /** Posts a token request to {@code /{tenant}/oauth2/v2.0/token}; on 200 keeps the token. */
  Answer authenticate(String tenant, String form) {
    Answer answer =
        execute(
            new Request.Builder()
                .url(root.resolve("/" + tenant + "/oauth2/v2.0/token"))
                .post(RequestBody.create(form, FORM))
                .build());
    if (answer.status() == 200) {
      token = answer.object().get("access_token").getAsString();
    }
    return answer;
  }

  /** Posts a token request carrying an {@code Authorization} header (client_secret_basic). */
  Answer authenticateWith(String tenant, String form, String authorization) {
    return execute(
        new Request.Builder()
            .url(root.resolve("/" + tenant + "/oauth2/v2.0/token"))
            .header("Authorization", authorization)
            .post(RequestBody.create(form, FORM))
            .build());
  }

  /** Authenticates as the simulator's default client. */
  RawAzure login() {
    Answer answer = authenticate(TENANT, form(CLIENT, SECRET, EntraId.SCOPE));
    if (answer.status() != 200) {
      throw new IllegalStateException("login answered " + answer);
    }
    return this;
  }

  /** Sends the token {@code other} from now on (null: no Authorization header). */
  RawAzure useToken(String other) {
    this.token = other;
    return this;
  }

  String token() {
    return token;
  }

  Answer get(String path) {
    return send("GET", path, null, Map.of());
  }

  Answer delete(String path, Map<String, String> headers) {
    return send("DELETE", path, null, headers);
  }

  Answer put(String path, String json, Map<String, String> headers) {
    return send("PUT", path, json, headers);
  }

  /** Creates a zone as octoDNS does ({@code location: global}, {@code If-None-Match: *}). */
  Answer createZone(String zone) {
    Answer answer =
        put("/dnsZones/" + zone, "{\"location\":\"global\"}", Map.of("If-None-Match", "*"));
    if (answer.status() != 201) {
      throw new IllegalStateException("zone create answered " + answer);
    }
    return answer;
  }

  /** Follows an absolute URL the simulator handed out ({@code nextLink}, an operation's). */
  Answer follow(String url) {
    return execute(request("GET", HttpUrl.get(url), null, Map.of()));
  }

  /**
   * Sends a request under {@code R} (a path such as {@code /dnsZones/example.com}, the query given
   * or {@code api-version} added) with this JSON (or none) and these headers.
   */
  Answer send(String method, String path, String json, Map<String, String> headers) {
    String query = path.contains("?") ? "" : "?api-version=" + AzureSimulator.API_VERSION;
    return execute(
        request(
            method, HttpUrl.get(root.resolve("/") + R.substring(1) + path + query), json, headers));
  }

  private Request request(String method, HttpUrl url, String json, Map<String, String> headers) {
    Request.Builder request =
        new Request.Builder()
            .url(url)
            .header("Accept", "application/json")
            .method(method, json == null ? null : RequestBody.create(json, JSON));
    headers.forEach(request::header);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }

  private Answer execute(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "RawAzure{" + root + "}";
  }
}
