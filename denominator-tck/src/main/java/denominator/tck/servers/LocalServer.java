package denominator.tck.servers;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real DNS server that a test started on loopback ports: what it logged so far, and how to stop
 * it. Also finds server binaries, skipping the test with a visible reason when one is absent unless
 * {@value #REQUIRE} is {@code true} (as in CI), in which case the test fails instead.
 */
public interface LocalServer extends AutoCloseable {
  /** The environment variable that turns a missing server binary into a failure. */
  String REQUIRE = "DENOMINATOR_REQUIRE_SERVERS";

  /** A short name for messages, e.g. {@code pdns_server 4.7.3}. */
  String name();

  /** Everything the server wrote to stdout and stderr so far. */
  String log();

  /** Stops the server by its PID and removes its files; never throws. */
  @Override
  void close();

  /** The path of {@code binary} on the PATH or in the usual sbin directories, if installed. */
  static Optional<Path> find(String binary) {
    String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin:/usr/local/sbin";
    return Stream.of(path.split(":"))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, binary))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * The path of {@code binary}; skips the calling test when it is absent, or fails it when {@value
   * #REQUIRE} is {@code true}.
   */
  static Path require(String binary, String debianPackage) {
    Optional<Path> found = find(binary);
    requireInstalled(
        found.isPresent(), binary + " is not installed (apt-get install -y " + debianPackage + ")");
    return found.get();
  }

  /**
   * Skips the calling test with {@code reason} unless {@code installed}, or fails it when {@value
   * #REQUIRE} is {@code true}: the one rule for every missing piece of a local server.
   */
  static void requireInstalled(boolean installed, String reason) {
    if (!installed && Boolean.parseBoolean(System.getenv(REQUIRE))) {
      fail(reason + " and " + REQUIRE + "=true");
    }
    assumeTrue(installed, reason);
  }
}
