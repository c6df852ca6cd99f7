package denominator.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.Dispatcher;

/**
 * What a vendor simulator counts, so that tests and benchmarks can say how many round trips an
 * operation took: every request answered, as method and path pattern ({@code POST
 * /v1/zones/{zone}}), in order; how many were answered 429; and 429s forced on demand. A simulator
 * extends it and, from {@code dispatch}, calls {@link #count} for each request and {@link
 * #forcedThrottle} and {@link #countThrottled} where it decides to throttle.
 */
public abstract class CountingDispatcher extends Dispatcher {
  private final Map<String, Integer> counts = new TreeMap<>();
  private final List<String> requests = new ArrayList<>();
  private int throttled;
  private int throttleRemaining;

  /** Answers the next {@code n} requests 429, whatever the simulator's own limits say. */
  public synchronized void throttleNext(int n) {
    throttleRemaining = n;
  }

  /** Requests received for one method and path pattern, e.g. {@code POST /v1/zones}. */
  public synchronized int requests(String methodAndPattern) {
    return counts.getOrDefault(methodAndPattern, 0);
  }

  /** Every request received, in order, as method and path pattern; 429s included. */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** Requests per method and path pattern. */
  public synchronized Map<String, Integer> requestCounts() {
    return Map.copyOf(counts);
  }

  /** How many requests were answered 429. */
  public synchronized int throttled() {
    return throttled;
  }

  /** Forgets every request counted so far. */
  public synchronized void resetCounts() {
    counts.clear();
    requests.clear();
    throttled = 0;
  }

  /** Counts one request, as its method and path pattern. */
  protected synchronized void count(String methodAndPattern) {
    counts.merge(methodAndPattern, 1, Integer::sum);
    requests.add(methodAndPattern);
  }

  /** Whether {@link #throttleNext} asks that this request be answered 429; uses one of them. */
  protected synchronized boolean forcedThrottle() {
    if (throttleRemaining == 0) {
      return false;
    }
    throttleRemaining--;
    return true;
  }

  /** Counts one request answered 429. */
  protected synchronized void countThrottled() {
    throttled++;
  }
}
