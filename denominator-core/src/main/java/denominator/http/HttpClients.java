package denominator.http;

import denominator.kit.Sleeper;
import java.time.Clock;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the one {@link OkHttpClient} that a provider's API shares, configured from {@link
 * HttpSettings}, and releases it.
 *
 * <p>Interceptors, outermost first: user agent and {@link RetrySafety retries} as application
 * interceptors (only those may send a request more than once), the account's {@link RequestBudget}
 * (inside the retries, so that each attempt takes its turn), then redacted logging as a network
 * interceptor (so it sees the headers really sent, and each retry). OkHttp's own silent retry on
 * connection failure is turned off: it would resend non-idempotent requests, which our retry
 * refuses to do. OkHttp negotiates HTTP/2 where offered and asks for gzip by itself.
 *
 * <p>The client is thread-safe; create one per provider and {@link #close} it when done.
 */
public final class HttpClients {
  /** The SLF4J logger that gets the exchanges, at DEBUG: {@code denominator.http}. */
  public static final String LOGGER = "denominator.http";

  /** Returns a client that logs exchanges to the {@value #LOGGER} SLF4J logger at DEBUG. */
  public static OkHttpClient create(HttpSettings settings) {
    Logger logger = LoggerFactory.getLogger(LOGGER);
    return create(settings, logger::debug, logger::isDebugEnabled);
  }

  /**
   * Returns a client that logs every exchange, redacted, to {@code logSink}, one line per call; for
   * example {@code System.err::println} for a command line's {@code --verbose}. The sink is called
   * from the threads that execute calls.
   */
  public static OkHttpClient create(HttpSettings settings, Consumer<String> logSink) {
    return create(settings, logSink, () -> true);
  }

  /**
   * The client of a provider's config: as {@link #create(HttpSettings)} (or {@link
   * #create(HttpSettings, Consumer)} when {@code logSink} is not null), waiting between retries
   * through {@code sleeper}, timing them on {@code clock}, and sending every request, each retry
   * included, within {@code budget}.
   */
  public static OkHttpClient create(
      HttpSettings settings,
      Consumer<String> logSink,
      Sleeper sleeper,
      Clock clock,
      RequestBudget budget) {
    Logger logger = LoggerFactory.getLogger(LOGGER);
    return builder(
            settings,
            logSink != null ? logSink : logger::debug,
            logSink != null ? () -> true : logger::isDebugEnabled,
            sleeper,
            clock,
            new Random())
        .addInterceptor(new BudgetInterceptor(budget))
        .build();
  }

  private static OkHttpClient create(
      HttpSettings settings, Consumer<String> logSink, BooleanSupplier logEnabled) {
    return builder(settings, logSink, logEnabled, Sleeper.SYSTEM, Clock.systemUTC(), new Random())
        .build();
  }

  /** The full wiring, with time and randomness injectable for tests. */
  static OkHttpClient.Builder builder(
      HttpSettings settings,
      Consumer<String> logSink,
      BooleanSupplier logEnabled,
      Sleeper sleeper,
      Clock clock,
      RandomGenerator random) {
    return new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.writeTimeout())
        .callTimeout(settings.callTimeout())
        .retryOnConnectionFailure(false)
        .addInterceptor(new UserAgentInterceptor(settings.userAgent()))
        .addInterceptor(new RetryInterceptor(settings.retry(), sleeper, clock, random))
        .addNetworkInterceptor(new HttpLogInterceptor(settings, logSink, logEnabled))
        .addNetworkInterceptor(new NoResendOfUnsafeRequests());
  }

  /**
   * Stops {@code client}'s dispatcher threads and closes its idle connections. Calls in flight
   * finish; new asynchronous calls are rejected.
   */
  public static void close(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  private HttpClients() {}
}
