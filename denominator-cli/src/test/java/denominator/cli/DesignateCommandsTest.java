package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.designate.DesignateSimulator;
import denominator.tck.LoopbackServers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the Designate simulator on loopback, signing in to Keystone with an application
 * credential as an operator would: zones, record sets, and a value Designate cannot hold refused
 * before anything is written (after the zone is looked up).
 */
class DesignateCommandsTest {
  static final String ZONE = "designate.example.";

  @TempDir Path home;
  final DesignateSimulator simulator =
      DesignateSimulator.builder()
          .applicationCredential("cli", "cli-secret")
          .propagationDelay(Duration.ZERO)
          .build();
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

  String[] designate(String... args) {
    return Stream.concat(
            Stream.of(
                "-p",
                "designate",
                "-u",
                server.url("/identity/v3").toString(),
                "-c",
                "applicationCredentialId=cli",
                "-c",
                "applicationCredentialSecret=cli-secret"),
            Stream.of(args))
        .toArray(String[]::new);
  }

  @Test
  void zonesAndRecordSetsAndAValueDesignateCannotHoldRefusedBeforeAnyWrite() {
    CliProcess cli = new CliProcess(home);
    cli.ok(designate("zone", "add", ZONE));
    assertThat(cli.ok(designate("zone", "list"))).contains(ZONE);

    cli.ok(
        designate(
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

    assertThat(cli.ok(designate("record", "-z", ZONE, "list")))
        .containsPattern("www\\.designate\\.example\\.\\s+A\\s+300\\s+192\\.0\\.2\\.1");
    assertThat(simulator.stateOf(ZONE)).containsKey("www." + ZONE + " A");

    simulator.resetCounts();
    CliProcess.Result flagged =
        cli.run(
            designate(
                "record",
                "-z",
                ZONE,
                "add",
                "-n",
                ZONE,
                "-t",
                "CAA",
                "-d",
                "128 issue \"ca.example.net\""));

    assertThat(flagged.code()).isNotZero();
    assertThat(flagged.errLines()).singleElement().asString().contains("128");
    // the zone is looked up and the set read; nothing is written
    assertThat(simulator.requests())
        .allMatch(r -> r.startsWith("GET ") || r.equals("POST /identity/v3/auth/tokens"));
  }
}
