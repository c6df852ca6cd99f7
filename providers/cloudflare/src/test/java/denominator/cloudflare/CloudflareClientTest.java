package denominator.cloudflare;

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
 * Proof of the wire format from outside the project, with two real clients. Cloudflare's official
 * TypeScript SDK (the npm package {@code cloudflare}, installed globally) creates a zone, records
 * with content and with structured data, sends a batch, lists page by page and by exact name, meets
 * a refusal and reads the SOA settings. Apache Libcloud's CloudFlare driver (Debian's {@code
 * python3-libcloud}) creates a zone and plain and special records, overwrites and deletes one, and
 * lists them. Each is skipped where its client is missing, unless servers and clients are required
 * (CI).
 */
class CloudflareClientTest {
  static final String NODE = "/usr/bin/node";
  static final String PYTHON = "/usr/bin/python3";
  static final String TOKEN = "npm-test-token";
  static final String ACCOUNT = "c0000000000000000000000000000001";

  @StartStop final MockWebServer server = LoopbackServers.server();

  @TempDir Path dir;

  @Test
  void theOfficialNpmClientDrivesTheSimulator() throws Exception {
    present(Files.isExecutable(Path.of(NODE)), NODE + " is missing");
    Path modules = globalModules();
    present(
        Files.exists(modules.resolve("cloudflare/package.json")),
        "the npm package cloudflare is not installed under " + modules);
    CloudflareSimulator simulator =
        CloudflareSimulator.builder().apiToken(TOKEN).accountId(ACCOUNT).zonePageSize(5).build();
    server.setDispatcher(simulator);
    Path script = dir.resolve("cloudflare_client.cjs");
    try (InputStream in = getClass().getResourceAsStream("cloudflare_client.cjs")) {
      Files.copy(in, script);
    }

    Process process = run(modules, NODE, script.toString(), server.url("/client/v4").toString());
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(errors).isZero();
    JsonObject read = JsonParser.parseString(output).getAsJsonObject();
    assertThat(read.get("zones").toString()).isEqualTo("[\"client.example\"]");
    assertThat(read.get("created").toString())
        .isEqualTo("[\"www.client.example\",\"A\",\"192.0.2.7\",1,true,\"by npm\",[\"tool:npm\"]]");
    assertThat(read.get("mx").toString()).isEqualTo("[\"mx.client.example\",10]");
    assertThat(read.get("srv").toString())
        .isEqualTo(
            "[\"5 5060 sip.client.example\",10,"
                + "{\"priority\":10,\"weight\":5,\"port\":5060,\"target\":\"sip.client.example\"}]");
    assertThat(read.get("batch").toString())
        .isEqualTo(
            "{\"deletes\":[true],\"patches\":[600],\"puts\":0,\"posts\":[[\"192.0.2.7\",false,1]]}");
    assertThat(read.get("records").toString())
        .isEqualTo(
            "[\"_sip._udp.client.example SRV 5 5060 sip.client.example\","
                + "\"client.example MX mx.client.example\","
                + "\"www.client.example A 192.0.2.7\"]");
    assertThat(read.get("byName").toString()).isEqualTo("[\"192.0.2.7\"]");
    assertThat(read.get("refused").toString()).isEqualTo("[400,[81053]]");
    assertThat(read.get("soa").toString()).isEqualTo("[\"dns.cloudflare.com\",1800]");
    assertThat(read.get("deleted").getAsBoolean()).isTrue();
    assertThat(simulator.requests())
        .contains(
            "POST /client/v4/zones",
            "POST /client/v4/zones/{zone_id}/dns_records/batch",
            "GET /client/v4/zones/{zone_id}/dns_settings",
            "DELETE /client/v4/zones/{zone_id}");
    assertThat(simulator.requests("GET /client/v4/zones/{zone_id}/dns_records"))
        .as(
            "the SDK reads one empty page past the last, whatever total_pages says: 3 records at 2"
                + " a page take pages 1 to 3, the one record by name pages 1 and 2")
        .isEqualTo(5);
  }

  @Test
  void libcloudsCloudflareDriverCreatesUpdatesAndReadsBackRecords() throws Exception {
    present(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is missing");
    present(
        python("-c", "import libcloud.dns.drivers.cloudflare").exitValue() == 0,
        "python3 with libcloud is not installed (apt-get install -y python3-libcloud)");
    CloudflareSimulator simulator =
        CloudflareSimulator.builder().apiToken(TOKEN).accountId(ACCOUNT).build();
    server.setDispatcher(simulator);
    Path script = dir.resolve("libcloud_cloudflare.py");
    try (InputStream in = getClass().getResourceAsStream("libcloud_cloudflare.py")) {
      Files.copy(in, script);
    }

    Process process = python(script.toString(), "127.0.0.1", Integer.toString(server.getPort()));
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(errors).isZero();
    JsonObject read = JsonParser.parseString(output).getAsJsonObject();
    assertThat(read.get("zones").toString()).isEqualTo("[\"libcloud.example\"]");
    // Libcloud's update nests the TTL under an "extra" member Cloudflare does not know, so its PUT
    // sends none and the overwrite takes the default: automatic (1)
    assertThat(read.get("updated").toString()).isEqualTo("[true,\"192.0.2.8\",1]");
    assertThat(read.get("deleted").getAsBoolean()).isTrue();
    assertThat(read.get("records").toString())
        .isEqualTo(
            "[\"None CAA 0 issue \\\"ca.example.net\\\" 300\","
                + "\"None MX mx.libcloud.example 3600\","
                + "\"ssh SSHFP 4 2 "
                + "ab".repeat(32)
                + " 300\","
                + "\"www A 192.0.2.8 1\"]");
    assertThat(read.get("after").toString()).isEqualTo("[]");
  }

  // Skipped where the client is missing, failed there when tests must have it (CI).
  private static void present(boolean present, String what) {
    LocalServer.requireInstalled(
        present, what + " (apt-get install -y nodejs npm; npm install -g cloudflare)");
  }

  /** Where {@code npm install -g} puts packages: {@code npm root -g}, else Debian's folder. */
  private static Path globalModules() throws IOException, InterruptedException {
    Path debian = Path.of("/usr/lib/node_modules");
    if (!Files.isExecutable(Path.of("/usr/bin/npm"))) {
      return debian;
    }
    Process npm = new ProcessBuilder("/usr/bin/npm", "root", "-g").start();
    String root = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return npm.waitFor(1, TimeUnit.MINUTES) && npm.exitValue() == 0 && !root.isEmpty()
        ? Path.of(root)
        : debian;
  }

  /** Runs Debian's python3 with the token in its environment (Libcloud finds no other way). */
  private static Process python(String... arguments) throws IOException, InterruptedException {
    String[] command = new String[arguments.length + 1];
    command[0] = PYTHON;
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    return run(Path.of("/nonexistent"), command);
  }

  /** Runs node with the token in its environment, waiting for it as a guard, not a timing. */
  private static Process run(Path modules, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("CF_TOKEN", TOKEN);
    builder.environment().put("CF_ACCOUNT", ACCOUNT);
    builder.environment().put("NODE_PATH", modules.toString());
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("node did not finish: " + String.join(" ", command));
    }
    return process;
  }
}
