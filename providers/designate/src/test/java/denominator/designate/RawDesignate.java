package denominator.designate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Keystone and Designate spoken the vendor's way, with no provider code: raw OkHttp requests of
 * JSON, a token fetched from {@code /v3/auth/tokens} and sent in {@code X-Auth-Token}. For tests of
 * the simulator and for seeding it as another tool would. Its {@code toString()} shows no token.
 */
final class RawDesignate {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient();
  private final HttpUrl root;
  private final String dns;
  private String token;

  /** Speaks to the server at {@code root} through the DNS endpoint {@code dns} (e.g. "/dns"). */
  RawDesignate(HttpUrl root, String dns) {
    this.root = root;
    this.dns = dns;
  }

  /** Through RegionOne's endpoint, {@code /dns}. */
  RawDesignate(HttpUrl root) {
    this(root, "/dns");
  }

  /** One answer: status, headers and the JSON body. */
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

    /** The {@code type} of a Designate error body. */
    String type() {
      return object().get("type").getAsString();
    }

    /** The {@code message} of a Designate error body. */
    String message() {
      return object().get("message").getAsString();
    }

    String string(String member) {
      return object().get(member).getAsString();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** The password flavour's body, scoped to a project by name in the Default domain. */
  static String password(String user, String password, String project) {
    return """
        {"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s",
         "domain":{"name":"Default"},"password":"%s"}}},
         "scope":{"project":{"name":"%s","domain":{"name":"Default"}}}}}
        """
        .formatted(user, password, project);
  }

  /** The application credential flavour's body, without a scope. */
  static String applicationCredential(String id, String secret) {
    return """
        {"auth":{"identity":{"methods":["application_credential"],
         "application_credential":{"id":"%s","secret":"%s"}}}}
        """
        .formatted(id, secret);
  }

  /** Posts {@code body} to Keystone; on 201 keeps the token for later calls. */
  Answer authenticate(String body) {
    Answer answer =
        execute(
            new Request.Builder()
                .url(root.resolve("/identity/v3/auth/tokens"))
                .post(RequestBody.create(body, JSON))
                .build());
    if (answer.status() == 201) {
      token = answer.header("X-Subject-Token");
    }
    return answer;
  }

  /** Authenticates as the simulator's default user and project. */
  RawDesignate login() {
    Answer answer = authenticate(password("demo", "s3cret", "demo"));
    if (answer.status() != 201) {
      throw new IllegalStateException("login answered " + answer);
    }
    return this;
  }

  /** Sends the token {@code other} from now on (null: none). */
  RawDesignate useToken(String other) {
    this.token = other;
    return this;
  }

  String token() {
    return token;
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

  Answer put(String path, String json) {
    return send("PUT", path, json);
  }

  Answer patch(String path, String json) {
    return send("PATCH", path, json);
  }

  /** Creates a zone with Designate's defaults; answers its id. */
  String createZone(String name) {
    Answer answer =
        post("/v2/zones", "{\"name\":\"" + name + "\",\"email\":\"hostmaster@example.com\"}");
    if (answer.status() != 202) {
      throw new IllegalStateException("zone create answered " + answer);
    }
    return answer.string("id");
  }

  /** Follows a {@code links.next} as given (an absolute URL on the simulator). */
  Answer follow(String link) {
    return execute(request("GET", HttpUrl.get(link), null));
  }

  /** Sends a request under the DNS endpoint, e.g. {@code /v2/zones}, with this JSON (or none). */
  Answer send(String method, String path, String json) {
    return execute(request(method, root.resolve(dns + path), json));
  }

  private Request request(String method, HttpUrl url, String json) {
    Request.Builder request =
        new Request.Builder()
            .url(url)
            .header("Accept", "application/json")
            .method(method, json == null ? null : RequestBody.create(json, JSON));
    if (token != null) {
      request.header("X-Auth-Token", token);
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

  @Override
  public String toString() {
    return "RawDesignate{" + root + dns + "}";
  }
}
