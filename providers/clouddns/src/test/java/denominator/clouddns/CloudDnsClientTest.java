package denominator.clouddns;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proof of the wire format from outside the project: Debian's {@code python3-libcloud} Rackspace
 * DNS driver authenticates at the simulator's identity (api key, and password), finds {@code
 * rax:dns} in the catalog, creates a domain and records through jobs it polls, lists, updates,
 * reads and deletes them, pages over 101 domains, and is refused a duplicate domain and a bad
 * secret. Skipped where python3 or libcloud is missing, unless servers and clients are required
 * (CI).
 */
class CloudDnsClientTest {
  static final String PYTHON = "/usr/bin/python3";

  @StartStop final MockWebServer server = LoopbackServers.server();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"apikey", "password"})
  void libcloudWritesAndReadsADomainThroughJobs(String kind) throws Exception {
    present(
        run(PYTHON, "-c", "import libcloud.dns.drivers.rackspace").exitValue() == 0,
        "python3 with libcloud is not installed");
    // libcloud checks token expiry on the real clock: the simulator keeps the system clock
    CloudDnsSimulator simulator =
        CloudDnsSimulator.builder().user("lc-user", "lc-key", "lc-password").noRateLimits().build();
    server.setDispatcher(simulator);
    Path script = dir.resolve("libcloud_rackspace.py");
    try (InputStream in = getClass().getResourceAsStream("libcloud_rackspace.py")) {
      Files.copy(in, script);
    }

    String root = server.url("/").toString();
    Process process = run(PYTHON, script.toString(), root.substring(0, root.length() - 1), kind);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(errors + "\n" + simulator.requests()).isZero();
    JsonObject read = JsonParser.parseString(output).getAsJsonObject();
    assertThat(read.getAsJsonArray("before")).isEmpty();
    assertThat(read.getAsJsonObject("zone").toString())
        .isEqualTo(
            "{\"domain\":\"client.example\",\"extra\":{\"comment\":\"made by libcloud\","
                + "\"email\":\"admin@client.example\"},\"ttl\":3600}");
    assertThat(read.getAsJsonArray("created").toString())
        .isEqualTo(
            "[{\"data\":\"192.0.2.7\",\"id\":\"A\",\"name\":\"www\",\"priority\":null,"
                + "\"ttl\":300,\"type\":\"A\"},{\"data\":\"mx.client.example\",\"id\":\"MX\","
                + "\"name\":null,\"priority\":10,\"ttl\":300,\"type\":\"MX\"}]");
    assertThat(read.getAsJsonArray("listed").toString())
        .isEqualTo(
            "[\"None MX mx.client.example 300\",\"None NS dns1.stabletransit.com 3600\","
                + "\"None NS dns2.stabletransit.com 3600\",\"www A 192.0.2.7 300\"]");
    assertThat(read.getAsJsonObject("updated").toString())
        .isEqualTo("{\"data\":\"192.0.2.8\",\"ttl\":600}");
    assertThat(read.getAsJsonArray("afterDelete").toString())
        .isEqualTo("[\"None NS\",\"None NS\",\"www A\"]");
    assertThat(read.get("duplicate").getAsString())
        .isEqualTo("409 - The object already exists. (Domain already exists)");
    assertThat(read.get("zones").getAsInt()).isEqualTo(102);
    assertThat(read.get("afterZoneDelete").getAsBoolean()).isFalse();
    assertThat(read.get("badSecret").getAsString()).isEqualTo("InvalidCredsError");
    assertThat(simulator.requests())
        .contains(
            "POST /v2.0/tokens",
            "GET /v1.0/{tenant}/domains",
            "POST /v1.0/{tenant}/domains",
            "GET /v1.0/{tenant}/status/{jobId}",
            "POST /v1.0/{tenant}/domains/{domainId}/records",
            "GET /v1.0/{tenant}/domains/{domainId}",
            "PUT /v1.0/{tenant}/domains/{domainId}/records/{recordId}",
            "GET /v1.0/{tenant}/domains/{domainId}/records/{recordId}",
            "DELETE /v1.0/{tenant}/domains/{domainId}/records/{recordId}",
            "DELETE /v1.0/{tenant}/domains/{domainId}");
    assertThat(output + errors).doesNotContain("lc-key", "lc-password");
  }

  // Skipped where the client is missing, failed there when tests must have it (CI).
  private static void present(boolean present, String what) {
    LocalServer.requireInstalled(present, what + " (apt-get install -y python3-libcloud)");
  }

  /** Runs a command with the credentials in its environment, waiting for it as a guard. */
  private static Process run(String... command) throws IOException, InterruptedException {
    present(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is missing");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .putAll(
            Map.of(
                "CLOUDDNS_USER", "lc-user",
                "CLOUDDNS_APIKEY", "lc-key",
                "CLOUDDNS_PASSWORD", "lc-password"));
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("python3 did not finish: " + String.join(" ", command));
    }
    return process;
  }
}
