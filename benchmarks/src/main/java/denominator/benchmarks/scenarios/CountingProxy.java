package denominator.benchmarks.scenarios;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.ByteString;

/** A local HTTP proxy that forwards every request to a real server and counts them. */
final class CountingProxy implements AutoCloseable {
  private final HttpUrl target;
  private final OkHttpClient client = new OkHttpClient();
  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger requests = new AtomicInteger();

  CountingProxy(String targetUrl) throws IOException {
    target = HttpUrl.get(targetUrl);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return forward(request);
          }
        });
    server.start();
  }

  /** The proxy's URL with the target URL's path. */
  String url() {
    return server.url(target.encodedPath()).toString();
  }

  int requests() {
    return requests.get();
  }

  void reset() {
    requests.set(0);
  }

  private MockResponse forward(RecordedRequest recorded) {
    requests.incrementAndGet();
    HttpUrl url =
        recorded
            .getUrl()
            .newBuilder()
            .scheme(target.scheme())
            .host(target.host())
            .port(target.port())
            .build();
    ByteString body = recorded.getBody();
    String contentType = recorded.getHeaders().get("Content-Type");
    RequestBody requestBody =
        body == null || body.size() == 0 && !permitsBody(recorded)
            ? null
            : RequestBody.create(body, contentType == null ? null : MediaType.get(contentType));
    Request.Builder request =
        new Request.Builder().url(url).method(recorded.getMethod(), requestBody);
    recorded
        .getHeaders()
        .forEach(
            h -> {
              if (!h.getFirst().equalsIgnoreCase("Host")
                  && !h.getFirst().equalsIgnoreCase("Content-Length")) {
                request.header(h.getFirst(), h.getSecond());
              }
            });
    try (Response response = client.newCall(request.build()).execute()) {
      MockResponse.Builder proxied = new MockResponse.Builder().code(response.code());
      String type = response.header("Content-Type");
      if (type != null) {
        proxied.setHeader("Content-Type", type);
      }
      return proxied.body(response.body().string()).build();
    } catch (IOException e) {
      return new MockResponse.Builder().code(502).body(e.toString()).build();
    }
  }

  private static boolean permitsBody(RecordedRequest recorded) {
    String method = recorded.getMethod();
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  @Override
  public void close() throws IOException {
    server.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
