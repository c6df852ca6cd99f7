package denominator.kit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import denominator.AuthenticationException;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.http.RetrySafe;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An {@link AuthHeader} whose value is a token obtained by sending the credentials to a token URL
 * (OAuth 2 client credentials at Azure and Google, Keystone at Designate and Rackspace, a password
 * grant at UltraDNS). The token is kept until shortly before it expires, then fetched again; after
 * a 401 it is fetched again once. Where the vendor gives a refresh token and the exchange has a
 * {@link Builder#refresh refresh request}, a token is renewed with it, and with the credentials
 * again when the refresh token is refused.
 *
 * <p>The token endpoint's 4xx answers other than 429 are {@link
 * denominator.AuthenticationException} (OAuth 2 refuses bad credentials with 400); others go
 * through the vendor's {@link ErrorTable}. Thread-safe: concurrent requests share one fetch.
 *
 * <pre>{@code
 * AuthHeader auth =
 *     TokenExchange.builder(config, ERRORS)
 *         .request(() -> new Request.Builder().url(tokenUrl).post(form(config.credentials())).build())
 *         .build(); // reads {"access_token": "...", "expires_in": 3599}; sends "Bearer <token>"
 * }</pre>
 */
public final class TokenExchange implements AuthHeader {
  private final OkHttpClient http;
  private final ErrorTable errors;
  private final Clock clock;
  private final Supplier<Request> request;
  private final Function<String, Request> refreshRequest;
  private final TokenReader reader;
  private final String header;
  private final String prefix;
  private final Duration refreshBefore;
  private final Consumer<String> onIssue;
  private Token token; // guarded by this

  private TokenExchange(Builder builder) {
    OkHttpClient http = builder.config.httpClient();
    if (!builder.networkInterceptors.isEmpty()) {
      OkHttpClient.Builder withInterceptors = http.newBuilder();
      builder.networkInterceptors.forEach(withInterceptors::addNetworkInterceptor);
      http = withInterceptors.build();
    }
    this.http = http;
    this.errors = builder.errors;
    this.clock = builder.config.clock();
    this.request = Objects.requireNonNull(builder.request, "request");
    this.refreshRequest = builder.refreshRequest;
    this.reader = builder.reader;
    this.header = builder.header;
    this.prefix = builder.prefix;
    this.refreshBefore = builder.refreshBefore;
    this.onIssue = builder.onIssue;
  }

  /** A token exchange over {@code config}'s HTTP client and clock, its failures through errors. */
  public static Builder builder(ProviderConfig config, ErrorTable errors) {
    return new Builder(config, errors);
  }

  @Override
  public synchronized Optional<Value> current() {
    if (token == null) {
      token = fetch(request.get());
    } else if (!clock.instant().isBefore(token.expiresAt().minus(refreshBefore))) {
      token = renew();
    }
    return Optional.of(new Value(header, prefix + token.value()));
  }

  /** Renews the token unless another request already replaced the rejected one. */
  @Override
  public synchronized boolean refresh(Value rejected) {
    if (token == null || rejected.value().equals(prefix + token.value())) {
      token = renew();
    }
    return true;
  }

  @Override
  public String toString() {
    return "TokenExchange[" + header + "]";
  }

  // With the refresh token where there is one, else (or when it is refused) with the credentials.
  private Token renew() {
    if (token != null && token.refreshToken().isPresent() && refreshRequest != null) {
      try {
        return fetch(refreshRequest.apply(token.refreshToken().get()));
      } catch (AuthenticationException refused) {
        // the refresh token expired or was revoked: the credentials still work
      }
    }
    return fetch(request.get());
  }

  private Token fetch(Request request) {
    // A grant sent twice costs a token, nothing more: retried like a read after 5xx or a lost
    // answer.
    Request grant = request.newBuilder().tag(RetrySafe.class, RetrySafe.INSTANCE).build();
    try (Response response = http.newCall(grant).execute()) {
      String body = response.body().string();
      int status = response.code();
      if (status >= 400 && status < 500 && status != 429) {
        throw error(status, body).authentication();
      }
      if (!response.isSuccessful()) {
        throw errors.exception("get token", "", status, body, null);
      }
      return read(response.headers(), body);
    } catch (IOException e) {
      throw new DenominatorException(errors.provider() + ": get token: " + e, e);
    }
  }

  private Token read(Headers headers, String body) {
    Token read;
    try {
      read = reader.read(headers, body, clock.instant());
    } catch (DenominatorException e) {
      throw new DenominatorException(errors.provider() + ": get token: " + e.getMessage(), e);
    }
    onIssue.accept(body); // its own message: what it found missing is not the token's fault
    return read;
  }

  private VendorError error(int status, String body) {
    String message = // OAuth 2's field, else Keystone's and ARM's {"error": {"message": ...}}
        ErrorTable.jsonField("error_description")
            .apply(body)
            .or(() -> ErrorTable.jsonField("error", "message").apply(body))
            .orElse("");
    String code = ErrorTable.jsonField("error").apply(body).orElse(null);
    return new VendorError(errors.provider(), "get token", "", status, code, message, null);
  }

  /**
   * A token and when it expires.
   *
   * @param value the token, sent after the header's prefix
   * @param expiresAt when the provider stops accepting it
   * @param refreshToken what renews it, where the vendor gives one
   */
  public record Token(String value, Instant expiresAt, Optional<String> refreshToken) {
    public Token {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(expiresAt, "expiresAt");
      Objects.requireNonNull(refreshToken, "refreshToken");
    }

    /** A token without a refresh token. */
    public Token(String value, Instant expiresAt) {
      this(value, expiresAt, Optional.empty());
    }

    @Override
    public String toString() {
      return "Token[\u2588\u2588, expiresAt=" + expiresAt + "]";
    }
  }

  /** Reads the token from a successful answer of the token endpoint. */
  @FunctionalInterface
  public interface TokenReader {
    /**
     * @param now when the answer came, for relative lifetimes such as {@code expires_in}
     * @throws DenominatorException when the answer holds no token
     */
    Token read(Headers headers, String body, Instant now);
  }

  /**
   * The OAuth 2 answer: {@code {"access_token": "...", "expires_in": 3599, "refresh_token":
   * "..."}}; {@code expires_in} as a number or a string, and one hour when absent; the refresh
   * token optional.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
   */
  public static TokenReader oauth2() {
    return json("access_token", "expires_in", "refresh_token");
  }

  /**
   * A JSON answer with the token, its lifetime in seconds (a number or a string; one hour when
   * absent) and an optional refresh token in these fields (UltraDNS: {@code accessToken}, {@code
   * expiresIn}, {@code refreshToken}).
   */
  public static TokenReader json(String tokenField, String expiresInField, String refreshField) {
    return (headers, body, now) -> {
      try {
        JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
        JsonElement token = answer.get(tokenField);
        JsonElement expiresIn = answer.get(expiresInField);
        JsonElement refresh = answer.get(refreshField);
        if (token == null || !token.isJsonPrimitive()) {
          throw new DenominatorException("token answer without " + tokenField);
        }
        long seconds = expiresIn == null ? 3600 : Long.parseLong(expiresIn.getAsString());
        return new Token(
            token.getAsString(),
            now.plusSeconds(seconds),
            refresh == null || !refresh.isJsonPrimitive()
                ? Optional.empty()
                : Optional.of(refresh.getAsString()));
      } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
        throw new DenominatorException(
            "unreadable token answer (" + e.getClass().getSimpleName() + ")", e);
      }
    };
  }

  /**
   * A token in a header of the answer, its expiry an absolute time in the JSON body: Keystone v3
   * sends {@code X-Subject-Token} and {@code {"token": {"expires_at":
   * "2026-12-03T23:19:00.000000Z"}}}, read with {@code fromHeader("X-Subject-Token", "token",
   * "expires_at")}.
   *
   * @param expiresAtPath the path of the expiry in the body, read by {@link #instant}
   */
  public static TokenReader fromHeader(String header, String... expiresAtPath) {
    return (headers, body, now) -> {
      String token = headers.get(header);
      if (token == null || token.isBlank()) {
        throw new DenominatorException("token answer without header " + header);
      }
      return new Token(token, expiresAt(body, expiresAtPath));
    };
  }

  /**
   * A token and its absolute expiry, both in the JSON body: Rackspace's identity sends {@code
   * {"access": {"token": {"id": "...", "expires": "2026-12-04T22:19:00.000Z"}}}}, read with {@code
   * fromBody(List.of("access", "token", "id"), List.of("access", "token", "expires"))}.
   */
  public static TokenReader fromBody(List<String> tokenPath, List<String> expiresAtPath) {
    return (headers, body, now) -> {
      String token =
          ErrorTable.jsonField(tokenPath.toArray(String[]::new))
              .apply(body)
              .orElseThrow(
                  () ->
                      new DenominatorException(
                          "token answer without " + String.join(".", tokenPath)));
      return new Token(token, expiresAt(body, expiresAtPath.toArray(String[]::new)));
    };
  }

  private static Instant expiresAt(String body, String... path) {
    String text =
        ErrorTable.jsonField(path)
            .apply(body)
            .orElseThrow(
                () -> new DenominatorException("token answer without " + String.join(".", path)));
    return instant(text);
  }

  /**
   * An absolute expiry as vendors write it: ISO-8601 with an offset or {@code Z} ({@code
   * 2026-12-03T23:19:00.000000Z}), without one, taken as UTC ({@code 2026-12-03T23:19:00}), or
   * seconds since the epoch ({@code 1764803940}, Azure's {@code expires_on}).
   *
   * @throws DenominatorException naming the text when it is none of these
   */
  public static Instant instant(String text) {
    String trimmed = text.strip();
    try {
      if (trimmed.matches("\\d+")) {
        return Instant.ofEpochSecond(Long.parseLong(trimmed));
      }
      if (trimmed.endsWith("Z") || trimmed.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(trimmed).toInstant();
      }
      return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new DenominatorException(
          "unreadable token expiry: "
              + trimmed
              + " (expected ISO-8601 such as 2026-12-03T23:19:00Z, or epoch seconds)",
          e);
    }
  }

  /** Builds a token exchange; only the request is required. */
  public static final class Builder {
    private final ProviderConfig config;
    private final ErrorTable errors;
    private Supplier<Request> request;
    private Function<String, Request> refreshRequest;
    private TokenReader reader = oauth2();
    private String header = "Authorization";
    private String prefix = "Bearer ";
    private Duration refreshBefore = Duration.ofMinutes(1);
    private Consumer<String> onIssue = body -> {};
    private final List<Interceptor> networkInterceptors = new ArrayList<>();

    private Builder(ProviderConfig config, ErrorTable errors) {
      this.config = Objects.requireNonNull(config, "config");
      this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** The token request, built anew from the credentials for every fetch. */
    public Builder request(Supplier<Request> request) {
      this.request = request;
      return this;
    }

    /**
     * The request that renews a token with its refresh token (OAuth 2's {@code refresh_token}
     * grant); without it, a token is renewed with the credentials.
     */
    public Builder refresh(Function<String, Request> refreshRequest) {
      this.refreshRequest = Objects.requireNonNull(refreshRequest, "refreshRequest");
      return this;
    }

    /** How to read the token; {@link #oauth2()} unless set. */
    public Builder reader(TokenReader reader) {
      this.reader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /** The header that carries the token and what precedes it: {@code Authorization, "Bearer "}. */
    public Builder header(String name, String prefix) {
      this.header = Objects.requireNonNull(name, "name");
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /** How long before its expiry a token is replaced; one minute unless set. */
    public Builder refreshBefore(Duration margin) {
      this.refreshBefore = Objects.requireNonNull(margin, "margin");
      return this;
    }

    /**
     * Hands the body of every answer a token was read from to {@code answer} before the token is
     * used: for what the identity service sends with it (Keystone's and Rackspace's service
     * catalog, where the provider finds its endpoint). When {@code answer} throws, the token is not
     * kept and the request that needed it fails with that exception.
     */
    public Builder onIssue(Consumer<String> answer) {
      this.onIssue = Objects.requireNonNull(answer, "answer");
      return this;
    }

    /**
     * Adds a network interceptor to the token requests, as {@link
     * JsonTransport.Builder#networkInterceptor} does to the API's: the identity service throttles
     * the way its API does (Rackspace's 413 with {@code Reply-After}).
     */
    public Builder networkInterceptor(Interceptor interceptor) {
      networkInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    public TokenExchange build() {
      return new TokenExchange(this);
    }
  }
}
