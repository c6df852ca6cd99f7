package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.azure.AzureSimulator;
import denominator.tck.LoopbackServers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the Azure DNS simulator on loopback, signing in with an application's client
 * secret as an operator would: zones, record sets, and a set larger than Azure takes refused before
 * anything is written.
 */
class AzureCommandsTest {
  static final String ZONE = "azure.example.";

  @TempDir Path home;
  final AzureSimulator simulator = AzureSimulator.builder().unlimited().build();
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

  String[] azure(String... args) {
    String root = server.url("/").toString();
    return Stream.concat(
            Stream.of(
                "-p",
                "azure",
                "-u",
                root,
                "-c",
                "tenantId=tid",
                "-c",
                "clientId=cid",
                "-c",
                "clientSecret=s3cret",
                "-c",
                "subscriptionId=sub",
                "-c",
                "resourceGroup=rg",
                "-c",
                "authority=" + root),
            Stream.of(args))
        .toArray(String[]::new);
  }

  @Test
  void zonesAndRecordSetsAndASetLargerThanAzureTakesRefusedBeforeAnyWrite() {
    CliProcess cli = new CliProcess(home);
    cli.ok(azure("zone", "add", ZONE));
    assertThat(cli.ok(azure("zone", "list"))).contains(ZONE);

    cli.ok(
        azure(
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

    assertThat(cli.ok(azure("record", "-z", ZONE, "list")))
        .containsPattern("www\\.azure\\.example\\.\\s+A\\s+300\\s+192\\.0\\.2\\.1");
    assertThat(simulator.stateOf("azure.example")).containsKey("www A");

    simulator.resetCounts();
    List<String> big = new ArrayList<>(List.of("record", "-z", ZONE, "add", "-n", "big." + ZONE));
    big.addAll(List.of("-t", "A"));
    for (int i = 1; i <= 21; i++) {
      big.addAll(List.of("-d", "192.0.2." + i));
    }
    CliProcess.Result refused = cli.run(azure(big.toArray(String[]::new)));

    assertThat(refused.code()).isNotZero();
    assertThat(refused.errLines()).singleElement().asString().contains("21");
    // the zone is looked up and the set read; nothing is written
    assertThat(simulator.requests()).allMatch(r -> r.startsWith("GET ") || r.contains("/token"));
  }
}
