package denominator.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM and Ctrl-C during a long operation into a request to stop, so the operation ends
 * where it can say what it did instead of dying between two steps. The JVM runs this hook on the
 * signal; it asks the operation to stop and waits (up to {@value #GRACE_SECONDS} s) until the
 * command has finished the step in flight, rolled back and printed ({@link #commandFinished},
 * called by {@link Main}), before the JVM exits. Nothing in flight is cut: the thread is never
 * interrupted.
 */
final class StopOnSignal implements AutoCloseable {
  private static final long GRACE_SECONDS = 60;
  private static final CountDownLatch FINISHED = new CountDownLatch(1);
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread hook = new Thread(this::stopAndWait, "denominator-stop");

  static StopOnSignal install() {
    StopOnSignal signal = new StopOnSignal();
    Runtime.getRuntime().addShutdownHook(signal.hook);
    return signal;
  }

  private void stopAndWait() {
    stop.countDown();
    try {
      FINISHED.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean requested() {
    return stop.getCount() == 0;
  }

  /** Waits {@code pause}, or less if a stop is requested; true when it was. */
  boolean awaitFor(Duration pause) {
    try {
      return stop.await(pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** The command has printed all it will: a stop in progress may let the JVM exit. */
  static void commandFinished() {
    FINISHED.countDown();
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it waits for commandFinished
    }
  }
}
