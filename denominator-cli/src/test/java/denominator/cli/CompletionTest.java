package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion script completes zone names (asked of the provider when completing, by the
 * command being completed) and region codes, run the way bash runs it.
 */
class CompletionTest {
  @TempDir Path home;

  @Test
  void zoneNamesAndRegionCodesComplete() throws Exception {
    CliProcess cli = new CliProcess(home);
    Path script = home.resolve("denominator.bash");
    Files.writeString(script, cli.ok("completion", "bash"));
    Path command = home.resolve("den");
    Files.writeString(
        command, "#!/bin/bash\nexec " + String.join(" ", cli.command()) + " \"$@\"\n");
    Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));

    assertThat(complete(script, command + " record -z ")).containsExactly("example.com.");
    assertThat(complete(script, command + " geo -z example.com put -r continent:E"))
        .containsExactly("continent:EU");
  }

  /** What bash offers for the last word of {@code line}, by the script's own function. */
  private String[] complete(Path script, String line) throws Exception {
    String words = line.endsWith(" ") ? line + "''" : line;
    String program =
        "source "
            + script
            + "; COMP_WORDS=("
            + words
            + "); "
            + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE='"
            + line
            + "'; "
            + "COMP_POINT=${#COMP_LINE}; _complete_denominator 2>/dev/null; "
            + "printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(false).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out.lines().filter(l -> !l.isBlank()).toArray(String[]::new);
  }
}
