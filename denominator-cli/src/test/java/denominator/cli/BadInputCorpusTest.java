package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import denominator.Credentials;
import denominator.DNSApi;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.ValidationException;
import denominator.model.Zone;
import denominator.route53.Route53Simulator;
import denominator.tck.LoopbackServers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code bad-inputs.tsv}, through the API or the CLI (in-process) against the Route53
 * simulator: each fails with a message naming the bad value and sends no request, or, where only
 * the provider can tell (marked {@code reads}), sends no write.
 *
 * <p>Runs no command while another test replaces System.out or System.err: picocli prints to a
 * stream of its own, not to the writers given, when they changed since the command line was built.
 */
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@ResourceLock(value = Resources.SYSTEM_ERR, mode = ResourceAccessMode.READ)
class BadInputCorpusTest {
  static final String ACCESS_KEY = "AKIDEXAMPLE";
  static final List<String> WRITES =
      List.of("ChangeResourceRecordSets", "CreateHostedZone", "DeleteHostedZone");
  static final Route53Simulator simulator = new Route53Simulator(ACCESS_KEY, 7);
  static final MockWebServer server = LoopbackServers.server();
  @TempDir static Path dir;
  static DNSApiManager manager;
  static String zoneId;

  @BeforeAll
  static void start() throws IOException {
    server.setDispatcher(simulator);
    server.start();
    manager =
        Denominator.builder()
            .provider("route53")
            .url(url())
            .credentials(Credentials.of(Map.of("accessKey", ACCESS_KEY, "secretKey", "SECRET")))
            .build();
    zoneId = manager.api().zones().put(Zone.create("example.com.", "hostmaster@example.com", 300));
    // two zones of one name, made the vendor's way: a put of ours updates the zone of its name
    try (var sdk =
        software.amazon.awssdk.services.route53.Route53Client.builder()
            .endpointOverride(java.net.URI.create(url()))
            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
            .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
            .credentialsProvider(
                software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                    software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                        ACCESS_KEY, "SECRET")))
            .build()) {
      sdk.createHostedZone(r -> r.name("dup.example.").callerReference("dup-1"));
      sdk.createHostedZone(r -> r.name("dup.example.").callerReference("dup-2"));
    }
    ConfigFixtures.write(dir);
  }

  @AfterAll
  static void stop() {
    manager.close();
    server.close();
  }

  static String url() {
    return server.url("/").toString();
  }

  static Stream<BadInputCase> cases() throws IOException {
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/bad-inputs.tsv")) {
      return BadInputCase.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream();
    }
  }

  @Test
  void theCorpusCoversEveryCategoryOnBothSurfaces() throws IOException {
    List<BadInputCase> all = cases().toList();

    assertThat(all).hasSizeGreaterThanOrEqualTo(200);
    assertThat(all.stream().map(BadInputCase::toString).distinct()).hasSize(all.size());
    assertThat(all).extracting(BadInputCase::surface).contains("api", "cli");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedBeforeAnyRequest(BadInputCase c) {
    int total = simulator.requests();
    Map<String, Integer> writes = writes();

    if (c.surface().equals("cli")) {
      runCli(c);
    } else {
      runApi(c);
    }

    assertThat(writes()).as("writes sent").isEqualTo(writes);
    if (!c.readsAllowed()) {
      assertThat(simulator.requests() - total).as("requests sent").isZero();
    }
  }

  private static Map<String, Integer> writes() {
    return Map.of(
        WRITES.get(0),
        simulator.requests(WRITES.get(0)),
        WRITES.get(1),
        simulator.requests(WRITES.get(1)),
        WRITES.get(2),
        simulator.requests(WRITES.get(2)));
  }

  private void runCli(BadInputCase c) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out), new PrintWriter(err), cliArgs(c.input()))
            .execute(cliArgs(c.input()));
    String result = "exit " + code + ", stderr:\n" + err;

    assertThat(code).as(result).isEqualTo(Integer.parseInt(c.error()));
    assertThat(err.toString().lines().toList())
        .as(result)
        .singleElement()
        .asString()
        .startsWith("denominator: error: ")
        .contains(c.expect())
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(out.toString()).as(result).isEmpty();
  }

  /** Expands the placeholders; every case reads only its own config file, never ~. */
  private String[] cliArgs(String input) {
    List<String> args = new ArrayList<>();
    List<String> words = BadInputCase.words(input);
    if (!words.contains("--config") && !words.contains("-C")) {
      args.addAll(List.of("--config", dir.resolve("absent.json").toString()));
    }
    for (String word : words) {
      if (word.equals("$R53")) {
        args.addAll(
            List.of(
                "-p",
                "route53",
                "-u",
                url(),
                "-c",
                "accessKey=" + ACCESS_KEY,
                "-c",
                "secretKey=SECRET"));
      } else {
        args.add(
            word.replace("$URL", url()).replace("$DIR", dir.toString()).replace("$ZONEID", zoneId));
      }
    }
    return args.toArray(String[]::new);
  }

  private void runApi(BadInputCase c) {
    Throwable thrown =
        catchThrowable(
            () ->
                ApiCall.run(
                    api(),
                    zoneId,
                    url(),
                    BadInputCase.words(c.input().replace("$ZONEID", zoneId))));

    assertThat(thrown).as(c.input()).isNotNull();
    assertThat(thrown.getClass().getSimpleName()).as(String.valueOf(thrown)).isEqualTo(c.error());
    assertThat(thrown.getMessage()).contains(c.expect());
    if (thrown instanceof ValidationException v) {
      assertThat(v.expected()).as(v.getMessage()).isNotBlank();
    }
  }

  private static DNSApi api() {
    return manager.api();
  }
}
