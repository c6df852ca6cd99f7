package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad input exits 2 with exactly one stderr line and no stack trace; nothing changes. */
class BadInputTest {
  @TempDir static Path shared;
  private static CliProcess cli;
  private static String before;

  @BeforeAll
  static void seed() {
    cli = new CliProcess(shared);
    before = cli.ok("-o", "json", "record", "-z", "example.com", "list");
  }

  @AfterAll
  static void nothingChanged() {
    assertThat(cli.ok("-o", "json", "record", "-z", "example.com", "list")).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      unknown provider     | -p nosuch zone list                                                | nosuch
      bad TTL              | record -z example.com add -n a.example.com -t A -d 192.0.2.1 --ttl abc | abc
      negative TTL         | record -z example.com applyttl -n www.example.com -t A --ttl -5    | -5
      unknown region code  | geo -z example.com put -n a.example.com -t A -q x -r XX -d 192.0.2.1 | XX
      unknown continent    | geo -z example.com put -n a.example.com -t A -q x -r continent:ZZ -d 192.0.2.1 | continent:ZZ
      unknown option       | zone list --bogus                                                  | --bogus
      unknown command      | frobnicate                                                         | frobnicate
      missing option       | record -z example.com add -n a.example.com -t A                    | --data
      missing zone option  | record list                                                        | -z
      unknown record type  | record -z example.com add -n a.example.com -t BOGUS -d x           | BOGUS
      name outside zone    | record -z example.com add -n www -t A -d 192.0.2.1                 | www.
      bad weight           | weighted -z example.com put -n a.example.com -t A -q x -w heavy -d 192.0.2.1 | heavy
      bad output format    | -o xml zone list                                                   | xml
      credentials no form  | -c accessKey=x zone list                                           | accessKey
      missing credentials  | -p fake zone list                                                  | fake
      unknown profile      | --profile nosuch zone list                                         | nosuch
      bad region kind      | geo -z example.com regions --kind planet                           | planet
      missing record set   | record -z example.com get -n nope.example.com -t A                 | nope.example.com.
      """)
  void exitsTwoWithOneLine(String what, String args, String named) {
    CliProcess.Result result = cli.run(args.trim().split("\\s+"));

    assertThat(result.code()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines())
        .as(result.toString())
        .singleElement()
        .asString()
        .startsWith("denominator: error: ")
        .contains(named)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      unknown zone         | record -z nosuch.test list                                         | nosuch.test
      unknown zone id      | zone delete nosuch.test.                                           | nosuch.test
      """)
  void aZoneNotFoundExitsFourWithOneLine(String what, String args, String named) {
    CliProcess.Result result = cli.run(args.trim().split("\\s+"));

    assertThat(result.code()).as(result.toString()).isEqualTo(4);
    assertThat(result.errLines())
        .as(result.toString())
        .singleElement()
        .asString()
        .startsWith("denominator: error: ")
        .contains(named)
        .doesNotContain("\tat ");
  }

  @Test
  void helpListsTheExitCodes() {
    assertThat(cli.ok("--help"))
        .contains(
            "Exit codes:",
            "0   success",
            "2   bad input or usage",
            "3   refused by a safety check",
            "4   zone not found");
  }

  @Test
  void badIpAddressIsAValidationError() {
    CliProcess.Result result =
        cli.run(
            "record",
            "-z",
            "example.com",
            "add",
            "-n",
            "a.example.com",
            "-t",
            "A",
            "-d",
            "999.1.2.3");

    assertThat(result.code()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("denominator: error: ")
        .contains("999.1.2.3");
    assertThat(cli.ok("-o", "json", "record", "-z", "example.com", "list")).isEqualTo(before);
  }

  @Test
  void badMxDataInGeoPutIsAValidationError() {
    CliProcess.Result result =
        cli.run(
            "geo",
            "-z",
            "example.com",
            "put",
            "-n",
            "a.example.com",
            "-t",
            "MX",
            "-q",
            "x",
            "-r",
            "DE",
            "-d",
            "mail.example.com.");

    assertThat(result.code()).as(result.toString()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().startsWith("denominator: error: ");
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliProcess.Result result = cli.run("-v", "record", "-z", "nosuch.test", "list");

    assertThat(result.code()).isEqualTo(4);
    assertThat(result.err()).startsWith("denominator: error: ").contains("\tat ");
  }

  @Test
  void providerRejectionExitsOne(@TempDir Path home) {
    CliProcess cli = new CliProcess(home);
    cli.ok("zone", "list");
    cli.ok(
        "record",
        "-z",
        "example.com",
        "add",
        "-n",
        "alias.example.com.",
        "-t",
        "CNAME",
        "-d",
        "www.example.com.");
    CliProcess.Result result =
        cli.run(
            "record",
            "-z",
            "example.com",
            "add",
            "-n",
            "alias.example.com.",
            "-t",
            "A",
            "-d",
            "192.0.2.1");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("denominator: error: mock: invalid change:");
  }
}
