package denominator.benchmarks.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall times of repeated runs of one variant: median with min–max, in milliseconds. */
record Timing(List<Long> nanos) {
  Timing {
    if (nanos.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    nanos = List.copyOf(sorted);
  }

  /** A run: untimed preparation, then the timed part. */
  interface Trial {
    /** Prepares a run, e.g. seeds a fresh zone; not timed. */
    default void prepare() throws Exception {}

    void run() throws Exception;
  }

  static Timing measure(int runs, Trial trial) throws Exception {
    trial.prepare(); // one untimed warm-up run, so the JIT has seen the code
    trial.run();
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      trial.prepare();
      long start = System.nanoTime();
      trial.run();
      nanos.add(System.nanoTime() - start);
    }
    return new Timing(nanos);
  }

  static Timing ofSeconds(List<Double> seconds) {
    return new Timing(seconds.stream().map(s -> Math.round(s * 1e9)).toList());
  }

  double medianMs() {
    int n = nanos.size();
    long middle = n % 2 == 1 ? nanos.get(n / 2) : (nanos.get(n / 2 - 1) + nanos.get(n / 2)) / 2;
    return middle / 1e6;
  }

  double minMs() {
    return nanos.get(0) / 1e6;
  }

  double maxMs() {
    return nanos.get(nanos.size() - 1) / 1e6;
  }

  int runs() {
    return nanos.size();
  }

  /** {@code 1,234 ms (1,200–1,300)}. */
  String cell() {
    return ms(medianMs()) + " (" + ms(minMs()).replace(" ms", "") + "–" + ms(maxMs()) + ")";
  }

  static String ms(double ms) {
    return ms >= 100 ? String.format("%,.0f ms", ms) : String.format("%.1f ms", ms);
  }

  static String ratio(double ours, double baseline) {
    return String.format("%.2f×", ours / baseline);
  }
}
