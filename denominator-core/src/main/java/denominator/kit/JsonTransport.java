package denominator.kit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.UnknownOutcomeException;
import denominator.http.RetryAfter;
import denominator.http.RetrySafe;
import denominator.http.SendOnce;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A vendor's JSON API over the manager's shared HTTP client: Gson bodies both ways, an {@link
 * AuthHeader} on every request (sent again once with a new credential after a 401 if the header can
 * refresh), and every error answer through the vendor's {@link ErrorTable}, its {@code Retry-After}
 * parsed.
 *
 * <p>When no usable answer comes back (an I/O failure after the HTTP layer's retries, or a success
 * whose body is not the JSON expected), a write ({@code POST}, {@code PUT}, {@code PATCH}, {@code
 * DELETE}) may have been applied: {@link UnknownOutcomeException}. A read ({@code GET}) changed
 * nothing: a plain {@link DenominatorException}. Messages name provider, operation and subject,
 * never a header.
 *
 * <pre>{@code
 * JsonTransport json =
 *     JsonTransport.builder(config, PowerDnsErrors.TABLE)
 *         .auth(AuthHeader.credential(config, "X-API-Key", "apiKey"))
 *         .build();
 * ZoneJson zone = json.get("read zone", id, url, ZoneJson.class);
 * List<ZoneJson> zones = json.get("list zones", "", url, new TypeToken<List<ZoneJson>>() {}.getType());
 * json.retrySafe().patch("patch rrsets", id, url, new Patch(rrsets), Void.class);
 * }</pre>
 */
public final class JsonTransport {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final ErrorTable errors;
  private final AuthHeader auth;
  private final Gson gson;
  private final Clock clock;
  private final RateLimitPacer pacer; // null when requests are not paced
  private final boolean retrySafe;
  private final boolean sendOnce;
  private final Headers headers; // sent on every request of this transport
  private final String requestIdHeader; // null when the vendor names no request id

  private JsonTransport(
      OkHttpClient http,
      ErrorTable errors,
      AuthHeader auth,
      Gson gson,
      Clock clock,
      RateLimitPacer pacer,
      boolean retrySafe,
      boolean sendOnce,
      Headers headers,
      String requestIdHeader) {
    this.http = http;
    this.errors = errors;
    this.auth = auth;
    this.gson = gson;
    this.clock = clock;
    this.pacer = pacer;
    this.retrySafe = retrySafe;
    this.sendOnce = sendOnce;
    this.headers = headers;
    this.requestIdHeader = requestIdHeader;
  }

  /**
   * A transport over {@code config}'s HTTP client and clock, its errors mapped by {@code errors}.
   */
  public static Builder builder(ProviderConfig config, ErrorTable errors) {
    return new Builder(config, errors);
  }

  /**
   * This transport, its writes tagged {@link RetrySafe} so the HTTP layer may send them again after
   * a lost answer: only for writes that have the same effect however often applied.
   */
  public JsonTransport retrySafe() {
    return new JsonTransport(
        http, errors, auth, gson, clock, pacer, true, false, headers, requestIdHeader);
  }

  /**
   * This transport, its requests tagged {@link SendOnce} so the HTTP layer never sends them again,
   * whatever their method: for a vendor whose {@code PUT} refuses what exists (NS1). A lost answer
   * is then an {@link UnknownOutcomeException}, for the change engine to settle by reading.
   */
  public JsonTransport sendOnce() {
    return new JsonTransport(
        http, errors, auth, gson, clock, pacer, false, true, headers, requestIdHeader);
  }

  /**
   * This transport, sending {@code name: value} on every request besides its own headers: for a
   * precondition such as {@code If-Match: <etag>} (Azure DNS). Never for a credential, which goes
   * through the {@link AuthHeader}.
   */
  public JsonTransport withHeader(String name, String value) {
    Headers more = headers.newBuilder().set(name, value).build();
    return new JsonTransport(
        http, errors, auth, gson, clock, pacer, retrySafe, sendOnce, more, requestIdHeader);
  }

  /**
   * {@code GET url}: the answer as {@code type} (a class, or a {@code TypeToken}'s type).
   *
   * @param operation what the request does, e.g. {@code "read zone"}, for messages and the table
   * @param subject the zone id or name it is about, or {@code ""}
   */
  public <T> T get(String operation, String subject, HttpUrl url, Type type) {
    return this.<T>send("GET", operation, subject, url, null, type).body();
  }

  /**
   * {@code POST url} with {@code body} as JSON; {@code type} {@code Void.class} ignores the answer.
   */
  public <T> T post(String operation, String subject, HttpUrl url, Object body, Type type) {
    return this.<T>send("POST", operation, subject, url, body, type).body();
  }

  /** {@code PUT url} with {@code body} as JSON. */
  public <T> T put(String operation, String subject, HttpUrl url, Object body, Type type) {
    return this.<T>send("PUT", operation, subject, url, body, type).body();
  }

  /** {@code PATCH url} with {@code body} as JSON. */
  public <T> T patch(String operation, String subject, HttpUrl url, Object body, Type type) {
    return this.<T>send("PATCH", operation, subject, url, body, type).body();
  }

  /** {@code DELETE url}, without a body. */
  public <T> T delete(String operation, String subject, HttpUrl url, Type type) {
    return this.<T>send("DELETE", operation, subject, url, null, type).body();
  }

  /**
   * Any method, the answer with its headers (for {@link LinkHeader} paging).
   *
   * @param body sent as JSON, or {@code null} for none
   */
  public <T> Reply<T> send(
      String method, String operation, String subject, HttpUrl url, Object body, Type type) {
    Request.Builder request =
        new Request.Builder().url(url).headers(headers).header("Accept", "application/json");
    request.method(
        method, body == null ? bodyless(method) : RequestBody.create(gson.toJson(body), JSON));
    if (retrySafe) {
      request.tag(RetrySafe.class, RetrySafe.INSTANCE);
    }
    if (sendOnce) {
      request.tag(SendOnce.class, SendOnce.INSTANCE);
    }
    boolean write = !method.equals("GET") && !method.equals("HEAD");
    try (Response response = authenticated(request)) {
      String text = response.body().string();
      if (!response.isSuccessful()) {
        throw errors.exception(
            operation,
            subject,
            response.code(),
            text,
            retryAfter(response).orElse(null),
            requestIdHeader == null ? null : response.header(requestIdHeader));
      }
      return new Reply<>(parse(text, type, write, operation, subject), response.headers());
    } catch (IOException e) {
      throw noAnswer(write, operation, subject, e.toString(), e);
    }
  }

  // The server's Retry-After; for a 429 without one, the time the pacer's bucket takes to refill
  // one request, which the rate-limit headers of that 429 told it.
  private Optional<Duration> retryAfter(Response response) {
    Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
    if (retryAfter.isPresent() || response.code() != 429 || pacer == null) {
      return retryAfter;
    }
    return pacer.refill(response.request().method(), response.request().url());
  }

  // Sends with the current header; once more with a new one if the server refused it and it
  // could be refreshed. A 401 means the request was not acted on, so sending it again is safe.
  private Response authenticated(Request.Builder request) throws IOException {
    Optional<AuthHeader.Value> header = auth.current();
    Response response = execute(request, header);
    if (response.code() == 401 && header.isPresent() && auth.refresh(header.get())) {
      response.close();
      response = execute(request, auth.current());
    }
    return response;
  }

  private Response execute(Request.Builder request, Optional<AuthHeader.Value> header)
      throws IOException {
    header.ifPresent(h -> request.header(h.name(), h.value()));
    auth.beside().forEach(h -> request.header(h.name(), h.value()));
    return http.newCall(request.build()).execute();
  }

  private <T> T parse(String text, Type type, boolean write, String operation, String subject) {
    if (type == Void.class || type == void.class) {
      return null;
    }
    try {
      T value = gson.fromJson(text, type);
      if (value != null) {
        return value;
      }
    } catch (JsonParseException e) {
      throw noAnswer(write, operation, subject, "unreadable answer (" + e.getMessage() + ")", e);
    }
    throw noAnswer(write, operation, subject, "empty answer", null);
  }

  private DenominatorException noAnswer(
      boolean write, String operation, String subject, String why, Exception cause) {
    String message =
        errors.provider()
            + ": "
            + (subject.isEmpty() ? operation : operation + " " + subject)
            + ": "
            + why;
    return write
        ? new UnknownOutcomeException(message, cause)
        : new DenominatorException(message, cause);
  }

  // OkHttp requires a body for POST, PUT and PATCH.
  private static RequestBody bodyless(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
        ? RequestBody.create(new byte[0], JSON)
        : null;
  }

  /**
   * A successful answer: its body as the type asked for ({@code null} for {@code Void}) and its
   * headers.
   */
  public record Reply<T>(T body, Headers headers) {}

  /** Builds a transport; without {@link #auth} requests carry no authentication. */
  public static final class Builder {
    private final ProviderConfig config;
    private final ErrorTable errors;
    private AuthHeader auth = AuthHeader.none();
    private Gson gson = new GsonBuilder().disableHtmlEscaping().create();
    private RateLimitPacer pacer;
    private final List<Interceptor> networkInterceptors = new ArrayList<>();
    private String requestId;

    private Builder(ProviderConfig config, ErrorTable errors) {
      this.config = Objects.requireNonNull(config, "config");
      this.errors = Objects.requireNonNull(errors, "errors");
    }

    public Builder auth(AuthHeader auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /** The Gson that maps bodies; by default one that does not escape HTML. */
    public Builder gson(Gson gson) {
      this.gson = Objects.requireNonNull(gson, "gson");
      return this;
    }

    /**
     * Paces requests by the vendor's rate-limit headers; by default requests are not paced. Every
     * attempt is paced, the HTTP layer's retries included, so that a 429 answer's headers make its
     * retry wait for the bucket to refill even when the vendor sends no {@code Retry-After}; when
     * the retries run out, that refill time is the {@link denominator.ThrottledException}'s.
     */
    public Builder pacer(RateLimitPacer pacer) {
      this.pacer = Objects.requireNonNull(pacer, "pacer");
      return this;
    }

    /**
     * Adds a network interceptor, which sees each answer before the HTTP layer's retries do: for a
     * vendor whose throttling answer is not a 429 (Rackspace's 413 with {@code Reply-After}),
     * turned into one so that it is retried like any other.
     */
    public Builder networkInterceptor(Interceptor interceptor) {
      networkInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * The header in which the vendor names each request ({@code x-ms-request-id} at Azure), quoted
     * in error messages so that the vendor's support can find the request; none by default.
     */
    public Builder requestIdHeader(String name) {
      this.requestId = Objects.requireNonNull(name, "name");
      return this;
    }

    public JsonTransport build() {
      OkHttpClient http = config.httpClient();
      if (pacer != null || !networkInterceptors.isEmpty()) {
        OkHttpClient.Builder builder = http.newBuilder();
        if (pacer != null) { // innermost: inside the retries, which share the client's pool
          builder.addInterceptor(pacer.interceptor());
        }
        networkInterceptors.forEach(builder::addNetworkInterceptor);
        http = builder.build();
      }
      return new JsonTransport(
          http, errors, auth, gson, config.clock(), pacer, false, false, Headers.of(), requestId);
    }
  }
}
