package denominator.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built CLI ({@code denominator.cli.Main} from target/classes and its dependencies) as a
 * separate JVM, with its own HOME, so nothing touches the real home directory.
 */
final class CliProcess {
  private static final String CLASSPATH =
      System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private final Path home;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final Map<String, String> properties = new LinkedHashMap<>();

  CliProcess(Path home) {
    this.home = home;
  }

  Path home() {
    return home;
  }

  CliProcess env(String name, String value) {
    env.put(name, value);
    return this;
  }

  record Result(int code, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /**
   * Starts the CLI and leaves it running, stdout and stderr to be read from the process: for tests
   * that signal it.
   */
  Process start(String... args) {
    try {
      Process process = builder(args).start();
      process.getOutputStream().close();
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A system property for the CLI's JVM, as the launcher passes {@code denominator.stderr.tty} when
   * stderr is a terminal.
   */
  CliProcess property(String name, String value) {
    properties.put(name, value);
    return this;
  }

  /** The command line that runs the CLI, without arguments. */
  List<String> command() {
    List<String> command =
        new ArrayList<>(
            List.of(
                JAVA,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-Duser.home=" + home));
    properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
    command.addAll(List.of("-cp", CLASSPATH, "denominator.cli.Main"));
    return List.copyOf(command);
  }

  private ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>(command());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("DENOMINATOR_"));
    builder.environment().put("HOME", home.toString());
    builder.environment().putAll(env);
    return builder;
  }

  Result run(String... args) {
    ProcessBuilder builder = builder(args);
    try {
      Path out = Files.createTempFile(home, "out", ".txt");
      Path err = Files.createTempFile(home, "err", ".txt");
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + String.join(" ", args));
      }
      Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Runs and asserts exit 0, returning stdout. */
  String ok(String... args) {
    Result result = run(args);
    if (result.code() != 0) {
      throw new AssertionError("expected exit 0 for " + String.join(" ", args) + "\n" + result);
    }
    return result.out();
  }

  /** Writes a file under HOME readable by its owner only, as a config file should be. */
  void write(String relative, String content) {
    try {
      Path file = home.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
