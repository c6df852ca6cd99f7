package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.cloudflare.CloudflareSimulator;
import denominator.tck.LoopbackServers;
import java.nio.file.Path;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the Cloudflare simulator on loopback, as an operator would point it: zones,
 * record sets grouped from Cloudflare's per-value records, and a bad value refused before any
 * request.
 */
class CloudflareCommandsTest {
  static final String TOKEN = "cli-test-token";
  static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
  static final String ZONE = "cloudflare.example.";

  @TempDir Path home;
  final CloudflareSimulator simulator =
      CloudflareSimulator.builder().apiToken(TOKEN).accountId(ACCOUNT).build();
  final MockWebServer server = LoopbackServers.server();

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(simulator);
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  String[] cloudflare(String... args) {
    return Stream.concat(
            Stream.of(
                "-p",
                "cloudflare",
                "-u",
                server.url("/client/v4").toString(),
                "-c",
                "apiToken=" + TOKEN,
                "-c",
                "accountId=" + ACCOUNT),
            Stream.of(args))
        .toArray(String[]::new);
  }

  @Test
  void zonesAndRecordSetsAndABadValueRefusedBeforeAnyRequest() {
    CliProcess cli = new CliProcess(home);
    cli.ok(cloudflare("zone", "add", ZONE));
    assertThat(cli.ok(cloudflare("zone", "list"))).contains(ZONE);

    cli.ok(
        cloudflare(
            "record",
            "-z",
            ZONE,
            "add",
            "-n",
            "www." + ZONE,
            "-t",
            "A",
            "--ttl",
            "300",
            "-d",
            "192.0.2.1",
            "-d",
            "192.0.2.2"));

    assertThat(cli.ok(cloudflare("record", "-z", ZONE, "list")))
        .containsPattern("www\\.cloudflare\\.example\\.\\s+A\\s+300\\s+192\\.0\\.2\\.1");
    assertThat(simulator.records("cloudflare.example", "www.cloudflare.example", "A")).hasSize(2);

    simulator.resetCounts();
    CliProcess.Result bad =
        cli.run(
            cloudflare(
                "record", "-z", ZONE, "add", "-n", "www." + ZONE, "-t", "A", "-d", "300.1.1.1"));

    assertThat(bad.code()).isNotZero();
    assertThat(bad.errLines()).singleElement().asString().contains("300.1.1.1");
    assertThat(simulator.requests()).isEmpty();
  }
}
