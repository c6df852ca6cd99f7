package denominator.kit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.http.RetrySafe;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An {@link AuthHeader} whose value is a token obtained by sending the credentials to a token URL
 * (OAuth 2 client credentials at Azure and Google, Keystone at Designate and Rackspace). The token
 * is kept until shortly before it expires, then fetched again; after a 401 it is fetched again
 * once.
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
  private final TokenReader reader;
  private final String header;
  private final String prefix;
  private final Duration refreshBefore;
  private Token token; // guarded by this

  private TokenExchange(Builder builder) {
    this.http = builder.config.httpClient();
    this.errors = builder.errors;
    this.clock = builder.config.clock();
    this.request = Objects.requireNonNull(builder.request, "request");
    this.reader = builder.reader;
    this.header = builder.header;
    this.prefix = builder.prefix;
    this.refreshBefore = builder.refreshBefore;
  }

  /** A token exchange over {@code config}'s HTTP client and clock, its failures through errors. */
  public static Builder builder(ProviderConfig config, ErrorTable errors) {
    return new Builder(config, errors);
  }

  @Override
  public synchronized Optional<Value> current() {
    if (token == null || !clock.instant().isBefore(token.expiresAt().minus(refreshBefore))) {
      token = fetch();
    }
    return Optional.of(new Value(header, prefix + token.value()));
  }

  /** Fetches a new token unless another request already replaced the rejected one. */
  @Override
  public synchronized boolean refresh(Value rejected) {
    if (token == null || rejected.value().equals(prefix + token.value())) {
      token = fetch();
    }
    return true;
  }

  private Token fetch() {
    // A grant sent twice costs a token, nothing more: retried like a read after 5xx or a lost
    // answer.
    Request grant = request.get().newBuilder().tag(RetrySafe.class, RetrySafe.INSTANCE).build();
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
    try {
      return reader.read(headers, body, clock.instant());
    } catch (DenominatorException e) {
      throw new DenominatorException(errors.provider() + ": get token: " + e.getMessage(), e);
    }
  }

  private VendorError error(int status, String body) {
    String message = ErrorTable.jsonField("error_description").apply(body).orElse("");
    String code = ErrorTable.jsonField("error").apply(body).orElse(null);
    return new VendorError(errors.provider(), "get token", "", status, code, message, null);
  }

  /**
   * A token and when it expires.
   *
   * @param value the token, sent after the header's prefix
   * @param expiresAt when the provider stops accepting it
   */
  public record Token(String value, Instant expiresAt) {
    public Token {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(expiresAt, "expiresAt");
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
   * The OAuth 2 answer: {@code {"access_token": "...", "expires_in": 3599}}; {@code expires_in} as
   * a number or a string, and one hour when absent.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749 §5.1</a>
   */
  public static TokenReader oauth2() {
    return (headers, body, now) -> {
      try {
        JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
        JsonElement token = answer.get("access_token");
        JsonElement expiresIn = answer.get("expires_in");
        if (token == null || !token.isJsonPrimitive()) {
          throw new DenominatorException("token answer without access_token");
        }
        long seconds = expiresIn == null ? 3600 : Long.parseLong(expiresIn.getAsString());
        return new Token(token.getAsString(), now.plusSeconds(seconds));
      } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
        throw new DenominatorException(
            "unreadable token answer (" + e.getClass().getSimpleName() + ")", e);
      }
    };
  }

  /** Builds a token exchange; only the request is required. */
  public static final class Builder {
    private final ProviderConfig config;
    private final ErrorTable errors;
    private Supplier<Request> request;
    private TokenReader reader = oauth2();
    private String header = "Authorization";
    private String prefix = "Bearer ";
    private Duration refreshBefore = Duration.ofMinutes(1);

    private Builder(ProviderConfig config, ErrorTable errors) {
      this.config = Objects.requireNonNull(config, "config");
      this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** The token request, built anew from the credentials for every fetch. */
    public Builder request(Supplier<Request> request) {
      this.request = request;
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

    public TokenExchange build() {
      return new TokenExchange(this);
    }
  }
}
