package denominator.clouddns;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The account's rate limits (wire page, section 8): one counter per bucket (verb and path) per
 * fixed window on the simulator's clock, windows aligned to the epoch. A request over its bucket's
 * limit is answered 413 with {@code Reply-After} (the window's end, an ISO 8601 instant) and/or
 * {@code Retry-After} (whole seconds to it, rounded up), as {@link CloudDnsSimulator.RateHeaders}
 * says, and is not acted on. Not thread-safe: the simulator calls it under its lock.
 */
final class RateLimits {
  /** A bucket's allowance: at most {@code count} requests per {@code window}. */
  record Limit(int count, Duration window) {}

  /** The documented defaults per account, by bucket. */
  static Map<String, Limit> defaults() {
    Map<String, Limit> limits = new LinkedHashMap<>();
    limits.put("GET /status", new Limit(5, Duration.ofSeconds(1)));
    limits.put("GET /domains/search", new Limit(20, Duration.ofMinutes(1)));
    limits.put("GET /domains", new Limit(60, Duration.ofMinutes(1)));
    limits.put("POST /domains", new Limit(20, Duration.ofMinutes(1)));
    limits.put("PUT /domains", new Limit(20, Duration.ofMinutes(1)));
    limits.put("DELETE /domains", new Limit(10, Duration.ofMinutes(1)));
    return limits;
  }

  private final Map<String, Limit> limits;
  private final CloudDnsSimulator.RateHeaders headers;
  private final Map<String, Long> windows = new HashMap<>();
  private final Map<String, Integer> used = new HashMap<>();

  RateLimits(Map<String, Limit> limits, CloudDnsSimulator.RateHeaders headers) {
    this.limits = Map.copyOf(limits);
    this.headers = headers;
  }

  /** The bucket of a DNS request: its verb and the path after the tenant, generalised. */
  static String bucket(String method, String path) {
    if (path.startsWith("/status")) {
      return method + " /status";
    }
    if (path.startsWith("/domains/search")) {
      return method + " /domains/search";
    }
    return method + " /domains";
  }

  /** Counts the request; answers the 413 when its bucket's window is full. */
  Optional<CloudDnsReply> check(String bucket, Instant now) {
    Limit limit = limits.get(bucket);
    if (limit == null) {
      return Optional.empty();
    }
    long length = limit.window().toMillis();
    long window = Math.floorDiv(now.toEpochMilli(), length);
    if (!Long.valueOf(window).equals(windows.put(bucket, window))) {
      used.put(bucket, 0);
    }
    int count = used.merge(bucket, 1, Integer::sum);
    if (count <= limit.count()) {
      return Optional.empty();
    }
    return Optional.of(throttled(Instant.ofEpochMilli((window + 1) * length), now, headers));
  }

  /** The 413 of a rate limit whose window ends at {@code end}. */
  static CloudDnsReply throttled(Instant end, Instant now, CloudDnsSimulator.RateHeaders headers) {
    String at = Stamps.seconds(end.plusNanos(999_999_999));
    JsonObject body =
        CloudDnsFault.fault(413, "Rate limit exceeded.", "Too many requests; retry after " + at);
    CloudDnsReply reply = CloudDnsReply.of(413, body);
    long millis = Math.max(0, Duration.between(now, end).toMillis());
    String seconds = Long.toString((millis + 999) / 1000);
    return switch (headers) {
      case REPLY_AFTER -> reply.withHeader("Reply-After", at);
      case RETRY_AFTER -> reply.withHeader("Retry-After", seconds);
      case BOTH -> reply.withHeader("Reply-After", at).withHeader("Retry-After", seconds);
    };
  }
}
