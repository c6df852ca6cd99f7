package denominator.ultradns;

import denominator.ProviderConfig;
import denominator.ValidationException;
import denominator.kit.AuthHeader;
import denominator.kit.TokenExchange;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The bearer token of every request: the kit's {@link TokenExchange} with {@code POST
 * /v1/authorization/token}: the password grant, renewed with the refresh grant shortly before it
 * expires and once after a 401, and the password grant again when the refresh token is refused.
 * Tokens appear in no message, log line or {@code toString()}.
 */
final class UltraDnsTokens {
  private UltraDnsTokens() {}

  static AuthHeader of(ProviderConfig config, HttpUrl base) {
    HttpUrl url = base.newBuilder().addPathSegments("v1/authorization/token").build();
    return TokenExchange.builder(config, UltraDnsErrors.TABLE)
        .request(
            () ->
                grant(
                    url,
                    new FormBody.Builder()
                        .add("grant_type", "password")
                        .add("username", credential(config, "username"))
                        .add("password", credential(config, "password"))))
        .refresh(
            refreshToken ->
                grant(
                    url,
                    new FormBody.Builder()
                        .add("grant_type", "refresh_token")
                        .add("refresh_token", refreshToken)))
        .reader(TokenExchange.json("accessToken", "expiresIn", "refreshToken"))
        .build();
  }

  private static Request grant(HttpUrl url, FormBody.Builder form) {
    return new Request.Builder().url(url).post(form.build()).build();
  }

  private static String credential(ProviderConfig config, String parameter) {
    return config
        .credentials()
        .get(parameter)
        .orElseThrow(
            () ->
                new ValidationException(
                    "missing credential", parameter, "credentials with username and password"));
  }
}
