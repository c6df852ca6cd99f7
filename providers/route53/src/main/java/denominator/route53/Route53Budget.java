package denominator.route53;

import denominator.http.RequestBudget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * The SDK's HTTP client, sending each attempt of a request (the SDK's retries included) in its turn
 * of the account's {@link RequestBudget}, and telling the budget which answers were throttled.
 * Route53 throttles with a 400 whose error code is {@code Throttling} ("Rate exceeded"), or {@code
 * PriorRequestNotComplete} for a zone still busy with a change; the small body of a 400 is read
 * here to tell, and handed on to the SDK unchanged.
 */
final class Route53Budget implements SdkHttpClient {
  private final SdkHttpClient http;
  private final RequestBudget budget;

  Route53Budget(SdkHttpClient http, RequestBudget budget) {
    this.http = http;
    this.budget = budget;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    ExecutableHttpRequest prepared = http.prepareRequest(request);
    SdkHttpRequest sent = request.httpRequest();
    String method = sent.method().name();
    String path = sent.encodedPath();
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        budget.acquire(method, path);
        HttpExecuteResponse response = prepared.call();
        int status = response.httpResponse().statusCode();
        if (status != 400 || response.responseBody().isEmpty()) {
          budget.answered(method, path, status == 429, null);
          return response;
        }
        byte[] body;
        try (InputStream in = response.responseBody().get()) {
          body = in.readAllBytes();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        budget.answered(
            method,
            path,
            text.contains("<Code>Throttling</Code>")
                || text.contains("<Code>PriorRequestNotComplete</Code>"),
            null);
        return HttpExecuteResponse.builder()
            .response(response.httpResponse())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
            .build();
      }

      @Override
      public void abort() {
        prepared.abort();
      }
    };
  }

  @Override
  public String clientName() {
    return http.clientName();
  }

  @Override
  public void close() {
    http.close();
  }
}
