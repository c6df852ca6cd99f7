package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.tck.LoopbackServers;
import denominator.ultradns.UltraDnsResolver.Client;
import denominator.ultradns.UltraDnsSimulator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the UltraDNS simulator on loopback, as an operator would point it: zones,
 * directional pools through the geo commands (answers checked with the simulator's resolver) and
 * traffic-controller pools through the weighted commands.
 */
class UltraDnsCommandsTest {
  static final String ZONE = "udns.example.";
  static final String NAME = "www.udns.example.";
  static final Client NEW_YORK = Client.inSubdivision("US-NY");

  @TempDir Path home;
  final UltraDnsSimulator simulator = new UltraDnsSimulator();
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

  String[] ultradns(String... args) {
    return Stream.concat(
            Stream.of(
                "-p",
                "ultradns",
                "-u",
                server.url("/").toString(),
                "-c",
                "username=user",
                "-c",
                "password=password"),
            Stream.of(args))
        .toArray(String[]::new);
  }

  String[] geoPut(String qualifier, String regions, String address) {
    return ultradns(
        "geo", "-z", ZONE, "put", "-n", NAME, "-t", "A", "--ttl", "60", "-q", qualifier, "-r",
        regions, "-d", address);
  }

  List<String> answerInNewYork() {
    return simulator.answer(ZONE, NAME, "A", NEW_YORK);
  }

  @Test
  void zonesAndGeoSetsEvacuateAndRestore() {
    CliProcess cli = new CliProcess(home);
    cli.ok(ultradns("zone", "add", ZONE));
    assertThat(cli.ok(ultradns("zone", "list"))).contains(ZONE);

    cli.ok(geoPut("us-coasts", "US-NY,US-CA", "192.0.2.1"));
    cli.ok(geoPut("europe", "continent:EU", "192.0.2.2"));

    assertThat(cli.ok(ultradns("geo", "-z", ZONE, "list")))
        .containsPattern(
            "www\\.udns\\.example\\.\\s+A\\s+europe\\s+.*continent:EU\\s+192\\.0\\.2\\.2")
        .containsPattern(
            "www\\.udns\\.example\\.\\s+A\\s+us-coasts\\s+.*US-CA,US-NY\\s+192\\.0\\.2\\.1");
    assertThat(answerInNewYork()).containsExactly("192.0.2.1");

    Path snapshot = home.resolve("snap.json");
    cli.ok(
        ultradns(
            "geo",
            "-z",
            ZONE,
            "evacuate",
            "-q",
            "us-coasts",
            "--to",
            "europe",
            "--snapshot",
            snapshot.toString()));
    assertThat(answerInNewYork()).containsExactly("192.0.2.2");
    assertThat(simulator.answer(ZONE, NAME, "A", Client.in("DE"))).containsExactly("192.0.2.2");

    cli.ok(ultradns("geo", "-z", ZONE, "restore", "--snapshot", snapshot.toString()));
    assertThat(answerInNewYork()).containsExactly("192.0.2.1");
    assertThat(simulator.answer(ZONE, NAME, "A", Client.inSubdivision("US-TX"))).isEmpty();
  }

  String[] weightedPut(String qualifier, String weight, String address) {
    return ultradns(
        "weighted",
        "-z",
        ZONE,
        "put",
        "-n",
        "cdn." + ZONE,
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
  void aWeightedRampEndsWithTheWeightsExpectedAndAnOddWeightIsRefusedBeforeAnyRequest() {
    simulator.seedZone(ZONE);
    CliProcess cli = new CliProcess(home);
    cli.ok(weightedPut("blue", "90", "192.0.2.10"));
    cli.ok(weightedPut("green", "10", "192.0.2.20"));

    cli.ok(
        ultradns(
            "weighted",
            "-z",
            ZONE,
            "shift",
            "-n",
            "cdn." + ZONE,
            "-t",
            "A",
            "--from",
            "blue",
            "--to",
            "green",
            "--steps",
            "50,100"));

    assertThat(cli.ok(ultradns("weighted", "-z", ZONE, "list")))
        .containsPattern("blue\\s+60\\s+2\\s+192\\.0\\.2\\.10")
        .containsPattern("green\\s+60\\s+100\\s+192\\.0\\.2\\.20");

    simulator.resetCounts();
    CliProcess.Result odd = cli.run(weightedPut("red", "3", "192.0.2.30"));

    assertThat(odd.code()).isNotZero();
    assertThat(odd.errLines()).singleElement().asString().contains("3");
    assertThat(simulator.requests()).isEmpty();
  }
}
