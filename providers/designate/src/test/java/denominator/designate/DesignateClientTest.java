package denominator.designate;

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
 * Proof of the wire format from outside the project: Debian's {@code python3-openstacksdk}
 * authenticates at the simulator's Keystone (password, and application credential), finds the DNS
 * endpoint in the catalog, lists zones, creates a zone and a record set, and reads them back.
 * Skipped where python3 or openstacksdk is missing, unless servers and clients are required (CI).
 */
class DesignateClientTest {
  static final String PYTHON = "/usr/bin/python3";

  @StartStop final MockWebServer server = LoopbackServers.server();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"password", "application_credential"})
  void openstackSdkCreatesAZoneAndARecordSetAndReadsThemBack(String flavour) throws Exception {
    present(
        run(PYTHON, "-c", "import openstack").exitValue() == 0,
        "python3 with openstacksdk is not installed");
    DesignateSimulator simulator =
        DesignateSimulator.builder()
            .user("sdk-user", "sdk-password")
            .project("sdk-project")
            .applicationCredential("sdk-ac", "sdk-ac-secret")
            .maxLimit(2)
            .build();
    server.setDispatcher(simulator);
    Path script = dir.resolve("openstacksdk_designate.py");
    try (InputStream in = getClass().getResourceAsStream("openstacksdk_designate.py")) {
      Files.copy(in, script);
    }

    Process process =
        run(PYTHON, script.toString(), server.url("/identity/v3").toString(), flavour);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(errors + "\n" + simulator.requests()).isZero();
    JsonObject read = JsonParser.parseString(output).getAsJsonObject();
    assertThat(read.getAsJsonArray("before")).isEmpty();
    assertThat(read.getAsJsonObject("zone").toString())
        .isEqualTo(
            "{\"name\":\"sdk.example.\",\"status\":\"PENDING\",\"email\":\"hostmaster@sdk.example\","
                + "\"ttl\":3600,\"fetched_status\":\"PENDING\"}");
    assertThat(read.getAsJsonObject("created").toString())
        .isEqualTo("{\"status\":\"PENDING\",\"action\":\"CREATE\"}");
    assertThat(read.getAsJsonObject("read").toString())
        .isEqualTo(
            "{\"name\":\"www.sdk.example.\",\"type\":\"A\",\"ttl\":300,"
                + "\"records\":[\"192.0.2.7\",\"192.0.2.8\"],"
                + "\"description\":\"written by openstacksdk\",\"zone_id\":true,"
                + "\"zone_name\":\"sdk.example.\"}");
    assertThat(read.getAsJsonArray("listed").toString())
        .matches(
            "\\[\"sdk\\.example\\. NS ns1\\.example\\.org\\. ns2\\.example\\.org\\.\","
                + "\"sdk\\.example\\. SOA ns1\\.example\\.org\\. hostmaster\\.sdk\\.example\\."
                + " [0-9]+ 3600 600 86400 3600\","
                + "\"www\\.sdk\\.example\\. A 192\\.0\\.2\\.7 192\\.0\\.2\\.8\"\\]");
    assertThat(read.getAsJsonArray("after").toString()).isEqualTo("[\"sdk.example.\"]");
    assertThat(read.getAsJsonArray("paged").toString())
        .isEqualTo(
            "[\"sdk.example.\",\"sdk.example.\",\"www.sdk.example.\",\"a.sdk.example.\","
                + "\"b.sdk.example.\"]");
    assertThat(simulator.requests())
        .contains(
            "POST /identity/v3/auth/tokens",
            "GET /dns/v2/zones",
            "POST /dns/v2/zones",
            "POST /dns/v2/zones/{zone_id}/recordsets",
            "GET /dns/v2/zones/{zone_id}/recordsets/{recordset_id}",
            "GET /dns/v2/zones/{zone_id}/recordsets");
    assertThat(simulator.requests()).containsOnlyOnce("GET /dns/");
    assertThat(output + errors).doesNotContain("sdk-password", "sdk-ac-secret", "gAAAAA");
  }

  // Skipped where the client is missing, failed there when tests must have it (CI).
  private static void present(boolean present, String what) {
    LocalServer.requireInstalled(present, what + " (apt-get install -y python3-openstacksdk)");
  }

  /** Runs a command with the credentials in its environment, waiting for it as a guard. */
  private static Process run(String... command) throws IOException, InterruptedException {
    present(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is missing");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .putAll(
            Map.of(
                "DESIGNATE_USER", "sdk-user",
                "DESIGNATE_PASSWORD", "sdk-password",
                "DESIGNATE_PROJECT", "sdk-project",
                "DESIGNATE_AC_ID", "sdk-ac",
                "DESIGNATE_AC_SECRET", "sdk-ac-secret"));
    // no clouds.yaml or OS_* of the machine may reach the client
    builder.environment().keySet().removeIf(name -> name.startsWith("OS_"));
    builder.environment().put("OS_CLIENT_CONFIG_FILE", "/nonexistent/clouds.yaml");
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("python3 did not finish: " + String.join(" ", command));
    }
    return process;
  }
}
