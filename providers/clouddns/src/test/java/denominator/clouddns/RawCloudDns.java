package denominator.clouddns;

import com.google.gson.JsonArray;
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
 * Rackspace Identity and Cloud DNS spoken the vendor's way, with no provider code: raw OkHttp
 * requests of JSON, a token fetched from {@code /v2.0/tokens} and sent in {@code X-Auth-Token},
 * paths relative to the catalog's {@code rax:dns} URL. For tests of the simulator and for seeding
 * it as another tool would. Its {@code toString()} shows no token.
 */
final class RawCloudDns {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient();
  private final HttpUrl root;
  private HttpUrl dns;
  private String token;

  /** Speaks to the server at {@code root}; the DNS URL comes from the catalog at login. */
  RawCloudDns(HttpUrl root) {
    this.root = root;
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

    String string(String member) {
      return object().get(member).getAsString();
    }

    JsonArray array(String member) {
      return object().getAsJsonArray(member);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** The api-key flavour of the token request. */
  static String apiKey(String username, String apiKey) {
    return """
        {"auth":{"RAX-KSKEY:apiKeyCredentials":{"username":"%s","apiKey":"%s"}}}
        """
        .formatted(username, apiKey);
  }

  /** The password flavour of the token request. */
  static String password(String username, String password) {
    return """
        {"auth":{"passwordCredentials":{"username":"%s","password":"%s"}}}
        """
        .formatted(username, password);
  }

  /** Posts {@code body} to identity; on 200 keeps the token and the catalog's DNS URL. */
  Answer authenticate(String body) {
    Answer answer =
        execute(
            new Request.Builder()
                .url(root.resolve("/v2.0/tokens"))
                .header("Accept", "application/json")
                .post(RequestBody.create(body, JSON))
                .build());
    if (answer.status() == 200) {
      JsonObject access = answer.object().getAsJsonObject("access");
      token = access.getAsJsonObject("token").get("id").getAsString();
      for (JsonElement service : access.getAsJsonArray("serviceCatalog")) {
        if (service.getAsJsonObject().get("type").getAsString().equals("rax:dns")) {
          JsonObject endpoint =
              service.getAsJsonObject().getAsJsonArray("endpoints").get(0).getAsJsonObject();
          dns = HttpUrl.get(endpoint.get("publicURL").getAsString());
        }
      }
    }
    return answer;
  }

  /** Authenticates with the simulator's default api key. */
  RawCloudDns login() {
    Answer answer = authenticate(apiKey("joe", "k3y"));
    if (answer.status() != 200) {
      throw new IllegalStateException("login answered " + answer);
    }
    return this;
  }

  /** Sends the token {@code other} from now on (null: none). */
  RawCloudDns useToken(String other) {
    this.token = other;
    return this;
  }

  String token() {
    return token;
  }

  /** The catalog's DNS URL, e.g. {@code http://127.0.0.1:PORT/v1.0/123123}. */
  HttpUrl dns() {
    return dns;
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

  /** Creates a domain and waits for its job; answers its id. */
  String createDomain(String name) {
    Answer done =
        finish(
            post(
                "/domains",
                "{\"domains\":[{\"name\":\""
                    + name
                    + "\",\"emailAddress\":\"admin@"
                    + name
                    + "\",\"ttl\":3600}]}"));
    if (!done.string("status").equals("COMPLETED")) {
      throw new IllegalStateException("domain create ended " + done);
    }
    return done.object()
        .getAsJsonObject("response")
        .getAsJsonArray("domains")
        .get(0)
        .getAsJsonObject()
        .get("id")
        .getAsString();
  }

  /** Polls the job a write answered once: its status with details. */
  Answer poll(Answer accepted) {
    if (accepted.status() != 202) {
      throw new IllegalStateException("not a job: " + accepted);
    }
    return get("/status/" + accepted.string("jobId") + "?showDetails=true");
  }

  /** Polls the job once, expecting it finished (jobs run at once without a delay). */
  Answer finish(Answer accepted) {
    Answer polled = poll(accepted);
    if (polled.status() != 200) {
      throw new IllegalStateException("job not finished: " + polled);
    }
    return polled;
  }

  /** Follows a {@code links} href as given (an absolute URL on the simulator). */
  Answer follow(String href) {
    return execute(request("GET", HttpUrl.get(href), null));
  }

  /** Sends a request under the catalog URL, e.g. {@code /domains}, with this JSON (or none). */
  Answer send(String method, String path, String json) {
    String base = dns == null ? root.resolve("/v1.0/123123").toString() : dns.toString();
    return execute(request(method, HttpUrl.get(base + path), json));
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
    return "RawCloudDns{" + root + "}";
  }
}
