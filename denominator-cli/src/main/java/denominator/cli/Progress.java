package denominator.cli;

import java.io.PrintWriter;
import java.util.Iterator;

/**
 * Counts what a long listing has fetched on stderr, rewriting one line, when stderr is a terminal
 * and the operator did not ask for quiet; stdout stays clean for pipes.
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
}
