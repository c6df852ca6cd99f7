package denominator.cli;

import denominator.AcrossZones;
import java.io.PrintWriter;
import java.util.Iterator;

/**
 * Counts what a long listing has fetched on stderr, rewriting one line, when stderr is a terminal
 * and the operator did not ask for quiet; stdout stays clean for pipes. {@link Zones} does the same
 * for work over many zones.
 */
final class Progress<T> implements Iterator<T> {
  private static final int EVERY = 1000;

  private final Iterator<T> delegate;
  private final PrintWriter err;
  private final String noun;
  private int count;

  private Progress(Iterator<T> delegate, PrintWriter err, String noun) {
    this.delegate = delegate;
    this.err = err;
    this.noun = noun;
  }

  /** {@code values}, counted on stderr if {@code show}. */
  static <T> Iterator<T> of(Iterator<T> values, Session session, String noun) {
    return session.showsProgress() ? new Progress<>(values, session.err(), noun) : values;
  }

  @Override
  public boolean hasNext() {
    boolean more = delegate.hasNext();
    if (!more && count >= EVERY) {
      err.print("\r\033[K");
      err.flush();
    }
    return more;
  }

  @Override
  public T next() {
    T value = delegate.next();
    if (++count % EVERY == 0) {
      err.print("\rdenominator: " + count + " " + noun + " so far…");
      err.flush();
    }
    return value;
  }

  /** Zones done, for {@link AcrossZones}, counted on stderr when the session shows progress. */
  static Zones zones(Session session) {
    return new Zones(session.showsProgress() ? session.err() : null);
  }

  /**
   * One rewritten stderr line {@code denominator: <step> <done>/<total> zones…} while work over two
   * or more zones runs, cleared when a step is done and on {@link #close}, so that notes and errors
   * start on a clean line. Hears from several threads at once: a count that arrives after a higher
   * one of the same step is not shown.
   */
  static final class Zones implements AcrossZones.Progress, AutoCloseable {
    private final PrintWriter err;
    private String step;
    private int shown;
    private boolean onScreen;

    private Zones(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void advanced(String step, int done, int total) {
      if (err == null || total < 2) {
        return;
      }
      if (!step.equals(this.step)) {
        this.step = step;
        shown = 0;
      }
      if (done <= shown) {
        return;
      }
      shown = done;
      if (done >= total) {
        clear();
        return;
      }
      err.print("\rdenominator: " + step + " " + done + "/" + total + " zones…");
      err.flush();
      onScreen = true;
    }

    /** Clears the line, if one is shown. */
    synchronized void clear() {
      if (onScreen) {
        err.print("\r\033[K");
        err.flush();
        onScreen = false;
      }
    }

    @Override
    public void close() {
      clear();
    }
  }
}
