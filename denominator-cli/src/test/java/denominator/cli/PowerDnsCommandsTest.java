package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.tck.servers.PowerDnsServer;
import denominator.tck.servers.RunningServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** The CLI against a real PowerDNS on loopback: changes made by commands are served over DNS. */
class PowerDnsCommandsTest {
  static PowerDnsServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = PowerDnsServer.start());

  @TempDir Path home;

  CliProcess cli() {
    return new CliProcess(home)
        .env("DENOMINATOR_PROVIDER", "powerdns")
        .env("DENOMINATOR_URL", server.apiUrl())
        .env("DENOMINATOR_API_KEY", server.apiKey());
  }

  @Test
  void aRecordAddedWithTheCliIsServedOverDns() throws Exception {
    CliProcess cli = cli();
    cli.ok("zone", "add", "cli.denominator.test.");
    cli.ok(
        "record",
        "-z",
        "cli.denominator.test",
        "add",
        "-n",
        "www.cli.denominator.test",
        "-t",
        "A",
        "-d",
        "192.0.2.10",
        "-d",
        "192.0.2.11");

    assertThat(cli.ok("record", "-z", "cli.denominator.test", "list", "-t", "A"))
        .contains("www.cli.denominator.test.", "192.0.2.10", "192.0.2.11");
    assertThat(answers("www.cli.denominator.test.", server.dnsAddress()))
        .containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
    String server =
        PowerDnsCommandsTest.server.dnsAddress().getHostString()
            + ":"
            + PowerDnsCommandsTest.server.dnsAddress().getPort();
    assertThat(
            cli.ok(
                "verify",
                "-z",
                "cli.denominator.test",
                "-n",
                "www.cli.denominator.test",
                "-t",
                "A",
                "--server",
                server))
        .startsWith("ok   ");
    cli.ok("zone", "delete", "cli.denominator.test.", "--force");
  }

  @Test
  void anEvacuationIsVerifiedAgainstTheServerWithJsonEvents() {
    server.requireGeo();
    CliProcess cli = cli();
    cli.ok("zone", "add", "geo.denominator.test.");
    cli.ok(
        "geo",
        "-z",
        "geo.denominator.test",
        "put",
        "-n",
        "www.geo.denominator.test",
        "-t",
        "A",
        "-q",
        "us-east",
        "-r",
        "continent:NA",
        "-d",
        "192.0.2.1");
    cli.ok(
        "geo",
        "-z",
        "geo.denominator.test",
        "put",
        "-n",
        "www.geo.denominator.test",
        "-t",
        "A",
        "-q",
        "eu-west",
        "-r",
        "continent:EU,*",
        "-d",
        "192.0.2.2");
    String dns = server.dnsAddress().getHostString() + ":" + server.dnsAddress().getPort();

    String events =
        cli.ok(
            "-o",
            "json",
            "geo",
            "-z",
            "geo.denominator.test",
            "evacuate",
            "-q",
            "us-east",
            "--to",
            "eu-west",
            "--snapshot",
            home.resolve("s.json").toString(),
            "--verify",
            "--server",
            dns);

    assertThat(
            events
                .lines()
                .map(
                    line ->
                        com.google.gson.JsonParser.parseString(line)
                            .getAsJsonObject()
                            .get("event")
                            .getAsString()))
        .containsExactly("snapshot", "change", "change", "verify", "verify", "verify");
    assertThat(events).doesNotContain("\"ok\":false");
    cli.ok("zone", "delete", "geo.denominator.test.", "--force");
  }

  @Test
  void aVerifiedRampEndsWithEveryAnswerFromTheNewSet() {
    server.requireGeo();
    CliProcess cli = cli();
    cli.ok("zone", "add", "ramp.denominator.test.");
    cli.ok(
        "weighted",
        "-z",
        "ramp.denominator.test",
        "put",
        "-n",
        "cdn.ramp.denominator.test",
        "-t",
        "A",
        "-q",
        "blue",
        "--weight",
        "100",
        "-d",
        "192.0.2.1");
    cli.ok(
        "weighted",
        "-z",
        "ramp.denominator.test",
        "put",
        "-n",
        "cdn.ramp.denominator.test",
        "-t",
        "A",
        "-q",
        "green",
        "--weight",
        "0",
        "-d",
        "192.0.2.2");
    String dns = server.dnsAddress().getHostString() + ":" + server.dnsAddress().getPort();

    String ramp =
        cli.ok(
            "weighted",
            "-z",
            "ramp.denominator.test",
            "shift",
            "-n",
            "cdn.ramp.denominator.test",
            "-t",
            "A",
            "--from",
            "blue",
            "--to",
            "green",
            "--steps",
            "50,100",
            "--verify",
            "--server",
            dns,
            "--samples",
            "10");

    assertThat(ramp)
        .contains(
            "50%: weights 50 / 50",
            "100%: weights 0 / 100", "observed 10 of 10 answers from the --to set");
    cli.ok("zone", "delete", "ramp.denominator.test.", "--force");
  }

  @Test
  void aWrongApiKeyIsARuntimeErrorOnOneLine() {
    CliProcess.Result result =
        new CliProcess(home)
            .run("-p", "powerdns", "-u", server.apiUrl(), "-c", "apiKey=wrong", "zone", "list");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("denominator: error: powerdns: authentication failed")
        .doesNotContain("wrong");
  }

  static List<String> answers(String name, InetSocketAddress dns) throws Exception {
    SimpleResolver resolver = new SimpleResolver(dns);
    Message response =
        resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), Type.A, DClass.IN)));
    List<String> addresses = new ArrayList<>();
    for (Record record : response.getSection(Section.ANSWER)) {
      addresses.add(record.rdataToString());
    }
    return addresses;
  }
}
