package denominator.examples.failover;

import java.io.PrintStream;
import java.util.function.IntSupplier;

/** Prints each step of the runbook with the time since the start and the requests it took. */
final class Timeline {
  private final PrintStream out;
  private final IntSupplier requests;
  private final long start = System.nanoTime();
  private long last = start;
  private int lastRequests;

  Timeline(PrintStream out, IntSupplier requests) {
    this.out = out;
    this.requests = requests;
    this.lastRequests = requests.getAsInt();
  }

  /** Marks the end of a step. */
  void step(String what) {
    long now = System.nanoTime();
    int total = requests.getAsInt();
    out.printf(
        "%7.0f ms  %-46s %6.0f ms %5d requests%n",
        (now - start) / 1e6, what, (now - last) / 1e6, total - lastRequests);
    last = now;
    lastRequests = total;
  }

  /** Milliseconds since the start. */
  long elapsedMillis() {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
