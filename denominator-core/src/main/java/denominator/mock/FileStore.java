package denominator.mock;

import denominator.DenominatorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Mock state persisted as JSON in one file, so that successive CLI runs see each other's changes.
 *
 * <p>Every operation takes an exclusive lock on {@code FILE.lock} (a file lock between processes, a
 * {@link ReentrantLock} between threads, since file locks are held per process), reads the file,
 * runs, and after a write replaces the file atomically through a temporary file and a rename. Two
 * processes writing at once therefore never lose each other's changes, and a writer killed at any
 * moment leaves the last complete state; the OS releases its lock when it dies.
 */
final class FileStore implements MockStore {
  private static final ConcurrentHashMap<Path, ReentrantLock> THREAD_LOCKS =
      new ConcurrentHashMap<>();
  private static final FileAttribute<?> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(
          EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

  private final Path file;
  private final Path lockFile;
  private final Path temp;
  private final ReentrantLock threadLock;

  FileStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.temp = this.file.resolveSibling(this.file.getFileName() + ".tmp");
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
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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

  /**
   * Writes {@code state} to {@code FILE.tmp}, forces it to disk, and renames it over the file.
   *
   * <p>Only a writer holding the lock, as the caller does now, uses that name, so a {@code
   * FILE.tmp} found there was left by a writer killed mid-write, and is overwritten. (A fixed name,
   * not {@link Files#createTempFile}, whose random names cost a {@code SecureRandom} at a CLI
   * command's start.) Created readable by its owner only.
   *
   * <p>Against a killed process the atomic rename is enough: what it wrote stays in the OS cache.
   * The force is for an OS crash or power loss, after which the rename may be on disk before the
   * data it points to (ext4 without auto_da_alloc, XFS), leaving an empty or partial file; it costs
   * one fsync per write, small next to the JSON. The directory is not forced: a lost rename only
   * leaves the previous complete state.
   */
  private void store(MockState state) throws IOException {
    try {
      try (FileChannel channel =
          FileChannel.open(
              temp,
              Set.of(
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE),
              OWNER_ONLY)) {
        ByteBuffer json = StandardCharsets.UTF_8.encode(MockJson.write(state));
        while (json.hasRemaining()) {
          channel.write(json);
        }
        channel.force(false);
      }
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
