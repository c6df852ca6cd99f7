package denominator.route53;

import java.util.function.Consumer;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Logs each Route53 request the SDK sends, retries included, and its status and duration, to the
 * manager's HTTP log ({@code --verbose} in the CLI). It logs method and URL only: the headers hold
 * the signature and the session token, and Route53 URLs hold no secret.
 */
final class Route53HttpLog implements ExecutionInterceptor {
  private static final ExecutionAttribute<Long> SENT = new ExecutionAttribute<>("denominator.sent");

  private final Consumer<String> sink;

  Route53HttpLog(Consumer<String> sink) {
    this.sink = sink;
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attributes.putAttribute(SENT, System.nanoTime());
    sink.accept("--> " + line(context.httpRequest()));
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    sink.accept(
        "<-- "
            + context.httpResponse().statusCode()
            + " "
            + line(context.httpRequest())
            + " ("
            + sinceSent(attributes)
            + " ms)");
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    if (context.httpResponse().isEmpty()) { // no answer at all: say why
      sink.accept(
          "<-- failed "
              + context.httpRequest().map(Route53HttpLog::line).orElse("")
              + ": "
              + context.exception().getMessage());
    }
  }

  private static String line(SdkHttpRequest request) {
    return request.method() + " " + request.getUri();
  }

  private static long sinceSent(ExecutionAttributes attributes) {
    Long sent = attributes.getAttribute(SENT);
    return sent == null ? 0 : (System.nanoTime() - sent) / 1_000_000;
  }
}
