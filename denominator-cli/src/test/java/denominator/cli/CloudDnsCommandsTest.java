package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.clouddns.CloudDnsSimulator;
import denominator.tck.LoopbackServers;
import java.nio.file.Path;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the Rackspace Cloud DNS simulator on loopback, signing in with a username and API
 * key as an operator would: zones and record sets written through jobs, and a TTL Rackspace refuses
 * refused before anything is written.
 */
class CloudDnsCommandsTest {
  static final String ZONE = "clouddns.example.";

  @TempDir Path home;
  final CloudDnsSimulator simulator = CloudDnsSimulator.builder().noRateLimits().build();
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

  String[] rackspace(String... args) {
    return Stream.concat(
            Stream.of(
                "-p",
                "clouddns",
                "-u",
                server.url("/v2.0").toString(),
                "-c",
                "username=joe",
                "-c",
                "apiKey=k3y"),
            Stream.of(args))
        .toArray(String[]::new);
  }

  @Test
  void zonesAndRecordSetsAndATtlRackspaceRefusesRefusedBeforeAnyWrite() {
    CliProcess cli = new CliProcess(home);
    cli.ok(rackspace("zone", "add", ZONE));
    assertThat(cli.ok(rackspace("zone", "list"))).contains(ZONE);

    cli.ok(
        rackspace(
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

    assertThat(cli.ok(rackspace("record", "-z", ZONE, "list")))
        .containsPattern("www\\.clouddns\\.example\\.\\s+A\\s+300\\s+192\\.0\\.2\\.1");
    assertThat(simulator.stateOf("clouddns.example")).containsKey("www.clouddns.example A");

    simulator.resetCounts();
    CliProcess.Result refused =
        cli.run(
            rackspace(
                "record",
                "-z",
                ZONE,
                "add",
                "-n",
                "api." + ZONE,
                "-t",
                "A",
                "--ttl",
                "60",
                "-d",
                "192.0.2.9"));

    assertThat(refused.code()).isNotZero();
    assertThat(refused.errLines()).singleElement().asString().contains("60");
    // the zone is looked up and the set read; nothing is written
    assertThat(simulator.requests()).allMatch(r -> r.startsWith("GET ") || r.contains("/tokens"));
  }
}
