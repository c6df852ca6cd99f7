package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.googledns.GoogleDnsSimulator;
import denominator.googledns.ServiceAccounts;
import denominator.tck.LoopbackServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the Cloud DNS simulator on loopback, signing in with a service-account key file
 * as an operator would: zones, a weighted ramp over {@code routingPolicy.wrr} items (named by
 * position), and a qualifier Cloud DNS cannot keep refused before anything is written (after the
 * zone is looked up).
 */
class GoogleDnsCommandsTest {
  static final String PROJECT = "cli-project";
  static final String ZONE = "google.example.";
  static final String NAME = "cdn.google.example.";

  @TempDir Path home;
  final GoogleDnsSimulator simulator = GoogleDnsSimulator.builder().project(PROJECT).build();
  final MockWebServer server = LoopbackServers.server();
  Path key;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(simulator);
    server.start();
    key = home.resolve("key.json");
    Files.writeString(
        key,
        ServiceAccounts.shared()
            .keyJson(server.url(GoogleDnsSimulator.TOKEN_PATH).toString(), PROJECT));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  String[] google(String... args) {
    return Stream.concat(
            Stream.of(
                "-p",
                "googledns",
                "-u",
                server.url("/dns/v1").toString(),
                "-c",
                "serviceAccountKey=" + key),
            Stream.of(args))
        .toArray(String[]::new);
  }

  String[] weightedPut(String qualifier, String weight, String address) {
    return google(
        "weighted",
        "-z",
        ZONE,
        "put",
        "-n",
        NAME,
        "-t",
        "A",
        "--ttl",
        "60",
        "-q",
        qualifier,
        "-w",
        weight,
        "-d",
        address);
  }

  @Test
  void aWeightedRampEndsWithTheWeightsExpectedAndANamedQualifierIsRefusedBeforeAnyWrite() {
    CliProcess cli = new CliProcess(home);
    cli.ok(google("zone", "add", ZONE));
    assertThat(cli.ok(google("zone", "list"))).contains(ZONE);
    String zone = "google-example"; // the managed zone's label, derived from its name
    cli.ok(weightedPut("0", "90", "192.0.2.10"));
    cli.ok(weightedPut("1", "10", "192.0.2.20"));

    cli.ok(
        google(
            "weighted",
            "-z",
            ZONE,
            "shift",
            "-n",
            NAME,
            "-t",
            "A",
            "--from",
            "0",
            "--to",
            "1",
            "--steps",
            "50,100"));

    assertThat(cli.ok(google("weighted", "-z", ZONE, "list")))
        .containsPattern("0\\s+60\\s+0\\s+192\\.0\\.2\\.10")
        .containsPattern("1\\s+60\\s+100\\s+192\\.0\\.2\\.20");
    assertThat(simulator.stateOf(zone).get(NAME + " A"))
        .contains("\"wrr\"", "192.0.2.10", "192.0.2.20");

    simulator.resetCounts();
    CliProcess.Result named = cli.run(weightedPut("blue", "5", "192.0.2.30"));

    assertThat(named.code()).isNotZero();
    assertThat(named.errLines()).singleElement().asString().contains("blue");
    // the zone is looked up and the set read; nothing is written
    assertThat(simulator.requests()).allMatch(r -> r.startsWith("GET ") || r.equals("POST /token"));
  }
}
