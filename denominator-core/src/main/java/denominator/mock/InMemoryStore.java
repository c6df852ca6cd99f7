package denominator.mock;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** Mock state held in memory, behind a read-write lock. */
final class InMemoryStore implements MockStore {
  private final MockState state = new MockState();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  @Override
  public <T> T read(Function<MockState, T> read) {
    lock.readLock().lock();
    try {
      return read.apply(state);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public <T> T write(Function<MockState, T> write) {
    lock.writeLock().lock();
    try {
      return write.apply(state);
    } finally {
      lock.writeLock().unlock();
    }
  }
}
