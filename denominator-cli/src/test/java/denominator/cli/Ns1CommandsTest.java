package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.ns1.Ns1FilterChain.Client;
import denominator.ns1.Ns1Simulator;
import denominator.tck.LoopbackServers;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the NS1 simulator on loopback, as an operator would point it: zones, geo sets
 * (answers checked with the simulator's filter-chain evaluation) and weighted sets.
 */
class Ns1CommandsTest {
  static final String KEY = "cli-test-key";
  static final String ZONE = "ns1.example.";
  static final String NAME = "www.ns1.example.";
  static final Client NEW_YORK = Client.inSubdivision("US-NY");

  @TempDir Path home;
  final Ns1Simulator simulator = Ns1Simulator.builder().apiKey(KEY).build(); // NS1's own limits
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

  String[] ns1(String... args) {
    return Stream.concat(
            Stream.of("-p", "ns1", "-u", server.url("/v1").toString(), "-c", "apiKey=" + KEY),
            Stream.of(args))
        .toArray(String[]::new);
  }

  String[] geoPut(String qualifier, String regions, String address) {
    return ns1(
        "geo", "-z", ZONE, "put", "-n", NAME, "-t", "A", "--ttl", "60", "-q", qualifier, "-r",
        regions, "-d", address);
  }

  List<String> answerInNewYork() {
    return simulator.answer(ZONE, NAME, "A", NEW_YORK);
  }

  @Test
  void zonesAndGeoSetsEvacuateAndRestore() {
    CliProcess cli = new CliProcess(home);
    cli.ok(ns1("zone", "add", ZONE));
    assertThat(cli.ok(ns1("zone", "list"))).contains(ZONE);

    cli.ok(geoPut("us-coasts", "US-NY,US-CA", "192.0.2.1"));
    cli.ok(geoPut("europe", "continent:EU", "192.0.2.2"));

    assertThat(cli.ok(ns1("geo", "-z", ZONE, "list")))
        .containsPattern(
            "www\\.ns1\\.example\\.\\s+A\\s+europe\\s+.*continent:EU\\s+192\\.0\\.2\\.2")
        .containsPattern(
            "www\\.ns1\\.example\\.\\s+A\\s+us-coasts\\s+.*US-CA,US-NY\\s+192\\.0\\.2\\.1");
    assertThat(answerInNewYork()).containsExactly("192.0.2.1");

    Path snapshot = home.resolve("snap.json");
    cli.ok(
        ns1(
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

    cli.ok(ns1("geo", "-z", ZONE, "restore", "--snapshot", snapshot.toString()));
    assertThat(answerInNewYork()).containsExactly("192.0.2.1");
    assertThat(simulator.answer(ZONE, NAME, "A", Client.inSubdivision("US-TX"))).isEmpty();
  }

  String[] weightedPut(String qualifier, String weight, String address) {
    return ns1(
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
  void aWeightedRampEndsWithTheWeightsExpectedAndAWeightOutOfRangeIsRefusedBeforeAnyRequest() {
    CliProcess cli = new CliProcess(home);
    cli.ok(ns1("zone", "add", ZONE));
    cli.ok(weightedPut("blue", "90", "192.0.2.10"));
    cli.ok(weightedPut("green", "10", "192.0.2.20"));

    cli.ok(
        ns1(
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

    assertThat(cli.ok(ns1("weighted", "-z", ZONE, "list")))
        .containsPattern("blue\\s+60\\s+0\\s+192\\.0\\.2\\.10")
        .containsPattern("green\\s+60\\s+100\\s+192\\.0\\.2\\.20");

    simulator.resetCounts();
    CliProcess.Result tooHeavy = cli.run(weightedPut("red", "101", "192.0.2.30"));

    assertThat(tooHeavy.code()).isNotZero();
    assertThat(tooHeavy.errLines()).singleElement().asString().contains("101");
    assertThat(simulator.requests()).isEmpty();
  }
}
