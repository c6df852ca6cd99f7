package denominator.designate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.Credentials.MapCredentials;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.kit.AuthHeader;
import denominator.kit.TokenExchange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Keystone v3 tokens, and the Designate endpoint their catalog names. A token is issued by {@code
 * POST /v3/auth/tokens} for a password (project-scoped) or an application credential (already
 * scoped), read from {@code X-Subject-Token}, sent as {@code X-Auth-Token}, and replaced two
 * minutes before its {@code expires_at} or once after a 401; Keystone has no refresh token, so
 * renewal sends the credentials again. Each token's catalog gives the DNS base URL: the service of
 * type {@code dns}, its endpoint of the chosen interface and region. No secret reaches a message or
 * {@code toString()}.
 *
 * <p>The provider URL is Keystone's ({@code https://keystone.example.com:5000/v3}, {@code /v3}
 * appended when missing); its query may choose {@code interface} ({@code public}, {@code internal}
 * or {@code admin}; {@code public} unless given) and {@code region} (any unless given).
 */
final class DesignateTokens {
  private static final MediaType JSON = MediaType.get("application/json");

  private final ProviderConfig config;
  private final HttpUrl tokens;
  private final String interfaceName;
  private final String region; // null: the first endpoint of the interface
  private final TokenExchange exchange;
  private volatile HttpUrl dns;

  DesignateTokens(ProviderConfig config) {
    this.config = config;
    HttpUrl url = HttpUrl.get(config.url());
    this.interfaceName = Optional.ofNullable(url.queryParameter("interface")).orElse("public");
    this.region = url.queryParameter("region");
    String path = url.encodedPath().replaceAll("/+$", "");
    this.tokens =
        url.newBuilder()
            .query(null)
            .encodedPath(path.endsWith("/v3") ? path : path + "/v3")
            .addPathSegments("auth/tokens")
            .build();
    this.exchange =
        TokenExchange.builder(config, DesignateErrors.TABLE)
            .request(this::request)
            .reader(TokenExchange.fromHeader("X-Subject-Token", "token", "expires_at"))
            .onIssue(body -> dns = endpoint(body))
            .header("X-Auth-Token", "")
            .refreshBefore(Duration.ofSeconds(120)) // keystoneauth's least token life
            .build();
  }

  /** The header of every Designate request. */
  AuthHeader auth() {
    return exchange;
  }

  /** Designate's base URL, without {@code /v2}, from the catalog of a current token. */
  HttpUrl dns() {
    exchange.current();
    return dns;
  }

  private Request request() {
    MapCredentials credentials = config.credentials();
    String body = DesignateProvider.GSON.toJson(auth(credentials));
    return new Request.Builder()
        .url(tokens)
        .header("Accept", "application/json")
        .post(RequestBody.create(body, JSON))
        .build();
  }

  /** The {@code auth} body of the credentials' flavour. */
  static Map<String, Object> auth(MapCredentials credentials) {
    Optional<String> applicationCredential = credentials.get("applicationCredentialId");
    if (applicationCredential.isPresent()) { // already scoped: no scope, as keystoneauth sends
      String secret = credentials.get("applicationCredentialSecret").orElse("");
      Map<String, Object> identity =
          Map.of(
              "methods", List.of("application_credential"),
              "application_credential",
                  Map.of("id", applicationCredential.get(), "secret", secret));
      return Map.of("auth", Map.of("identity", identity));
    }
    Map<String, Object> user =
        Map.of(
            "name", credentials.get("username").orElse(""),
            "domain", named(credentials.get("userDomainName")),
            "password", credentials.get("password").orElse(""));
    Map<String, Object> project =
        credentials.get("projectId").isPresent()
            ? Map.of("id", credentials.get("projectId").get())
            : Map.of(
                "name", credentials.get("projectName").orElse(""),
                "domain", named(credentials.get("projectDomainName")));
    Map<String, Object> identity =
        Map.of("methods", List.of("password"), "password", Map.of("user", user));
    return Map.of("auth", Map.of("identity", identity, "scope", Map.of("project", project)));
  }

  private static Map<String, String> named(Optional<String> domain) {
    return Map.of("name", domain.orElse("Default"));
  }

  // The url of the dns service's endpoint of our interface (and region, if chosen).
  private HttpUrl endpoint(String answer) {
    JsonElement catalog = JsonParser.parseString(answer).getAsJsonObject().get("token");
    catalog = catalog == null ? null : catalog.getAsJsonObject().get("catalog");
    for (JsonElement service : catalog == null ? new JsonArray() : catalog.getAsJsonArray()) {
      if (!"dns".equals(text(service.getAsJsonObject(), "type"))) {
        continue;
      }
      for (JsonElement each : service.getAsJsonObject().getAsJsonArray("endpoints")) {
        JsonObject endpoint = each.getAsJsonObject();
        if (interfaceName.equals(text(endpoint, "interface"))
            && (region == null
                || region.equals(text(endpoint, "region"))
                || region.equals(text(endpoint, "region_id")))) {
          return base(text(endpoint, "url"));
        }
      }
    }
    throw new DenominatorException(
        DesignateProvider.NAME
            + ": no dns endpoint (interface "
            + interfaceName
            + (region == null ? "" : ", region " + region)
            + ") in the Keystone catalog");
  }

  /** A catalog URL without a trailing {@code /} or {@code /v2}: paths add {@code v2/...}. */
  static HttpUrl base(String url) {
    String trimmed = url.replaceAll("/+$", "").replaceAll("/v2$", "");
    HttpUrl parsed = HttpUrl.parse(trimmed);
    if (parsed == null) {
      throw new DenominatorException(
          DesignateProvider.NAME + ": dns endpoint in the Keystone catalog is no URL: " + url);
    }
    return parsed;
  }

  private static String text(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }

  @Override
  public String toString() {
    return "DesignateTokens["
        + tokens.newBuilder().username("").password("").build()
        + ", interface "
        + interfaceName
        + "]";
  }
}
