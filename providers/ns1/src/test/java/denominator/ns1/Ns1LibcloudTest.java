package denominator.ns1;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.tck.LoopbackServers;
import denominator.tck.servers.LocalServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof of the plain wire format from outside the project: Apache Libcloud's {@code nsone} driver
 * (Debian's {@code python3-libcloud}) lists zones, creates a zone and plain A and MX records on the
 * simulator, and reads them back. Skipped where python3 or libcloud is missing, unless servers and
 * clients are required (CI).
 */
class Ns1LibcloudTest {
  static final String PYTHON = "/usr/bin/python3";
  static final String KEY = "libcloud-test-key";

  @StartStop final MockWebServer server = LoopbackServers.server();

  @TempDir Path dir;

  @Test
  void libcloudsNsoneDriverCreatesAndReadsBackPlainRecords() throws Exception {
    present(
        run(PYTHON, "-c", "import libcloud.dns.drivers.nsone").exitValue() == 0,
        "python3 with libcloud is not installed");
    Ns1Simulator simulator = Ns1Simulator.builder().apiKey(KEY).build();
    server.setDispatcher(simulator);
    Path script = dir.resolve("libcloud_nsone.py");
    try (InputStream in = getClass().getResourceAsStream("libcloud_nsone.py")) {
      Files.copy(in, script);
    }

    Process process =
        run(PYTHON, script.toString(), "127.0.0.1", Integer.toString(server.getPort()));
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(errors).isZero();
    JsonObject read = JsonParser.parseString(output).getAsJsonObject();
    assertThat(read.getAsJsonArray("after").toString()).isEqualTo("[\"libcloud.example\"]");
    assertThat(read.get("zone_ttl").getAsInt()).isEqualTo(3600);
    assertThat(read.getAsJsonObject("apex").toString())
        .isEqualTo(
            "{\"name\":\"libcloud.example\",\"type\":\"A\",\"data\":[\"192.0.2.7\"],\"ttl\":3600}");
    assertThat(read.getAsJsonArray("records").toString())
        .isEqualTo(
            "[\"libcloud.example A 192.0.2.7\","
                + "\"libcloud.example NS dns1.p01.nsone.net dns2.p01.nsone.net dns3.p01.nsone.net"
                + " dns4.p01.nsone.net\",\"mail.libcloud.example MX 10 mx.libcloud.example\"]");
    assertThat(simulator.requests())
        .contains(
            "PUT /v1/zones/{zone}",
            "PUT /v1/zones/{zone}/{domain}/{type}",
            "GET /v1/zones/{zone}/{domain}/{type}");
  }

  // Skipped where the client is missing, failed there when tests must have it (CI).
  private static void present(boolean present, String what) {
    LocalServer.requireInstalled(present, what + " (apt-get install -y python3-libcloud)");
  }

  /** Runs a command with the key in its environment, waiting for it as a guard, not a timing. */
  private static Process run(String... command) throws IOException, InterruptedException {
    present(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is missing");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("NS1_KEY", KEY);
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("python3 did not finish: " + String.join(" ", command));
    }
    return process;
  }
}
