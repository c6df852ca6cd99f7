package denominator.tck.faults;

import denominator.tck.LoopbackServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.ByteString;

/**
 * An HTTP proxy on loopback in front of a provider's API (a real server or a simulator) that
 * forwards each request unchanged and injects one {@link Fault}. It counts the requests it received
 * and the ones it forwarded, and which methods met the fault, so a test can tell that a write was
 * hit and that retries stopped.
 */
public final class FaultProxy extends Dispatcher implements FaultInjector {
  private static final byte[] GARBAGE = "<html><body>bad gateway".getBytes();

  private final MockWebServer server = LoopbackServers.server();
  private final HttpUrl upstream;
  private final OkHttpClient client =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).followRedirects(false).build();
  private final BiFunction<Integer, Boolean, MockResponse> throttled;
  private final IntFunction<MockResponse> refused;
  private final Duration readTimeout;
  private final AtomicInteger received = new AtomicInteger();
  private final AtomicInteger forwarded = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();
  private final List<String> hit = new CopyOnWriteArrayList<>();
  private volatile Fault fault;

  /**
   * A proxy to {@code upstream}; {@code throttled} answers a throttled request as the vendor does,
   * given the request number and whether to send {@code Retry-After}; {@code refused} answers a
   * write refused as an invalid change, given the request number; answers of {@link
   * Fault#READ_TIMEOUT} come twice {@code readTimeout} late.
   */
  public FaultProxy(
      String upstream,
      BiFunction<Integer, Boolean, MockResponse> throttled,
      IntFunction<MockResponse> refused,
      Duration readTimeout) {
    this.upstream = HttpUrl.get(upstream);
    this.throttled = throttled;
    this.refused = refused;
    this.readTimeout = readTimeout;
    server.setDispatcher(this);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HTTP 429, as a rate-limiting gateway answers. */
  public static MockResponse tooManyRequests(int request, boolean retryAfter) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(429)
            .body("{\"error\": \"rate limited\"}")
            .setHeader("Content-Type", "application/json");
    return (retryAfter ? response.setHeader("Retry-After", "1") : response).build();
  }

  /** HTTP 422 with a JSON {@code error}, as PowerDNS refuses an invalid change. */
  public static MockResponse unprocessable(int request) {
    return new MockResponse.Builder()
        .code(422)
        .body("{\"error\": \"RRset refused by the fault proxy (request " + request + ")\"}")
        .setHeader("Content-Type", "application/json")
        .build();
  }

  /** The proxy's URL, with the upstream's path. */
  @Override
  public String url() {
    return server.url(upstream.encodedPath()).toString();
  }

  @Override
  public void inject(Fault fault) {
    this.fault = fault;
    received.set(0);
    forwarded.set(0);
    writes.set(0);
    hit.clear();
  }

  @Override
  public int received() {
    return received.get();
  }

  /** Requests forwarded to the provider since {@link #inject}. */
  public int forwarded() {
    return forwarded.get();
  }

  @Override
  public List<String> hit() {
    return List.copyOf(hit);
  }

  @Override
  public boolean hitAWrite() {
    return hit.stream().anyMatch(method -> !method.equals("GET"));
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    int n = received.incrementAndGet();
    Fault now = fault;
    int write = request.getMethod().equals("GET") ? 0 : writes.incrementAndGet();
    if (now == null || !now.hits(n, write, hitAWrite())) {
      return forward(request).build();
    }
    hit.add(request.getMethod());
    return switch (now) {
      case THROTTLED_WITH_RETRY_AFTER -> throttled.apply(n, true);
      case THROTTLED, ALWAYS_THROTTLED -> throttled.apply(n, false);
      case SERVER_ERROR_BURST ->
          new MockResponse.Builder().code(500).body("internal error").build();
      case UNAVAILABLE_BURST -> new MockResponse.Builder().code(503).body("unavailable").build();
      case DROPPED_AFTER_REQUEST, ALWAYS_DROPPED, WRITES_DROPPED, DROPPED_FROM_FIRST_WRITE ->
          forward(request).onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      case READ_TIMEOUT ->
          forward(request).headersDelay(readTimeout.toMillis() * 2, TimeUnit.MILLISECONDS).build();
      case MALFORMED_BODY -> mangle(forward(request), false);
      case TRUNCATED_BODY -> mangle(forward(request), true);
      case CREDENTIALS_EXPIRE -> forward(request).build();
      case LATER_BATCH_REFUSED -> refused.apply(n);
    };
  }

  /** An answer whose body is garbage, or cut off halfway with the connection closed. */
  private static MockResponse mangle(MockResponse.Builder response, boolean truncate) {
    if (response.getBody() == null) {
      return response.build(); // nothing to mangle
    }
    ByteString body;
    try (okio.Buffer buffer = new okio.Buffer()) {
      response.getBody().writeTo(buffer);
      body = buffer.readByteString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (body.size() == 0) {
      return response.build(); // nothing to mangle
    }
    if (!truncate) {
      return response.body(new okio.Buffer().write(GARBAGE)).build();
    }
    return response
        .body(new okio.Buffer().write(body.substring(0, body.size() / 2)))
        .setHeader("Content-Length", body.size())
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  private MockResponse.Builder forward(RecordedRequest request) {
    HttpUrl target =
        upstream
            .newBuilder()
            .encodedPath(request.getUrl().encodedPath())
            .encodedQuery(request.getUrl().encodedQuery())
            .build();
    Headers.Builder headers = request.getHeaders().newBuilder();
    for (String hopByHop : List.of("Host", "Content-Length", "Connection", "Transfer-Encoding")) {
      headers.removeAll(hopByHop);
    }
    // so that a vendor handing out its own URLs (a service catalog) hands out the proxy's
    headers.set("X-Forwarded-Host", request.getUrl().host() + ":" + request.getUrl().port());
    ByteString body = request.getBody();
    String type = request.getHeaders().get("Content-Type");
    RequestBody requestBody =
        body == null || !permitsBody(request.getMethod())
            ? null
            : RequestBody.create(body, type == null ? null : MediaType.get(type));
    Request forwardedRequest =
        new Request.Builder()
            .url(target)
            .headers(headers.build())
            .method(request.getMethod(), requestBody)
            .build();
    forwarded.incrementAndGet();
    try (Response response = client.newCall(forwardedRequest).execute()) {
      MockResponse.Builder answer = new MockResponse.Builder().code(response.code());
      Headers.Builder copied = response.headers().newBuilder();
      for (String hopByHop :
          List.of("Content-Length", "Connection", "Transfer-Encoding", "Keep-Alive")) {
        copied.removeAll(hopByHop);
      }
      answer.headers(copied.build());
      byte[] bytes = response.body().bytes();
      if (bytes.length > 0 || response.code() != 204 && response.code() != 304) {
        answer.body(new okio.Buffer().write(bytes));
      }
      return answer;
    } catch (IOException e) {
      return new MockResponse.Builder().code(502).body("proxy: " + e.getMessage());
    }
  }

  private static boolean permitsBody(String method) {
    return !method.equals("GET") && !method.equals("HEAD");
  }

  @Override
  public void close() {
    server.close();
  }
}
