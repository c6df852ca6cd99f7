package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags beat environment variables, which beat the config file's profile. */
class SettingsPrecedenceTest {
  @TempDir Path home;

  private static final String CONFIG =
      """
      {"profiles": {
        "default": {"provider": "fake", "credentials": {"accessKey": "config", "secretKey": "s"}},
        "staging": {"provider": "fake", "credentials": {"accessKey": "staging", "secretKey": "s"}},
        "files":   {"provider": "mock", "url": "file:~/profile.json"}
      }}
      """;

  @Test
  void configDefaultProfileApplies() {
    CliProcess cli = new CliProcess(home);
    cli.write(".denominator/config.json", CONFIG);

    assertThat(cli.ok("zone", "list")).contains("config.test.");
  }

  @Test
  void environmentBeatsConfigAndFlagsBeatEnvironment() {
    CliProcess cli = new CliProcess(home).env("DENOMINATOR_ACCESS_KEY", "env");
    cli.write(".denominator/config.json", CONFIG);

    assertThat(cli.ok("zone", "list")).contains("env.test.").doesNotContain("config.test.");
    assertThat(cli.ok("-c", "accessKey=flag", "zone", "list")).contains("flag.test.");
  }

  @Test
  void profileChosenByFlagOrEnvironment() {
    CliProcess cli = new CliProcess(home);
    cli.write(".denominator/config.json", CONFIG);

    assertThat(cli.ok("--profile", "staging", "zone", "list")).contains("staging.test.");
    cli.env("DENOMINATOR_PROFILE", "staging");
    assertThat(cli.ok("zone", "list")).contains("staging.test.");
    assertThat(cli.ok("--profile", "default", "zone", "list")).contains("config.test.");
  }

  @Test
  void urlFromFlagBeatsEnvironmentWhichBeatsProfile() {
    CliProcess cli = new CliProcess(home);
    cli.write(".denominator/config.json", CONFIG);

    cli.ok("--profile", "files", "zone", "list");
    assertThat(home.resolve("profile.json")).exists();

    cli.env("DENOMINATOR_URL", "file:" + home.resolve("env.json"));
    cli.ok("--profile", "files", "zone", "list");
    assertThat(home.resolve("env.json")).exists();

    cli.ok("--profile", "files", "-u", "file:" + home.resolve("flag.json"), "zone", "list");
    assertThat(home.resolve("flag.json")).exists();
    assertThat(home.resolve(".denominator/mock.json")).doesNotExist();
  }

  @Test
  void providerFromEnvironmentIsOverriddenByFlag() {
    CliProcess cli =
        new CliProcess(home)
            .env("DENOMINATOR_PROVIDER", "fake")
            .env("DENOMINATOR_ACCESS_KEY", "a")
            .env("DENOMINATOR_SECRET_KEY", "b");

    assertThat(cli.ok("zone", "list")).contains("a.test.");
    assertThat(cli.ok("-p", "mock", "-u", "mem:", "zone", "list"))
        .contains("example.com.")
        .doesNotContain("a.test.");
  }

  @Test
  void globalOptionsWorkAfterTheSubcommandToo() {
    CliProcess cli = new CliProcess(home);
    String json = cli.ok("zone", "list", "-o", "json", "-u", "mem:");

    assertThat(json).startsWith("[").contains("\"name\": \"example.com.\"");
  }

  @Test
  void upperSnakeNamesOfCredentialParameters() {
    assertThat(Settings.upperSnake("secretKey")).isEqualTo("SECRET_KEY");
    assertThat(Settings.upperSnake("accessKeyId")).isEqualTo("ACCESS_KEY_ID");
    assertThat(Settings.upperSnake("token")).isEqualTo("TOKEN");
  }

  @Test
  void aMisspelledKeyInTheProfileIsAnErrorNotTheMock() {
    CliProcess cli = new CliProcess(home);
    cli.write(
        ".denominator/config.json", "{\"profiles\": {\"default\": {\"provdier\": \"powerdns\"}}}");

    CliProcess.Result result = cli.run("zone", "list");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .contains("provdier", "profile default", "provider");
    assertThat(home.resolve(".denominator/mock.json")).doesNotExist();
  }

  @Test
  void aChangeSaysWhichProviderUrlAndZoneItWentTo() {
    CliProcess.Result result =
        new CliProcess(home)
            .run(
                "record",
                "-z",
                "example.com",
                "add",
                "-n",
                "www.example.com.",
                "-t",
                "A",
                "-d",
                "192.0.2.99");

    assertThat(result.code()).isZero();
    assertThat(result.err())
        .contains(
            "applied 1 change(s) to example.com. (id example.com.)"
                + " at mock file:~/.denominator/mock.json");
  }

  @Test
  void aMalformedConfigFileIsNamedWithLineAndColumnWithoutParserInternals() {
    CliProcess cli = new CliProcess(home);
    cli.write(
        ".denominator/config.json", "{\"profiles\": {\n  \"default\": {\"provider\" \"mock\"}}}");

    CliProcess.Result result = cli.run("zone", "list");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .contains("config.json", "line 2, column 27")
        .doesNotContain("path $", "Exception");
  }
}
