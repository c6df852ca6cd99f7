package denominator.azure;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof of the wire format from outside the project: Microsoft's own npm clients, {@code
 * @azure/identity} (MSAL's client-credentials flow) and {@code @azure/arm-dns} (api-version
 * 2018-05-01), installed globally, drive the simulator over HTTPS on loopback (they send bearer
 * tokens over TLS only): a zone created, record sets of several types written with etags, a stale
 * etag refused, a PATCH, lists followed over {@code nextLink}, a delete, and the zone deleted as a
 * long-running operation. Skipped where node or the packages are missing, unless servers and
 * clients are required (CI).
 */
class AzureClientTest {
  static final String NODE = "/usr/bin/node";

  @TempDir Path dir;

  @Test
  void microsoftsNpmClientsDriveTheSimulatorOverHttps() throws Exception {
    present(Files.isExecutable(Path.of(NODE)), NODE + " is missing");
    Path modules = globalModules();
    present(
        Files.exists(modules.resolve("@azure/arm-dns/package.json"))
            && Files.exists(modules.resolve("@azure/identity/package.json")),
        "the npm packages @azure/arm-dns and @azure/identity are not installed under " + modules);
    SelfSignedTls tls = SelfSignedTls.create(dir);
    AzureSimulator simulator =
        AzureSimulator.builder()
            .credentials("npm-tenant", "npm-client", "npm-secret")
            .scope("npm-sub", "npm-rg")
            .build();
    Path script = dir.resolve("arm_dns_client.cjs");
    try (InputStream in = getClass().getResourceAsStream("arm_dns_client.cjs")) {
      Files.copy(in, script);
    }

    String output;
    String errors;
    int exit;
    try (MockWebServer server = LoopbackServers.server()) {
      server.useHttps(tls.serverSockets());
      server.setDispatcher(simulator);
      server.start();
      String base = "https://127.0.0.1:" + server.getPort();
      Process process = run(modules, tls.certificate(), NODE, script.toString(), base);
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      exit = process.exitValue();
    }

    assertThat(exit).as(errors + "\n" + simulator.requests()).isZero();
    JsonObject read = JsonParser.parseString(output).getAsJsonObject();
    assertThat(read.get("zone").toString())
        .isEqualTo(
            "[\"client.example\",\"global\",[\"ns1-01.azure-dns.com.\",\"ns2-01.azure-dns.net.\","
                + "\"ns3-01.azure-dns.org.\",\"ns4-01.azure-dns.info.\"],2]");
    assertThat(read.get("created").toString())
        .isEqualTo(
            "[\"www\",\"Microsoft.Network/dnszones/A\",300,\"www.client.example.\","
                + "{\"by\":\"npm\"},[{\"ipv4Address\":\"192.0.2.7\"}]]");
    assertThat(read.get("updated").toString()).isEqualTo("[60,\"192.0.2.8\",true]");
    assertThat(read.get("stale").toString())
        .isEqualTo(
            "[412,\"PreconditionFailed\","
                + "\"The Record set www has been modified (etag mismatch).\"]");
    assertThat(read.get("patched").toString()).isEqualTo("[120,{\"by\":\"npm\"},1]");
    assertThat(read.get("listed").toString())
        .isEqualTo(
            "[\"@ CAA\",\"@ MX\",\"@ NS\",\"@ SOA\",\"_sip._tcp SRV\",\"txt TXT\","
                + "\"v6 AAAA\",\"www A\"]");
    assertThat(read.get("aaaa").toString()).isEqualTo("[[\"2001:db8::7\"]]");
    assertThat(read.get("txt").toString()).isEqualTo("[255,45]");
    assertThat(read.get("deleted").toString()).isEqualTo("[404,\"NotFound\"]");
    assertThat(read.get("zones").toString()).isEqualTo("[\"client.example\"]");
    assertThat(read.get("after").toString()).isEqualTo("[]");
    assertThat(simulator.requests())
        .startsWith(
            "GET /{tenant}/v2.0/.well-known/openid-configuration",
            "POST /{tenant}/oauth2/v2.0/token",
            "PUT R/dnsZones/{zone}")
        .contains(
            "PATCH R/dnsZones/{zone}/{type}/{name}",
            "GET R/dnsZones/{zone}/{type}",
            "DELETE R/dnsZones/{zone}",
            "GET R/dnsOperationStatuses/{operation}");
    assertThat(simulator.requests("GET R/dnsZones/{zone}/recordsets"))
        .as("8 sets at 2 a page: the SDK follows nextLink to the fourth page and stops")
        .isEqualTo(4);
    assertThat(simulator.requests("POST /{tenant}/oauth2/v2.0/token")).isEqualTo(1);
    assertThat(output + errors).doesNotContain("npm-secret");
  }

  // Skipped where the client is missing, failed there when tests must have it (CI).
  private static void present(boolean present, String what) {
    LocalServer.requireInstalled(
        present,
        what + " (apt-get install -y nodejs npm; npm install -g @azure/arm-dns @azure/identity)");
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

  /** Runs node with the credentials in its environment, waiting for it as a guard. */
  private static Process run(Path modules, Path certificate, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    // no Azure settings of the machine may reach the client
    environment.keySet().removeIf(name -> name.startsWith("AZURE_"));
    environment.putAll(
        Map.of(
            "AZ_TENANT", "npm-tenant",
            "AZ_CLIENT", "npm-client",
            "AZ_SECRET", "npm-secret",
            "AZ_SUBSCRIPTION", "npm-sub",
            "AZ_GROUP", "npm-rg",
            "NODE_PATH", modules.toString(),
            "NODE_EXTRA_CA_CERTS", certificate.toString()));
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("node did not finish: " + String.join(" ", command));
    }
    return process;
  }
}
