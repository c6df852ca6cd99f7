package denominator.azure;

import denominator.DenominatorException;
import denominator.ProviderConfig;
import denominator.azure.AzureJson.Operation;
import denominator.http.RetryAfter;
import denominator.kit.JsonTransport;
import denominator.kit.Poller;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Waiting for Azure's long-running operations: a zone delete answers 202 at once and names an
 * {@code Azure-AsyncOperation} URL, which says {@code InProgress} until the zone is gone ({@code
 * Succeeded}), or {@code Failed} or {@code Canceled}. The wait polls it through the config's {@link
 * Poller}, waiting the {@code Retry-After} each answer asks for when it is positive, else the
 * poller's backoff. Record set writes are synchronous: nothing to wait for.
 */
final class AzureOperations {
  /** How long a zone delete is awaited. */
  static final Duration ZONE_TIMEOUT = Duration.ofMinutes(5);

  static final String ASYNC_OPERATION = "Azure-AsyncOperation";

  private final AzureEndpoints endpoints;
  private final Poller poller;
  private final Clock clock;

  AzureOperations(AzureEndpoints endpoints, ProviderConfig config) {
    this.endpoints = endpoints;
    this.poller = config.poller();
    this.clock = config.clock();
  }

  /**
   * Returns once the delete of {@code zone}, started with an answer of these headers, is done.
   * Without an operation URL (a 204: there was no zone) there is nothing to wait for.
   *
   * @throws DenominatorException when the operation failed or was canceled
   * @throws denominator.AwaitTimeoutException when the timeout passes first
   */
  void deleted(String zone, Headers started, Duration timeout) {
    String operation = started.get(ASYNC_OPERATION);
    if (operation != null) {
      HttpUrl url = HttpUrl.get(operation);
      poller.awaitAnswer("azure zone " + zone + " deleted", timeout, () -> ask(zone, url));
    }
  }

  private Poller.Answer ask(String zone, HttpUrl url) {
    JsonTransport.Reply<Operation> reply = endpoints.operation(zone, url);
    String status = reply.body().status();
    if ("Succeeded".equalsIgnoreCase(status)) {
      return Poller.Answer.DONE;
    }
    if ("Failed".equalsIgnoreCase(status) || "Canceled".equalsIgnoreCase(status)) {
      Operation failed = reply.body();
      throw new DenominatorException(
          AzureProvider.NAME
              + ": delete zone "
              + zone
              + ": "
              + status
              + (failed.error() == null
                  ? ""
                  : " " + failed.error().code() + ": " + failed.error().message()));
    }
    Duration advised =
        RetryAfter.parse(reply.headers().get("Retry-After"), clock).orElse(Duration.ZERO);
    return Poller.Answer.notYet(advised);
  }
}
