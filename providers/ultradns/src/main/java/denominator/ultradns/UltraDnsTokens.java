package denominator.ultradns;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.ValidationException;
import denominator.http.RetrySafe;
import denominator.kit.AuthHeader;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The bearer token of every request: obtained with the password grant of {@code POST
 * /v1/authorization/token}, renewed with the refresh grant shortly before it expires and once after
 * a 401, and obtained with the password again when the refresh token is refused. Tokens appear in
 * no message, log line or {@code toString()}. Thread-safe.
 */
final class UltraDnsTokens implements AuthHeader {
  /** How long before its expiry a token is renewed. */
  static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

  private static final String OPERATION = "get token";

  private final ProviderConfig config;
  private final OkHttpClient http;
  private final Clock clock;
  private final HttpUrl url;
  private String accessToken; // guarded by this
  private String refreshToken; // guarded by this
  private Instant expiresAt; // guarded by this

  UltraDnsTokens(ProviderConfig config, HttpUrl base) {
    this.config = config;
    this.http = config.httpClient();
    this.clock = config.clock();
    this.url = base.newBuilder().addPathSegments("v1/authorization/token").build();
  }

  @Override
  public synchronized Optional<Value> current() {
    if (accessToken == null) {
      grant(passwordGrant());
    } else if (!clock.instant().isBefore(expiresAt.minus(RENEW_BEFORE))) {
      renew();
    }
    return Optional.of(value());
  }

  /** Renews the token unless another request already replaced the rejected one. */
  @Override
  public synchronized boolean refresh(Value rejected) {
    if (accessToken == null || rejected.equals(value())) {
      renew();
    }
    return true;
  }

  private Value value() {
    return new Value("Authorization", "Bearer " + accessToken);
  }

  // The refresh grant, or the password grant when there is no refresh token or it is refused.
  private void renew() {
    if (refreshToken != null) {
      try {
        grant(
            new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken)
                .build());
        return;
      } catch (AuthenticationException refused) {
        refreshToken = null;
      }
    }
    grant(passwordGrant());
  }

  private FormBody passwordGrant() {
    return new FormBody.Builder()
        .add("grant_type", "password")
        .add("username", credential("username"))
        .add("password", credential("password"))
        .build();
  }

  private void grant(FormBody form) {
    // A grant sent twice costs a token, nothing more: retried like a read after 5xx or a lost
    // answer.
    Request request =
        new Request.Builder().url(url).post(form).tag(RetrySafe.class, RetrySafe.INSTANCE).build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      int status = response.code();
      if (status == 400 || status == 401) {
        throw UltraDnsErrors.TABLE.exception(OPERATION, "", 401, body, null);
      }
      if (!response.isSuccessful()) {
        throw UltraDnsErrors.TABLE.exception(OPERATION, "", status, body, null);
      }
      read(body);
    } catch (IOException e) {
      throw new DenominatorException(UltraDnsProvider.NAME + ": " + OPERATION + ": " + e, e);
    }
  }

  // {"accessToken": "...", "refreshToken": "...", "expiresIn": "3600"}: seconds as text or number.
  private void read(String body) {
    try {
      JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
      JsonElement access = answer.get("accessToken");
      JsonElement refresh = answer.get("refreshToken");
      JsonElement expiresIn = answer.get("expiresIn");
      if (access == null || !access.isJsonPrimitive()) {
        throw new DenominatorException(
            UltraDnsProvider.NAME + ": " + OPERATION + ": answer without accessToken");
      }
      long seconds = expiresIn == null ? 3600 : Long.parseLong(expiresIn.getAsString());
      accessToken = access.getAsString();
      refreshToken = refresh == null || refresh.isJsonNull() ? null : refresh.getAsString();
      expiresAt = clock.instant().plusSeconds(seconds);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new DenominatorException(
          UltraDnsProvider.NAME
              + ": "
              + OPERATION
              + ": unreadable answer ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
  }

  private String credential(String parameter) {
    return config
        .credentials()
        .get(parameter)
        .orElseThrow(
            () ->
                new ValidationException(
                    "missing credential", parameter, "credentials with username and password"));
  }

  @Override
  public String toString() {
    return "UltraDnsTokens[" + url + "]";
  }
}
