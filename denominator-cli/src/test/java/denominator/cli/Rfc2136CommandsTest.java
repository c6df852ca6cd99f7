package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.tck.servers.BindServer;
import denominator.tck.servers.RunningServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against a real BIND 9 on loopback through the rfc2136 provider. */
class Rfc2136CommandsTest {
  static final String ZONE = "cli.rfc2136.denominator.test.";
  static BindServer server;

  @RegisterExtension
  static final RunningServer SERVER = new RunningServer(() -> server = BindServer.start(ZONE));

  @TempDir Path home;

  CliProcess.Result run(String... command) {
    String[] args = new String[8 + command.length];
    String[] options = {
      "-p",
      "rfc2136",
      "-u",
      "dns://127.0.0.1:" + server.dnsAddress().getPort() + "?zones=" + ZONE,
      "-c",
      "keyName=" + server.keyName(),
      "-c",
      "keySecret=" + server.keySecret()
    };
    System.arraycopy(options, 0, args, 0, 8);
    System.arraycopy(command, 0, args, 8, command.length);
    return new CliProcess(home).run(args);
  }

  @Test
  void aRecordAddedWithTheCliIsServedOverDns() throws Exception {
    assertThat(run("zone", "list").out()).contains(ZONE);
    assertThat(
            run(
                    "record",
                    "-z",
                    ZONE,
                    "add",
                    "-n",
                    "www." + ZONE,
                    "-t",
                    "A",
                    "-d",
                    "192.0.2.10",
                    "-d",
                    "192.0.2.11")
                .code())
        .isZero();

    assertThat(run("record", "-z", ZONE, "list", "-t", "A").out())
        .contains("www." + ZONE, "192.0.2.10", "192.0.2.11");
    assertThat(PowerDnsCommandsTest.answers("www." + ZONE, server.dnsAddress()))
        .containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");
  }

  @Test
  void addingAZoneIsRefusedOnOneLineSayingWhy() {
    CliProcess.Result result = run("zone", "add", "other.denominator.test.");

    assertThat(result.code()).isNotZero();
    assertThat(result.err()).contains("rfc2136: unsupported: creating zone");
  }
}
