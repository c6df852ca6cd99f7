package denominator.mock;

import java.util.function.Function;

/**
 * A store over state that the caller already holds under its own store's lock, so that work made of
 * several reads and writes (a sequential change set) runs as one operation of that store.
 */
final class HeldStore implements MockStore {
  private final MockState state;

  HeldStore(MockState state) {
    this.state = state;
  }

  @Override
  public <T> T read(Function<MockState, T> read) {
    return read.apply(state);
  }

  @Override
  public <T> T write(Function<MockState, T> write) {
    return write.apply(state);
  }
}
