package denominator.clouddns;

import denominator.AuthenticationException;
import denominator.Credentials.MapCredentials;
import denominator.ProviderConfig;
import denominator.kit.AuthHeader;
import denominator.kit.TokenExchange;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Rackspace Identity v2.0 tokens, and the Cloud DNS endpoint their catalog names. A token is issued
 * by {@code POST /v2.0/tokens} for a username and an API key (or a password), read from {@code
 * access.token} (its {@code expires} an absolute time), sent as {@code X-Auth-Token}, and replaced
 * one minute before it expires or once after a 401; there is no refresh token, so renewal sends the
 * credentials again. Each answer's catalog gives the DNS base URL: the first endpoint of the
 * service of type {@code rax:dns} (Cloud DNS is global: its endpoint has no region). No secret
 * reaches a message or {@code toString()}.
 *
 * <p>The provider URL is the identity service's ({@code
 * https://identity.api.rackspacecloud.com/v2.0}; {@code /v2.0} appended when missing).
 */
final class CloudDnsTokens {
  private static final MediaType JSON = MediaType.get("application/json");

  private final ProviderConfig config;
  private final HttpUrl tokens;
  private final TokenExchange exchange;
  private volatile HttpUrl dns;

  CloudDnsTokens(ProviderConfig config) {
    this.config = config;
    HttpUrl url = HttpUrl.get(config.url());
    String path = url.encodedPath().replaceAll("/+$", "");
    this.tokens =
        url.newBuilder()
            .query(null)
            .encodedPath(path.endsWith("/v2.0") ? path : path + "/v2.0")
            .addPathSegment("tokens")
            .build();
    this.exchange =
        TokenExchange.builder(config, CloudDnsErrors.TABLE)
            .request(this::request)
            .reader(
                TokenExchange.fromBody(
                    List.of("access", "token", "id"), List.of("access", "token", "expires")))
            .onIssue(body -> dns = endpoint(body))
            .header("X-Auth-Token", "")
            .networkInterceptor(new CloudDnsThrottling(config.clock()))
            .build();
  }

  /** The header of every Cloud DNS request. */
  AuthHeader auth() {
    return exchange;
  }

  /** The Cloud DNS base URL ({@code .../v1.0/{tenantId}}) from the catalog of a current token. */
  HttpUrl dns() {
    exchange.current();
    return dns;
  }

  private Request request() {
    String body = CloudDnsProvider.GSON.toJson(auth(config.credentials()));
    return new Request.Builder()
        .url(tokens)
        .header("Accept", "application/json")
        .post(RequestBody.create(body, JSON))
        .build();
  }

  /** The {@code auth} body: the API key when given, else the password. */
  static Map<String, Object> auth(MapCredentials credentials) {
    String username = credentials.get("username").orElse("");
    if (credentials.get("apiKey").isPresent()) {
      return Map.of(
          "auth",
          Map.of(
              "RAX-KSKEY:apiKeyCredentials",
              Map.of("username", username, "apiKey", credentials.get("apiKey").get())));
    }
    String password = credentials.get("password").orElse("");
    return Map.of(
        "auth", Map.of("passwordCredentials", Map.of("username", username, "password", password)));
  }

  // The publicURL of the first endpoint of the rax:dns service.
  private static HttpUrl endpoint(String answer) {
    Access access = CloudDnsProvider.GSON.fromJson(answer, Identity.class).access();
    List<Service> catalog = access == null ? null : access.serviceCatalog();
    return (catalog == null ? List.<Service>of() : catalog)
        .stream()
            .filter(service -> "rax:dns".equals(service.type()) && service.endpoints() != null)
            .flatMap(service -> service.endpoints().stream().limit(1))
            .map(
                endpoint ->
                    HttpUrl.parse(String.valueOf(endpoint.publicURL()).replaceAll("/+$", "")))
            .filter(Objects::nonNull)
            .findFirst()
            .orElseThrow(
                () ->
                    new AuthenticationException(
                        CloudDnsProvider.NAME, "no rax:dns endpoint in catalog"));
  }

  /** The token answer, of which only the catalog is read here. */
  record Identity(Access access) {}

  /** The answer's {@code access}. */
  record Access(List<Service> serviceCatalog) {}

  /** A service of the catalog: its {@code type} ({@code rax:dns}) and endpoints. */
  record Service(String type, List<Endpoint> endpoints) {}

  /** An endpoint of a service; Cloud DNS's has no region. */
  record Endpoint(String publicURL) {}

  @Override
  public String toString() {
    return "CloudDnsTokens[" + tokens.newBuilder().username("").password("").build() + "]";
  }
}
