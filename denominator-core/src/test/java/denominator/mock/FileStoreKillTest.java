package denominator.mock;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApiManager;
import denominator.model.Zone;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process writing large states to a file store is killed (SIGKILL) at random moments: the file
 * always holds one complete write, and the next writer is blocked neither by the dead one's lock
 * nor by its temporary file.
 */
class FileStoreKillTest {
  static final int SETS = 2000;
  static final int KILLS = 6;

  @TempDir Path dir;

  @Test
  void aWriterKilledMidWriteLeavesTheLastCompleteState() throws Exception {
    Path file = dir.resolve("mock.json");
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int written = 0;

    for (int kill = 0; kill < KILLS; kill++) {
      String context = "kill " + kill + ", seed " + seed;
      Path log = dir.resolve("churner" + kill + ".log");
      Process churner = churner(file, log);
      int first = awaitGeneration(churner, log, written + 1, context);
      Thread.sleep(random.nextInt(600));
      churner.destroyForcibly();
      assertThat(churner.waitFor(10, TimeUnit.SECONDS)).as(context).isTrue();

      int printed = Math.max(first, lastGeneration(log));
      int stored = storedGeneration(file, context);
      assertThat(stored)
          .as(context + ": the stored generation, after %d printed", printed)
          .isBetween(printed, printed + 1);
      assertThat(lockIsFree(file)).as(context + ": the dead writer's lock is released").isTrue();
      written = stored;
    }

    try (DNSApiManager manager = FileStoreTest.open(file)) {
      manager.api().zones().put(Zone.create("other.com.", "h@other.com", 300));
    }
    assertThat(dir)
        .as("temporary files left by killed writers are removed by the next write")
        .isDirectoryNotContaining("glob:**.tmp");
  }

  private Process churner(Path file, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            FileStoreChurner.class.getName(),
            file.toString(),
            Integer.toString(SETS))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Waits until the churner has written {@code generation}: it got the lock and wrote. */
  private static int awaitGeneration(Process churner, Path log, int generation, String context)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      int last = lastGeneration(log);
      if (last >= generation) {
        return last;
      }
      if (!churner.isAlive()) {
        throw new AssertionError(context + ": writer died: " + Files.readString(log));
      }
      Thread.sleep(20);
    }
    churner.destroyForcibly();
    throw new AssertionError(context + ": writer wrote nothing in 20 s: " + Files.readString(log));
  }

  private static int lastGeneration(Path log) throws IOException {
    List<String> lines =
        Files.readAllLines(log).stream().filter(line -> line.matches("\\d+")).toList();
    return lines.isEmpty() ? 0 : Integer.parseInt(lines.get(lines.size() - 1));
  }

  /** Parses the file itself and returns the one generation that all its sets carry. */
  private static int storedGeneration(Path file, String context) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    MockZone zone = MockJson.read(json).zone(FileStoreChurner.ZONE);
    List<Integer> generations =
        zone.recordSets().values().stream()
            .filter(set -> set.type().equals("TXT"))
            .map(FileStoreChurner::generation)
            .distinct()
            .toList();
    assertThat(zone.recordSets()).as(context).hasSize(2 + 1 + SETS);
    assertThat(generations).as(context + ": one generation for every set").hasSize(1);
    return generations.get(0);
  }

  private static boolean lockIsFree(Path file) throws IOException {
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock != null;
    }
  }
}
