package denominator.http;

import denominator.ValidationException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor's documented request limit: at most {@code requests} per {@code period}, counted over
 * every request of an account ({@link #perAccount}) or over the requests of one endpoint ({@link
 * #perEndpoint}). Route53, for example, allows five requests per second per AWS account.
 *
 * @param requests how many requests a period allows; at least 1
 * @param period the period; positive
 * @param burst how many requests may go at once after a quiet spell, as the vendor's token bucket
 *     allows (Route53 documents token buckets); 1, the default, spaces every request evenly
 * @param endpoint empty for the whole account, else the endpoint as {@code METHOD /path}, where in
 *     the path {@code *} stands for one segment, {@code /**} for any number of segments (none
 *     included: {@code /domains/**} covers {@code /domains} and all under it), and a named segment
 *     such as {@code {zone}} for one segment whose every value has a limit of its own (a vendor's
 *     limit per zone); the method may be {@code *}
 */
public record RequestLimit(int requests, Duration period, int burst, Optional<String> endpoint) {
  public RequestLimit {
    if (requests < 1) {
      throw new ValidationException("bad request limit", Integer.toString(requests), "at least 1");
    }
    if (period == null || period.isNegative() || period.isZero()) {
      throw new ValidationException("bad request limit period", "" + period, "a positive duration");
    }
    if (burst < 1) {
      throw new ValidationException("bad request limit burst", Integer.toString(burst), ">= 1");
    }
    endpoint.ifPresent(RequestLimit::pattern);
  }

  /** At most {@code requests} per {@code period} over every request of the account. */
  public static RequestLimit perAccount(int requests, Duration period) {
    return new RequestLimit(requests, period, 1, Optional.empty());
  }

  /**
   * At most {@code requests} per {@code period} over the requests of one endpoint, e.g. {@code
   * "POST /v1/zones/ * /records"} (without the spaces around {@code *}), on top of any account
   * limit.
   */
  public static RequestLimit perEndpoint(String endpoint, int requests, Duration period) {
    return new RequestLimit(requests, period, 1, Optional.of(endpoint));
  }

  /**
   * Reads {@code REQUESTS/SECONDS} ({@code 5/1}, {@code 1200/300}) or {@code REQUESTS} per second,
   * as an operator types an account's raised limit.
   */
  public static RequestLimit parse(String text) {
    String[] parts = text.trim().split("/", -1);
    try {
      if (parts.length <= 2) {
        int requests = Integer.parseInt(parts[0].trim());
        long seconds = parts.length == 2 ? Long.parseLong(parts[1].trim()) : 1;
        if (requests >= 1 && seconds >= 1) {
          return perAccount(requests, Duration.ofSeconds(seconds));
        }
      }
    } catch (NumberFormatException e) {
      // the message below says what was expected
    }
    throw new ValidationException(
        "bad request limit", text, "REQUESTS or REQUESTS/SECONDS, e.g. 5 or 1200/300");
  }

  /** This limit, letting {@code burst} requests go at once after a quiet spell. */
  public RequestLimit withBurst(int burst) {
    return new RequestLimit(requests, period, burst, endpoint);
  }

  /** The time one request takes from the period: {@code period / requests}. */
  public Duration interval() {
    return period.dividedBy(requests);
  }

  /** Whether a request of this method and path counts against this limit. */
  public boolean covers(String method, String path) {
    return bucket().apply(method + " " + path) != null;
  }

  /**
   * The bucket of {@code "METHOD /path"} under this limit: {@code ""} for the one bucket of a limit
   * without named segments, the values of its named segments otherwise (one bucket per zone, say),
   * or null when such a request does not count against this limit.
   */
  Function<String, String> bucket() {
    if (endpoint.isEmpty()) {
      return request -> "";
    }
    Pattern pattern = pattern(endpoint.get());
    return request -> {
      Matcher matched = pattern.matcher(request);
      if (!matched.matches()) {
        return null;
      }
      StringBuilder key = new StringBuilder();
      for (int group = 1; group <= matched.groupCount(); group++) {
        key.append(group > 1 ? "/" : "").append(matched.group(group));
      }
      return key.toString();
    };
  }

  private static final Pattern PATH_TOKEN = Pattern.compile("/\\*\\*|\\*\\*|\\*|\\{[A-Za-z]+\\}");

  private static Pattern pattern(String endpoint) {
    String[] parts = endpoint.trim().split(" +");
    if (parts.length != 2 || !parts[1].startsWith("/")) {
      throw new ValidationException(
          "bad request limit endpoint", endpoint, "METHOD /path, e.g. POST /v1/zones/*/records");
    }
    String method =
        parts[0].equals("*") ? "[A-Z]+" : Pattern.quote(parts[0].toUpperCase(Locale.ROOT));
    StringBuilder path = new StringBuilder();
    Matcher token = PATH_TOKEN.matcher(parts[1]);
    int last = 0;
    while (token.find()) {
      path.append(Pattern.quote(parts[1].substring(last, token.start())));
      path.append(
          switch (token.group()) {
            case "/**" -> "(?:/[^/]*)*"; // any number of segments, none included
            case "**" -> ".*";
            case "*" -> "[^/]+";
            default -> "([^/]+)"; // a named segment: a bucket per value
          });
      last = token.end();
    }
    path.append(Pattern.quote(parts[1].substring(last)));
    return Pattern.compile(method + " " + path + "/?");
  }

  @Override
  public String toString() {
    return requests
        + " requests per "
        + period.toString().substring(2).toLowerCase(Locale.ROOT)
        + (burst > 1 ? " (bursts of " + burst + ")" : "")
        + endpoint.map(e -> " on " + e).orElse(" per account");
  }
}
