package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.tck.servers.PowerDnsServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config file holds credentials: reading one that others may read or write gives a warning;
 * plain HTTP to a host that is not loopback needs {@code --insecure-http}.
 */
class ConfigFileSecurityTest {
  private static final String CONFIG =
      """
      {"profiles": {"default": {"provider": "fake",
        "credentials": {"accessKey": "config", "secretKey": "s3cr3t-value"}}}}
      """;

  @TempDir Path home;

  CliProcess withConfig(String permissions) throws Exception {
    CliProcess cli = new CliProcess(home);
    cli.write(".denominator/config.json", CONFIG);
    Path config = home.resolve(".denominator/config.json");
    assumeTrue(
        config.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString(permissions));
    return cli;
  }

  @Test
  void aConfigFileOthersMayReadGivesOneWarningAndTheCommandRuns() throws Exception {
    CliProcess.Result result = withConfig("rw-r--r--").run("--quiet", "zone", "list");
    Path config = home.resolve(".denominator/config.json");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("config.test.");
    assertThat(result.errLines())
        .containsExactly(
            "denominator: warning: "
                + config
                + " is readable by other users (rw-r--r--); run chmod 600 "
                + config);
  }

  @Test
  void aConfigFileTheGroupMayWriteGivesAWarning() throws Exception {
    assertThat(withConfig("rw--w----").run("zone", "list").err())
        .contains("is writable by other users (rw--w----); run chmod 600");
    assertThat(withConfig("rw-rw-rw-").run("zone", "list").err())
        .contains("is readable and writable by other users (rw-rw-rw-)");
  }

  @Test
  void aConfigFileOnlyItsOwnerMayReadGivesNoWarning() throws Exception {
    CliProcess.Result result = withConfig("rw-------").run("zone", "list");

    assertThat(result.code()).isZero();
    assertThat(result.err()).doesNotContain("warning");
  }

  @Test
  void plainHttpToAHostThatIsNotLoopbackIsRefusedUnlessOptedIn() {
    CliProcess cli = new CliProcess(home);
    String url = "http://192.0.2.1:8081";

    CliProcess.Result refused =
        cli.run("-p", "powerdns", "-u", url, "-c", "apiKey=k", "zone", "list");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.errLines())
        .singleElement()
        .asString()
        .startsWith(
            "denominator: error: powerdns: plain HTTP to a host that is not loopback: " + url)
        .contains("--insecure-http");
  }

  @Test
  void insecureHttpFromFlagEnvironmentOrProfileLetsThePlainUrlThrough() throws Exception {
    try (PowerDnsServer server = PowerDnsServer.start()) {
      // 0.0.0.0 is not loopback by the rule, yet Linux connects it to the local host
      String url = server.apiUrl().replace("127.0.0.1", "0.0.0.0");
      CliProcess cli = new CliProcess(home).env("DENOMINATOR_API_KEY", server.apiKey());

      assertThat(cli.run("-p", "powerdns", "-u", url, "zone", "list").code()).isEqualTo(2);
      cli.ok("-p", "powerdns", "-u", url, "--insecure-http", "zone", "list");
      cli.write(
          ".denominator/config.json",
          "{\"profiles\": {\"default\": {\"provider\":"
              + " \"powerdns\", \"url\": \""
              + url
              + "\", \"insecureHttp\": true}}}");
      cli.ok("zone", "list");
      cli.env("DENOMINATOR_INSECURE_HTTP", "false");
      assertThat(cli.run("zone", "list").code()).isEqualTo(2);
    }
  }
}
