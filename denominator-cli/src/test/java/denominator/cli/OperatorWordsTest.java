package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator types in a hurry is understood, and what goes wrong is said plainly. */
class OperatorWordsTest {
  @TempDir Path home;

  @Test
  void aMistypedCommandSuggestsTheNearest() {
    CliProcess.Result result = new CliProcess(home).run("recrod", "list");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("did you mean record");
  }

  @Test
  void theZoneMayFollowTheSubcommand() {
    assertThat(new CliProcess(home).ok("record", "list", "-z", "example.com"))
        .contains("www.example.com.");
  }

  @Test
  void regionsNeedNoZone() {
    assertThat(new CliProcess(home).ok("geo", "regions", "--kind", "continent"))
        .contains("continent:EU");
  }

  @Test
  void helpPrintsNoFormattingWarning() {
    CliProcess.Result result = new CliProcess(home).run("weighted", "shift", "--help");

    assertThat(result.code()).isZero();
    assertThat(result.err()).doesNotContain("WARN");
    assertThat(result.out()).contains("at 0% and 100%");
  }

  @Test
  void aMissingCredentialNamesTheFlagAndTheVariable() {
    CliProcess.Result result =
        new CliProcess(home).run("-p", "powerdns", "-u", "http://127.0.0.1:1/", "zone", "list");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .contains("missing credential apiKey", "-c apiKey=...", "DENOMINATOR_API_KEY");
  }

  @Test
  void aRefusedConnectionIsOnePlainLine() {
    CliProcess.Result result =
        new CliProcess(home)
            .run("-p", "powerdns", "-u", "http://127.0.0.1:1/", "-c", "apiKey=x", "zone", "list");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("denominator: error: cannot connect to the provider")
        .contains("127.0.0.1:1")
        .doesNotContain("java.net");
  }
}
