package denominator.http;

import denominator.ValidationException;
import java.time.Duration;
import java.util.Set;

/**
 * How Denominator talks HTTP to a provider: timeouts, user agent, retries and what logging must
 * hide. Start from {@link #defaults()} and change fields with the {@code with…} methods.
 *
 * <p>Immutable and thread-safe.
 *
 * @param connectTimeout how long to wait for a TCP and TLS connection; zero means no limit
 * @param readTimeout how long to wait for each read; zero means no limit
 * @param writeTimeout how long to wait for each write; zero means no limit
 * @param callTimeout how long one call, with all its retries, may take; zero means no limit, which
 *     is the default because {@link RetryPolicy#maxTotal()} already bounds retries
 * @param userAgent sent on requests that do not set their own; printable ASCII
 * @param retry when and how long to retry
 * @param secretHeaders header names, beyond the built-in ones ({@code Authorization}, API keys,
 *     tokens, cookies), whose values the log redacts; case-insensitive
 * @param secretJsonFields JSON field and query parameter names, beyond the built-in ones ({@code
 *     password}, {@code apiKey}, {@code secretKey}, {@code token}, ...), whose values the log
 *     redacts; case, {@code -}, {@code _} and {@code .} are ignored
 * @param logBodies whether the log shows JSON bodies (redacted) as well as request lines and
 *     headers
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    String userAgent,
    RetryPolicy retry,
    Set<String> secretHeaders,
    Set<String> secretJsonFields,
    boolean logBodies) {
  private static final HttpSettings DEFAULTS =
      new HttpSettings(
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofSeconds(30),
          Duration.ZERO,
          "denominator/" + Version.CURRENT,
          RetryPolicy.defaults(),
          Set.of(),
          Set.of(),
          false);

  public HttpSettings {
    checkTimeout("connectTimeout", connectTimeout);
    checkTimeout("readTimeout", readTimeout);
    checkTimeout("writeTimeout", writeTimeout);
    checkTimeout("callTimeout", callTimeout);
    if (userAgent == null || userAgent.isBlank() || !userAgent.matches("[\\x20-\\x7e]+")) {
      throw new ValidationException("bad user agent", String.valueOf(userAgent), "printable ASCII");
    }
    if (retry == null) {
      throw new ValidationException("bad retry policy", "null", "a RetryPolicy");
    }
    secretHeaders = checkNames("secret header", secretHeaders);
    secretJsonFields = checkNames("secret JSON field", secretJsonFields);
  }

  /**
   * Connect 10 s, read and write 30 s, no call timeout, user agent {@code denominator/<version>},
   * {@link RetryPolicy#defaults()}, no extra secrets, no bodies logged.
   */
  public static HttpSettings defaults() {
    return DEFAULTS;
  }

  public HttpSettings withConnectTimeout(Duration connectTimeout) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  public HttpSettings withReadTimeout(Duration readTimeout) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  public HttpSettings withWriteTimeout(Duration writeTimeout) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  public HttpSettings withCallTimeout(Duration callTimeout) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  public HttpSettings withUserAgent(String userAgent) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  public HttpSettings withRetry(RetryPolicy retry) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  public HttpSettings withSecretHeaders(Set<String> secretHeaders) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  public HttpSettings withSecretJsonFields(Set<String> secretJsonFields) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  public HttpSettings withLogBodies(boolean logBodies) {
    return new HttpSettings(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        userAgent,
        retry,
        secretHeaders,
        secretJsonFields,
        logBodies);
  }

  private static void checkTimeout(String name, Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new ValidationException(
          "bad " + name, String.valueOf(timeout), "0 to " + Integer.MAX_VALUE + " ms");
    }
  }

  private static Set<String> checkNames(String what, Set<String> names) {
    if (names == null || names.stream().anyMatch(n -> n == null || n.isBlank())) {
      throw new ValidationException(
          "bad " + what + " names", String.valueOf(names), "a set of non-blank names");
    }
    return Set.copyOf(names);
  }
}
