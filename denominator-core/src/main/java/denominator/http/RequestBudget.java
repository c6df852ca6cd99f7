package denominator.http;

import denominator.DenominatorException;
import denominator.kit.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Paces the requests of one account so that they stay within its vendor's documented limits (see
 * {@link RequestLimit}), however many threads send them: every request, each retry included, takes
 * its turn in {@link #acquire} before it is sent, and the HTTP layer tells the budget how the
 * vendor answered.
 *
 * <p>Each limit is a queue of turns spaced {@code period / requests} apart, the vendor's token
 * bucket seen from the client: after a quiet spell a burst of {@link RequestLimit#burst} requests
 * goes at once, then one per interval, so that the vendor's bucket is never found empty. A request
 * that several limits cover (the account's and its endpoint's) goes at the latest of their turns. A
 * limit with a named segment ({@code {zone}}) keeps a queue for each value: zones do not share a
 * vendor's per-zone limit. The budget adapts: a throttled answer (429, or the vendor's own
 * throttling error) doubles the interval of every limit that covers the request, down to a
 * sixteenth of the declared rate; each answer that is not throttled gives back a tenth of the
 * declared rate, up to the declared rate. A vendor that reports the requests left in a header
 * ({@link #remainingHeader}) has an answer that says none are left count as throttled.
 *
 * <p>Waits go through the {@link Sleeper} on the clock given, so tests measure them without
 * waiting. Thread-safe; one budget per account, shared by every thread and provider API using it.
 */
public final class RequestBudget {
  private static final int SLOWEST = 16; // a throttled limit slows to 1/16 of its declared rate
  private static final int RECOVERY = 10; // each good answer gives back 1/10 of the declared rate
  private static final double MARGIN = 1.02; // 2% under the limit: timers and clocks are not exact

  private final List<Lane> lanes = new ArrayList<>();
  private final String remainingHeader;
  private final Clock clock;
  private final Sleeper sleeper;
  private long requests;
  private long throttled;
  private long waits;
  private Duration waited = Duration.ZERO;

  /**
   * @param limits the vendor's limits; none means requests are not paced
   * @param remainingHeader the answer header that says how many requests are left, or empty
   */
  public RequestBudget(
      List<RequestLimit> limits, String remainingHeader, Clock clock, Sleeper sleeper) {
    limits.forEach(limit -> lanes.add(new Lane(limit)));
    this.remainingHeader = remainingHeader;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** A budget that paces nothing. */
  public static RequestBudget unlimited() {
    return new RequestBudget(List.of(), "", Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /** The limits this budget paces by, as declared or configured. */
  public List<RequestLimit> limits() {
    return lanes.stream().map(lane -> lane.limit).toList();
  }

  /** The answer header that reports the requests left, or empty. */
  public String remainingHeader() {
    return remainingHeader;
  }

  /** Waits until a request of this method and path may be sent within every limit covering it. */
  public void acquire(String method, String path) {
    if (lanes.isEmpty()) {
      count();
      return;
    }
    String request = method + " " + path;
    Duration wait;
    synchronized (this) {
      requests++;
      Instant now = clock.instant();
      Instant turn = now;
      List<Slot> covering = slots(request);
      for (Slot slot : covering) {
        Instant earliest = slot.earliest();
        turn = earliest.isAfter(turn) ? earliest : turn;
      }
      for (Slot slot : covering) {
        slot.take(turn);
      }
      wait = Duration.between(now, turn);
      if (!wait.isZero()) {
        waits++;
        waited = waited.plus(wait);
      }
    }
    if (!wait.isZero()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DenominatorException("interrupted while pacing requests", e);
      }
    }
  }

  private synchronized void count() {
    requests++;
  }

  // The buckets a request takes its turn in: one per limit that covers it.
  private List<Slot> slots(String request) {
    List<Slot> covering = new ArrayList<>();
    for (Lane lane : lanes) {
      String key = lane.bucket.apply(request);
      if (key != null) {
        covering.add(lane.slots.computeIfAbsent(key, k -> new Slot(lane)));
      }
    }
    return covering;
  }

  /**
   * Learns from an answer to a request of this method and path: {@code throttled} if the vendor
   * refused it for its rate, and the value of {@link #remainingHeader} if the answer had one.
   */
  public void answered(String method, String path, boolean throttled, String remaining) {
    boolean spent = throttled || isZero(remaining);
    String request = method + " " + path;
    synchronized (this) {
      if (spent) {
        this.throttled++;
      }
      for (Slot slot : slots(request)) {
        if (spent) {
          slot.slowDown(clock.instant());
        } else {
          slot.speedUp();
        }
      }
    }
  }

  private static boolean isZero(String remaining) {
    try {
      return remaining != null && Long.parseLong(remaining.trim()) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** What the budget has done so far. */
  public synchronized Stats stats() {
    return new Stats(
        requests,
        throttled,
        waits,
        waited,
        lanes.stream()
            .flatMap(lane -> lane.slots.values().stream())
            .map(slot -> slot.interval)
            .max(Duration::compareTo)
            .orElse(Duration.ZERO));
  }

  /**
   * What a budget has done.
   *
   * @param requests requests sent through it, retries included
   * @param throttled answers that were throttled (or said no requests were left)
   * @param waits requests that waited for their turn
   * @param waited the time they waited in all
   * @param interval the widest spacing of requests now, after adapting; zero when unlimited
   */
  public record Stats(
      long requests, long throttled, long waits, Duration waited, Duration interval) {}

  @Override
  public String toString() {
    return lanes.isEmpty() ? "RequestBudget[unlimited]" : "RequestBudget" + limits();
  }

  /** One limit, with a bucket for each value of its named segments (one in all, if none). */
  private static final class Lane {
    final RequestLimit limit;
    final Function<String, String> bucket;
    final Duration declared;
    final Map<String, Slot> slots = new HashMap<>();

    Lane(RequestLimit limit) {
      this.limit = limit;
      this.bucket = limit.bucket();
      this.declared = Duration.ofNanos((long) (limit.interval().toNanos() * MARGIN));
    }
  }

  /**
   * One bucket's queue of turns, kept as the time the bucket will be full again ({@code full}): a
   * request may go once no more than {@code burst - 1} intervals of requests are still owed.
   */
  private static final class Slot {
    final Lane lane;
    Duration interval;
    Instant full = Instant.MIN;

    Slot(Lane lane) {
      this.lane = lane;
      this.interval = lane.declared;
    }

    Instant earliest() {
      return full == Instant.MIN ? full : full.minus(interval.multipliedBy(lane.limit.burst() - 1));
    }

    void take(Instant turn) {
      full = (full.isAfter(turn) ? full : turn).plus(interval);
    }

    // The vendor's bucket is empty: the next request waits a whole (doubled) interval.
    void slowDown(Instant now) {
      Duration doubled = interval.multipliedBy(2);
      Duration slowest = lane.declared.multipliedBy(SLOWEST);
      interval = doubled.compareTo(slowest) > 0 ? slowest : doubled;
      Instant empty = now.plus(interval.multipliedBy(lane.limit.burst()));
      full = full.isAfter(empty) ? full : empty;
    }

    // Rates add: 1/interval + 1/(RECOVERY * declared).
    void speedUp() {
      if (interval.equals(lane.declared)) {
        return;
      }
      double nanos = interval.toNanos();
      double recovery = lane.declared.toNanos() * (double) RECOVERY;
      long faster = (long) (1 / (1 / nanos + 1 / recovery));
      interval = Duration.ofNanos(Math.max(faster, lane.declared.toNanos()));
    }
  }
}
