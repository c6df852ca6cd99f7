package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.route53.Route53Simulator;
import denominator.tck.LoopbackServers;
import java.net.URI;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.route53.Route53Client;

/** The CLI against the Route53 simulator on loopback, as an operator would point it. */
class Route53CommandsTest {
  @TempDir Path home;
  final Route53Simulator simulator = new Route53Simulator("AKIDEXAMPLE", 7);
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

  String[] route53(String... args) {
    String[] all = new String[args.length + 8];
    System.arraycopy(
        new String[] {
          "-p",
          "route53",
          "-u",
          server.url("/").toString(),
          "-c",
          "accessKey=AKIDEXAMPLE",
          "-c",
          "secretKey=SECRET"
        },
        0,
        all,
        0,
        8);
    System.arraycopy(args, 0, all, 8, args.length);
    return all;
  }

  @Test
  void zonesAndGeoSetsWorkAgainstTheSimulator() {
    CliProcess cli = new CliProcess(home);

    cli.ok(route53("zone", "add", "r53.example."));
    assertThat(cli.ok(route53("zone", "list"))).contains("r53.example.");
    simulator.resetCounts(); // zone add wrote the SOA's mailbox and TTL
    cli.ok(
        route53(
            "geo",
            "-z",
            "r53.example",
            "put",
            "-n",
            "www.r53.example",
            "-t",
            "A",
            "-q",
            "us-east",
            "-r",
            "continent:NA,US-CA",
            "-d",
            "192.0.2.1"));
    cli.ok(
        route53(
            "geo",
            "-z",
            "r53.example",
            "put",
            "-n",
            "www.r53.example",
            "-t",
            "A",
            "-q",
            "eu-west",
            "-r",
            "continent:EU",
            "-d",
            "192.0.2.2"));

    assertThat(cli.ok(route53("geo", "-z", "r53.example", "list")))
        .contains(
            "www.r53.example.  A     eu-west    ", "continent:EU",
            "www.r53.example.  A     us-east    ", "continent:NA,US-CA  192.0.2.1");
    assertThat(simulator.requests("ChangeResourceRecordSets")).isEqualTo(2);

    CliProcess.Result evacuated =
        cli.run(
            route53(
                "geo",
                "-z",
                "r53.example",
                "evacuate",
                "-q",
                "us-east",
                "--to",
                "eu-west",
                "--snapshot",
                home.resolve("snap.json").toString()));
    assertThat(evacuated.code()).isZero();
    assertThat(cli.ok(route53("geo", "-z", "r53.example", "list")))
        .doesNotContain("us-east")
        .contains("continent:EU,continent:NA,US-CA");

    // the hint runs verbatim, credentials coming from where the operator keeps them
    String hint =
        evacuated.errLines().stream()
            .filter(l -> l.contains("undo with: "))
            .findFirst()
            .orElseThrow()
            .replaceFirst(".*undo with: denominator ", "");
    assertThat(hint).startsWith("-p route53 -u " + server.url("/")).doesNotContain("SECRET");
    cli.env("DENOMINATOR_ACCESS_KEY", "AKIDEXAMPLE").env("DENOMINATOR_SECRET_KEY", "SECRET");
    cli.ok(hint.split(" "));
    assertThat(cli.ok(route53("geo", "-z", "r53.example", "list"))).contains("us-east");
  }

  @Test
  void aZoneGivenByNameAmongManyIsLookedUpWithoutListingEveryZone() {
    try (Route53Client sdk = sdk()) {
      for (int i = 0; i < 250; i++) { // three pages of ListHostedZones
        String name = "zone-" + i + ".example.";
        sdk.createHostedZone(r -> r.name(name).callerReference(name));
      }
    }
    simulator.resetCounts();

    String listed = new CliProcess(home).ok(route53("record", "-z", "zone-125.example", "list"));

    assertThat(listed).contains("zone-125.example.  SOA");
    assertThat(simulator.requests("ListHostedZones")).isZero();
    assertThat(simulator.requests("ListHostedZonesByName")).isEqualTo(1);
  }

  /** The AWS SDK's own client to the simulator: the vendor's way, not the provider's. */
  Route53Client sdk() {
    return Route53Client.builder()
        .endpointOverride(URI.create(server.url("/").toString()))
        .region(Region.US_EAST_1)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "SECRET")))
        .build();
  }

  @Test
  void aWrongSecretIsAnAuthenticationErrorOnOneLine() {
    CliProcess.Result result =
        new CliProcess(home)
            .run(
                "-p",
                "route53",
                "-u",
                server.url("/").toString(),
                "-c",
                "accessKey=WRONG",
                "-c",
                "secretKey=NOPE",
                "zone",
                "list");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("denominator: error: route53: authentication failed")
        .doesNotContain("NOPE");
  }

  @Test
  void anAliasIsAddedListedAndReplacedInTheFormItPrints() {
    CliProcess cli = new CliProcess(home);
    cli.ok(route53("zone", "add", "alias.example."));

    cli.ok(
        route53(
            "record",
            "-z",
            "alias.example",
            "add",
            "-n",
            "alias.example.",
            "-t",
            "A",
            "-d",
            "alias Z2FDTNDATAQYW2 d111111abcdef8.cloudfront.net."));
    cli.ok(
        route53(
            "record",
            "-z",
            "alias.example",
            "replace",
            "-n",
            "www.alias.example.",
            "-t",
            "A",
            "-d",
            "alias Z2FDTNDATAQYW2 d222222abcdef8.cloudfront.net. true"));

    assertThat(cli.ok(route53("record", "-z", "alias.example", "list")))
        .contains("alias Z2FDTNDATAQYW2 d111111abcdef8.cloudfront.net. false")
        .contains("alias Z2FDTNDATAQYW2 d222222abcdef8.cloudfront.net. true");
  }

  @Test
  void exportIsWholeWithAnAliasAndAProviderRoutedSet() {
    CliProcess cli = new CliProcess(home);
    cli.ok(
        route53(
            "zone", "add", "export.example.", "--email", "ops@export.example", "--ttl", "3600"));
    cli.ok(
        route53(
            "record",
            "-z",
            "export.example",
            "add",
            "-n",
            "export.example.",
            "-t",
            "A",
            "-d",
            "alias Z2FDTNDATAQYW2 d111111abcdef8.cloudfront.net."));
    cli.ok(
        route53(
            "record",
            "-z",
            "export.example",
            "add",
            "-n",
            "www.export.example.",
            "-t",
            "A",
            "-d",
            "192.0.2.1"));
    try (Route53Client sdk = sdk()) {
      String id =
          sdk.listHostedZonesByName(r -> r.dnsName("export.example."))
              .hostedZones()
              .get(0)
              .id()
              .replace("/hostedzone/", "");
      sdk.changeResourceRecordSets(
          r ->
              r.hostedZoneId(id)
                  .changeBatch(
                      b ->
                          b.changes(
                              c ->
                                  c.action("CREATE")
                                      .resourceRecordSet(
                                          set ->
                                              set.name("lat.export.example.")
                                                  .type("A")
                                                  .setIdentifier("eu")
                                                  .region("eu-west-1")
                                                  .ttl(60L)
                                                  .resourceRecords(v -> v.value("192.0.2.9"))))));
    }

    String exported = cli.ok(route53("zone", "export", "export.example"));

    assertThat(exported)
        .contains("alias Z2FDTNDATAQYW2 d111111abcdef8.cloudfront.net.")
        .contains("routing=latency region=eu-west-1")
        .contains("www.export.example.\t")
        .contains("192.0.2.1")
        .contains("ops.export.example.");
    assertThat(cli.ok(route53("zone", "list")))
        .contains("export.example.")
        .doesNotContain("awsdns-hostmaster@amazon.com")
        .doesNotContain("900");
  }
}
