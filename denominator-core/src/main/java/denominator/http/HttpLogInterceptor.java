package denominator.http;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.GzipSource;

/**
 * Logs each exchange on the wire, one line at a time, with every secret redacted: request line,
 * headers, status, duration and, when asked, JSON bodies.
 *
 * <p>It is a <em>network</em> interceptor on purpose. It then sees the headers actually sent
 * (including any that OkHttp or an {@code Authenticator} added, which must be redacted too) and
 * logs every retry as its own exchange. The price is that response bodies arrive still
 * gzip-compressed, so it inflates a copy to log.
 *
 * <p>Secret header values and secret JSON fields are replaced by {@value SecretNames#REDACTED}, as
 * are secret query parameters. Bodies that are not a JSON object or array are logged only as their
 * size. Thread-safe when its sink is.
 */
final class HttpLogInterceptor implements Interceptor {
  /** Bodies larger than this are logged only as their size. */
  static final long MAX_LOGGED_BODY = 256 * 1024;

  private final SecretNames headers;
  private final SecretNames fields;
  private final JsonRedactor json;
  private final boolean logBodies;
  private final Consumer<String> sink;
  private final BooleanSupplier enabled;

  HttpLogInterceptor(HttpSettings settings, Consumer<String> sink, BooleanSupplier enabled) {
    this.headers = new SecretNames(SecretNames.HEADERS, settings.secretHeaders());
    this.fields = new SecretNames(SecretNames.FIELDS, settings.secretJsonFields());
    this.json = new JsonRedactor(fields);
    this.logBodies = settings.logBodies();
    this.sink = sink;
    this.enabled = enabled;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!enabled.getAsBoolean()) {
      return chain.proceed(request);
    }
    String url = redact(request.url());
    String protocol = chain.connection() != null ? " " + chain.connection().protocol() : "";
    sink.accept("--> " + request.method() + " " + url + protocol);
    logHeaders(request.headers());
    if (logBodies && request.body() != null) {
      logRequestBody(request.body());
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      sink.accept(
          "<-- FAILED " + e.getClass().getSimpleName() + " " + url + " (" + millis(start) + " ms)");
      throw e;
    }
    sink.accept(
        "<-- "
            + response.code()
            + statusMessage(response)
            + " "
            + url
            + " ("
            + millis(start)
            + " ms)");
    logHeaders(response.headers());
    if (logBodies && response.body() != null) {
      logResponseBody(response);
    }
    return response;
  }

  private void logHeaders(Headers all) {
    for (int i = 0; i < all.size(); i++) {
      String name = all.name(i);
      sink.accept(name + ": " + (headers.contains(name) ? SecretNames.REDACTED : all.value(i)));
    }
  }

  private void logRequestBody(RequestBody body) throws IOException {
    if (body.isOneShot() || body.isDuplex()) {
      sink.accept("<unlogged one-shot body>");
      return;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    logBody(buffer, body.contentType());
  }

  private void logResponseBody(Response response) throws IOException {
    Buffer buffer = new Buffer().write(response.peekBody(MAX_LOGGED_BODY).bytes());
    if ("gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
      try (GzipSource gzip = new GzipSource(buffer)) {
        Buffer inflated = new Buffer();
        inflated.writeAll(gzip);
        buffer = inflated;
      } catch (IOException truncatedOrCorrupt) {
        sink.accept("<" + buffer.size() + " bytes gzip body>");
        return;
      }
    }
    logBody(buffer, response.body().contentType());
  }

  private void logBody(Buffer buffer, MediaType type) {
    long size = buffer.size();
    if (size > 0 && size <= MAX_LOGGED_BODY && isJson(type)) {
      var redacted = json.redact(buffer.readString(charset(type)));
      if (redacted.isPresent()) {
        sink.accept(redacted.get());
        return;
      }
    }
    sink.accept("<" + size + " bytes body>");
  }

  /** Builds the text by hand: HttpUrl would percent-encode the redaction marker. */
  private String redact(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.toString();
    }
    StringJoiner query = new StringJoiner("&", "?", "");
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = fields.contains(name) ? SecretNames.REDACTED : url.queryParameterValue(i);
      query.add(value == null ? name : name + "=" + value);
    }
    return url.newBuilder().query(null).build() + query.toString();
  }

  private static boolean isJson(MediaType type) {
    return type == null || type.subtype().contains("json");
  }

  private static Charset charset(MediaType type) {
    return type != null ? type.charset(StandardCharsets.UTF_8) : StandardCharsets.UTF_8;
  }

  private static String statusMessage(Response response) {
    return response.message().isEmpty() ? "" : " " + response.message();
  }

  private static long millis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
