package denominator.mock;

import denominator.DenominatorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Mock state persisted as JSON in one file, so that successive CLI runs see each other's changes.
 *
 * <p>Every operation takes an exclusive lock on {@code FILE.lock} (a file lock between processes,
 * a {@link ReentrantLock} between threads, since file locks are held per process), reads the
 * file, runs, and after a write replaces the file atomically through a temporary file and a
 * rename. Two processes writing at once therefore never lose each other's changes.
 */
final class FileStore implements MockStore {
  private static final ConcurrentHashMap<Path, ReentrantLock> THREAD_LOCKS =
      new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;
  private final ReentrantLock threadLock;

  FileStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.threadLock = THREAD_LOCKS.computeIfAbsent(this.file, f -> new ReentrantLock());
  }

  @Override
  public <T> T read(Function<MockState, T> read) {
    return locked(false, read);
  }

  @Override
  public <T> T write(Function<MockState, T> write) {
    return locked(true, write);
  }

  private <T> T locked(boolean save, Function<MockState, T> operation) {
    threadLock.lock();
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = FileChannel.open(lockFile,
              StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        MockState state = load();
        T result = operation.apply(state);
        if (save) {
          store(state);
        }
        return result;
      }
    } catch (IOException e) {
      throw new DenominatorException("mock: cannot use store " + file + ": " + e, e);
    } finally {
      threadLock.unlock();
    }
  }

  private MockState load() throws IOException {
    if (!Files.exists(file)) {
      return new MockState();
    }
    try {
      return MockJson.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new DenominatorException("mock: store " + file + " is not valid: " + e.getMessage(), e);
    }
  }

  private void store(MockState state) throws IOException {
    Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, MockJson.write(state), StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }
}
