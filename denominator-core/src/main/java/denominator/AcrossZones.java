package denominator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work over many zones, several zones at once: listing, planning or applying over hundreds of zones
 * is bound by each vendor's request limit, not by the CPU, so zones run side by side and every
 * request still takes its turn in its account's {@link denominator.http.RequestBudget}. Results
 * come back in the zones' order; a {@link Progress} hears of each zone done.
 *
 * <p>The first failure stops the zones not yet started and is thrown once those running have
 * finished; work that must go on past failures catches them itself.
 *
 * <p>Immutable; each call runs on threads of its own, released when it returns.
 */
public final class AcrossZones {
  /** Eight zones at once, no progress: what traffic operations use unless told otherwise. */
  public static final AcrossZones DEFAULT = new AcrossZones(8, Progress.NONE);

  /** One zone after another. */
  public static final AcrossZones SEQUENTIAL = new AcrossZones(1, Progress.NONE);

  private final int parallelism;
  private final Progress progress;

  private AcrossZones(int parallelism, Progress progress) {
    this.parallelism = parallelism;
    this.progress = progress;
  }

  /** Up to {@code parallelism} zones at once. */
  public static AcrossZones inParallel(int parallelism) {
    if (parallelism < 1) {
      throw new ValidationException(
          "bad parallelism", Integer.toString(parallelism), "at least 1 zone at once");
    }
    return new AcrossZones(parallelism, Progress.NONE);
  }

  /** This, telling {@code progress} of each zone done. */
  public AcrossZones withProgress(Progress progress) {
    return new AcrossZones(parallelism, Objects.requireNonNull(progress, "progress"));
  }

  public int parallelism() {
    return parallelism;
  }

  /** Hears how far work over many zones has got; called from the threads doing the work. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (step, done, total) -> {};

    /**
     * Another zone is done.
     *
     * @param step what is being done, e.g. {@code read}, {@code apply}, {@code roll back}
     * @param done how many zones are done, this one included
     * @param total how many zones this step has
     */
    void advanced(String step, int done, int total);
  }

  /**
   * {@code work} applied to every zone, up to {@link #parallelism()} at once, in the zones' order.
   *
   * @param step what {@code work} does, for {@link Progress}
   * @throws RuntimeException the first that {@code work} threw, once the zones running are done;
   *     zones not yet started then are not started
   */
  public <Z, T> List<T> map(String step, List<Z> zones, Function<? super Z, ? extends T> work) {
    int total = zones.size();
    if (total <= 1 || parallelism == 1) {
      List<T> results = new ArrayList<>(total);
      for (Z zone : zones) {
        results.add(work.apply(zone));
        progress.advanced(step, results.size(), total);
      }
      return results;
    }
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(parallelism, total), threads(step));
    List<Future<T>> futures = new ArrayList<>(total);
    for (Z zone : zones) {
      futures.add(
          pool.submit(
              () -> {
                T result = work.apply(zone);
                progress.advanced(step, done.incrementAndGet(), total);
                return result;
              }));
    }
    pool.shutdown(); // the threads end once the zones are done
    try {
      List<T> results = new ArrayList<>(total);
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      futures.forEach(future -> future.cancel(false)); // the zones not started stay so
      awaitRunning(pool);
      throw unwrap(e.getCause());
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new DenominatorException("interrupted while working across zones", e);
    }
  }

  private static void awaitRunning(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // a zone's work is bounded by its provider's timeouts; keep waiting
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new DenominatorException("work across zones failed: " + cause, cause);
  }

  private static ThreadFactory threads(String step) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "denominator-" + step + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public String toString() {
    return "AcrossZones[" + parallelism + " at once]";
  }
}
