package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MiscCommandsTest {
  @TempDir Path home;

  @Test
  void providersTableAndJson() {
    CliProcess cli = new CliProcess(home);
    String table = cli.ok("providers");
    assertThat(table.lines().findFirst().orElseThrow())
        .matches("PROVIDER +URL +CREDENTIALS +ROUND_ROBIN +GEO +WEIGHTED +ATOMIC");
    assertThat(table).contains("fake").contains("accessKey+secretKey").contains("mock");

    JsonArray providers =
        JsonParser.parseString(cli.ok("-o", "json", "providers")).getAsJsonArray();
    JsonObject mock =
        providers.asList().stream()
            .map(e -> e.getAsJsonObject())
            .filter(p -> p.get("name").getAsString().equals("mock"))
            .findFirst()
            .orElseThrow();
    assertThat(mock.get("atomicChangeSets").getAsBoolean()).isTrue();
    assertThat(mock.getAsJsonObject("recordTypes").getAsJsonArray("geo").toString())
        .contains("\"A\"");
  }

  @Test
  void versionAndHelp() {
    CliProcess cli = new CliProcess(home);
    assertThat(cli.ok("--version")).startsWith("denominator ");
    assertThat(cli.ok("--help"))
        .contains("zone")
        .contains("record")
        .contains("geo")
        .contains("weighted")
        .contains("completion");
    assertThat(cli.ok("record", "-z", "example.com", "add", "--help")).contains("--dry-run");
  }

  @Test
  void completionScripts() {
    CliProcess cli = new CliProcess(home);
    assertThat(cli.ok("completion", "bash")).contains("complete -F").contains("geo");
    assertThat(cli.ok("completion", "zsh")).contains("bashcompinit");
  }

  @Test
  void noSubcommandIsAUsageError() {
    CliProcess.Result result = new CliProcess(home).run("zone");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().startsWith("denominator: error:");
  }
}
