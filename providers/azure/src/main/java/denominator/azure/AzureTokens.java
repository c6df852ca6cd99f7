package denominator.azure;

import denominator.Credentials.MapCredentials;
import denominator.ProviderConfig;
import denominator.kit.AuthHeader;
import denominator.kit.TokenExchange;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Entra ID client-credentials tokens for Azure Resource Manager: {@code POST
 * {authority}/{tenantId}/oauth2/v2.0/token} with the application's id and secret, for the scope
 * {@value #SCOPE} whatever URL the provider talks to. The token is sent as {@code Authorization:
 * Bearer}, and replaced a minute before its {@code expires_in} runs out or once after a 401; this
 * flow has no refresh token, so renewal sends the credentials again. Credentials are read anew for
 * every token, so a rotated secret is picked up; none reaches a message or {@code toString()}.
 */
final class AzureTokens {
  /** Where tokens come from unless the credentials name another {@code authority}. */
  static final String AUTHORITY = "https://login.microsoftonline.com";

  /** The resource the token is for: Resource Manager, also when a simulator stands in for it. */
  static final String SCOPE = "https://management.azure.com/.default";

  private final ProviderConfig config;
  private final TokenExchange exchange;

  AzureTokens(ProviderConfig config) {
    this.config = config;
    this.exchange =
        TokenExchange.builder(config, AzureErrors.TABLE)
            .request(this::request)
            .reader(TokenExchange.oauth2())
            .build();
  }

  /** The {@code Authorization} header of every Resource Manager request. */
  AuthHeader auth() {
    return exchange;
  }

  private Request request() {
    MapCredentials credentials = config.credentials();
    String authority = credentials.get("authority").orElse(AUTHORITY);
    HttpUrl url =
        HttpUrl.get(authority.replaceAll("/+$", "") + "/")
            .newBuilder()
            .addPathSegment(credentials.get("tenantId").orElse(""))
            .addPathSegments("oauth2/v2.0/token")
            .build();
    FormBody form =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", credentials.get("clientId").orElse(""))
            .add("client_secret", credentials.get("clientSecret").orElse(""))
            .add("scope", SCOPE)
            .build();
    return new Request.Builder().url(url).header("Accept", "application/json").post(form).build();
  }

  @Override
  public String toString() {
    return "AzureTokens";
  }
}
