package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.route53.Route53Simulator;
import denominator.tck.LeakDetector;
import denominator.tck.LoopbackServers;
import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * No credential appears in what the CLI prints, with {@code --verbose} (HTTP log, stack traces):
 * {@code providers}, {@code zone list}, {@code record list}, and failing commands, with the secrets
 * given by flag, by environment variable and by config file, against the Route53 simulator and a
 * real PowerDNS.
 */
class SecretsCommandsTest {
  static final LeakDetector made = new LeakDetector();
  static final String ACCESS_KEY = "AKIDCLISECRETS"; // not a secret
  static final String SECRET_KEY = made.secret("cli-route53-secretKey");
  static final String SESSION_TOKEN = made.secret("cli-route53-sessionToken");
  static final String API_KEY = made.secret("cli-powerdns-apiKey");
  static PowerDnsServer powerdns;

  @RegisterExtension
  static final RunningServer SERVER =
      new RunningServer(() -> powerdns = PowerDnsServer.start(API_KEY));

  @TempDir Path home;
  final MockWebServer route53 = LoopbackServers.server();
  final LeakDetector leaks = new LeakDetector();

  SecretsCommandsTest() {
    leaks.secret("cli-route53-secretKey", SECRET_KEY);
    leaks.secret("cli-route53-sessionToken", SESSION_TOKEN);
    leaks.secret("cli-powerdns-apiKey", API_KEY);
  }

  @AfterEach
  void stopRoute53() {
    route53.close();
  }

  /** How the credentials reach the CLI: flags, environment or config file. */
  enum Source {
    FLAGS,
    ENVIRONMENT,
    CONFIG_FILE
  }

  @Test
  void route53CommandsPrintNoSecretFromAnySource() throws Exception {
    route53.setDispatcher(new Route53Simulator(ACCESS_KEY, 3));
    route53.start();
    Map<String, String> credentials =
        Map.of("accessKey", ACCESS_KEY, "secretKey", SECRET_KEY, "sessionToken", SESSION_TOKEN);
    for (Source source : Source.values()) {
      Configured configured =
          configure(source, "route53", route53.url("/").toString(), credentials);
      CliProcess cli = configured.cli();
      String[] given = configured.given();
      String zone = "r53-" + source.name().toLowerCase().replace('_', '-') + ".secrets.test";
      cli.ok(args(given, "zone", "add", zone + "."));
      runEveryCommand(cli, source, given, zone);
      check(
          cli.run(args(given, "-c", "accessKey=AKIDWRONG", "--verbose", "zone", "list")),
          source + " bad credentials",
          1);
    }
    leaks.assertNoLeak();
  }

  @Test
  void powerDnsCommandsPrintNoSecretFromAnySourceAndTheLogRedactsTheKey() {
    Map<String, String> credentials = Map.of("apiKey", API_KEY);
    List<CliProcess.Result> verbose = new ArrayList<>();
    for (Source source : Source.values()) {
      Configured configured = configure(source, "powerdns", powerdns.apiUrl(), credentials);
      CliProcess cli = configured.cli();
      String[] given = configured.given();
      String zone = "cli-" + source.name().toLowerCase().replace('_', '-') + ".secrets.test";
      cli.ok(args(given, "zone", "add", zone + "."));
      verbose.add(runEveryCommand(cli, source, given, zone));
      check(
          cli.run(
              args(
                  given,
                  "-c",
                  "apiKey=" + leaks.secret("cli-powerdns-wrong-apiKey"),
                  "--verbose",
                  "zone",
                  "list")),
          source + " bad credentials",
          1);
    }
    leaks.assertNoLeak();
    assertThat(verbose)
        .allSatisfy(
            result ->
                assertThat(result.err()).contains("--> GET " + powerdns.apiUrl(), "X-API-Key: ██"));
  }

  @Test
  void aMalformedCredentialFlagIsRefusedWithoutEchoingIt() {
    String secret = leaks.secret("cli-malformed-credential");
    CliProcess cli = new CliProcess(home);

    CliProcess.Result result =
        cli.run(
            "-p", "powerdns", "-u", powerdns.apiUrl(), "-c", secret, "--verbose", "zone", "list");

    check(result, "malformed -c", 2);
    assertThat(result.err()).contains("denominator: error: option '--credential' takes KEY=VALUE");
    leaks.assertNoLeak();
  }

  /** Runs providers, zone list, record list and a failing record list, all verbose. */
  private CliProcess.Result runEveryCommand(
      CliProcess cli, Source source, String[] given, String zone) {
    check(cli.run(args(given, "--verbose", "providers")), source + " providers", 0);
    check(cli.run(args(given, "--verbose", "-o", "json", "providers")), source + " providers", 0);
    check(cli.run(args(given, "--verbose", "zone", "list")), source + " zone list", 0);
    CliProcess.Result records = cli.run(args(given, "--verbose", "record", "-z", zone, "list"));
    check(records, source + " record list", 0);
    check(
        cli.run(args(given, "--verbose", "record", "-z", "absent.secrets.test", "list")),
        source + " unknown zone",
        4);
    return records;
  }

  private void check(CliProcess.Result result, String where, int code) {
    leaks.saw(where + " stdout", result.out());
    leaks.saw(where + " stderr", result.err());
    assertThat(result.code()).as(where + "\n" + masked(result)).isEqualTo(code);
  }

  /** The result with every secret replaced by a marker, so an assertion message leaks nothing. */
  private static String masked(CliProcess.Result result) {
    String text = result.toString();
    for (String secret : List.of(SECRET_KEY, SESSION_TOKEN, API_KEY)) {
      text = text.replace(secret, "<secret>");
    }
    return text;
  }

  /** A CLI with the credentials from {@code source}, and the flags each command must start with. */
  private record Configured(CliProcess cli, String[] given) {}

  private Configured configure(
      Source source, String provider, String url, Map<String, String> credentials) {
    CliProcess cli = new CliProcess(home);
    List<String> given = new ArrayList<>();
    switch (source) {
      case FLAGS -> {
        given.addAll(List.of("-p", provider, "-u", url));
        credentials.forEach((k, v) -> given.addAll(List.of("-c", k + "=" + v)));
      }
      case ENVIRONMENT -> {
        cli.env("DENOMINATOR_PROVIDER", provider).env("DENOMINATOR_URL", url);
        credentials.forEach((k, v) -> cli.env("DENOMINATOR_" + Settings.upperSnake(k), v));
      }
      case CONFIG_FILE ->
          cli.write(
              ".denominator/config.json",
              "{\"profiles\": {\"default\": {\"provider\": \""
                  + provider
                  + "\", \"url\": \""
                  + url
                  + "\", \"credentials\": {"
                  + credentials.entrySet().stream()
                      .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                      .collect(Collectors.joining(", "))
                  + "}}}}");
      default -> throw new AssertionError(source);
    }
    return new Configured(cli, given.toArray(String[]::new));
  }

  private static String[] args(String[] given, String... args) {
    List<String> all = new ArrayList<>(List.of(given));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }
}
