package denominator.mock;

import java.util.function.Function;

/**
 * Where the mock provider keeps its state, and the lock around it: in memory, or in a JSON file
 * shared by several processes. Every operation sees the latest state and applies atomically.
 */
interface MockStore {

  /** Runs {@code read} against the current state. */
  <T> T read(Function<MockState, T> read);

  /** Runs {@code write} against the current state and keeps what it changed. */
  <T> T write(Function<MockState, T> write);
}
