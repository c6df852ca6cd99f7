package denominator;

import denominator.Credentials.MapCredentials;
import denominator.http.HttpClients;
import denominator.http.HttpSettings;
import denominator.http.RequestBudget;
import denominator.kit.Poller;
import denominator.kit.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a provider is opened with: the endpoint, a supplier of credentials read on every request (so
 * secrets can rotate), a clock, and the shared HTTP client of the manager.
 */
public final class ProviderConfig {
  private static final Pattern USER_INFO =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@");
  private final String url;
  private final Supplier<MapCredentials> credentials;
  private final Clock clock;
  private final HttpSettings http;
  private final Consumer<String> httpLog;
  private Sleeper sleeper = Sleeper.SYSTEM;
  private int maxChangesPerBatch = Integer.MAX_VALUE;
  private RequestBudget budget;
  private OkHttpClient httpClient;

  /**
   * @param url the endpoint; the provider's default unless the caller overrode it
   * @param credentials validated against the provider's credential forms on every read
   * @param clock the time source for signatures, retries and waits
   * @param http timeouts, retries and redaction of the HTTP client
   * @param httpLog where the HTTP log goes (redacted), or {@code null} for SLF4J at debug
   */
  public ProviderConfig(
      String url,
      Supplier<MapCredentials> credentials,
      Clock clock,
      HttpSettings http,
      Consumer<String> httpLog) {
    this.url = Objects.requireNonNull(url, "url");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.http = Objects.requireNonNull(http, "http");
    this.httpLog = httpLog;
  }

  public String url() {
    return url;
  }

  /** The credentials as of now; read them again for every request. */
  public MapCredentials credentials() {
    return credentials.get();
  }

  public Clock clock() {
    return clock;
  }

  public HttpSettings http() {
    return http;
  }

  /** This config, waiting through {@code sleeper}. */
  public ProviderConfig withSleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** This config, sending at most {@code max} changes per request. */
  public ProviderConfig withMaxChangesPerBatch(int max) {
    this.maxChangesPerBatch = max;
    return this;
  }

  /** This config, sending every request within {@code budget}, shared with whoever else uses it. */
  public ProviderConfig withBudget(RequestBudget budget) {
    this.budget = Objects.requireNonNull(budget, "budget");
    return this;
  }

  /**
   * The account's request budget: every request of the provider takes its turn in it. Unless one
   * was given, none paces anything.
   */
  public synchronized RequestBudget budget() {
    if (budget == null) {
      budget = RequestBudget.unlimited();
    }
    return budget;
  }

  /** How every wait of the provider waits. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * How the provider polls (a change until it is live): on this config's clock and sleeper, first
   * after 50 ms, backing off to 5 s.
   */
  public Poller poller() {
    return new Poller(clock, sleeper, Duration.ofMillis(50), Duration.ofSeconds(5));
  }

  /** The most changes one request may carry: the vendor's {@code limit}, or less if asked. */
  public int maxChangesPerBatch(int limit) {
    return Math.min(limit, maxChangesPerBatch);
  }

  /**
   * Where a provider that does not use {@link #httpClient()} logs its exchanges, one redacted line
   * at a time: the caller's sink, or else the {@value HttpClients#LOGGER} SLF4J logger at DEBUG.
   */
  public Consumer<String> httpLog() {
    if (httpLog != null) {
      return httpLog;
    }
    Logger logger = LoggerFactory.getLogger(HttpClients.LOGGER);
    return line -> {
      if (logger.isDebugEnabled()) {
        logger.debug(line);
      }
    };
  }

  /** The manager's one HTTP client, made on first use and closed with the manager. */
  public synchronized OkHttpClient httpClient() {
    if (httpClient == null) {
      httpClient = HttpClients.create(http, httpLog, sleeper, clock, budget());
    }
    return httpClient;
  }

  synchronized void close() {
    if (httpClient != null) {
      HttpClients.close(httpClient);
      httpClient = null;
    }
  }

  @Override
  public String toString() {
    return "ProviderConfig[url=" + withoutUserInfo(url) + "]";
  }

  /** {@code https://user:password@host/} prints as {@code https://██@host/}. */
  static String withoutUserInfo(String url) {
    return USER_INFO.matcher(url).replaceFirst("$1\u2588\u2588@");
  }
}
