package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weighted ramp stopped by SIGTERM (what Ctrl-C and {@code kill} send) between two steps rolls
 * back to the weights before the ramp and says so, instead of dying at 5/95 without a word.
 */
class WeightedShiftSignalTest {
  @TempDir Path home;

  @Test
  void aRampStoppedBySigtermRollsBackAndSaysWhereItWas() throws Exception {
    CliProcess cli = new CliProcess(home);
    String before = cli.ok("-o", "json", "weighted", "-z", "example.com", "list");

    Process ramp =
        cli.start(
            "weighted",
            "-z",
            "example.com",
            "shift",
            "-n",
            "cdn.example.com",
            "-t",
            "A",
            "--from",
            "blue",
            "--to",
            "green",
            "--steps",
            "5,100",
            "--pause",
            "10m");
    BufferedReader out =
        new BufferedReader(new InputStreamReader(ramp.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine(); // the first step is applied; the ramp now pauses
    // SIGTERM, as kill sends it; the handle's destroy, unlike Process.destroy, keeps our pipes
    ramp.toHandle().destroy();
    assertThat(ramp.waitFor(60, TimeUnit.SECONDS)).as("the ramp ends").isTrue();
    String err = new String(ramp.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(first).startsWith("5%: weights ");
    assertThat(ramp.exitValue()).isNotZero();
    assertThat(err).contains("interrupted at 5%", "rolled back to the weights before the ramp");
    assertThat(cli.ok("-o", "json", "weighted", "-z", "example.com", "list")).isEqualTo(before);
  }

  @Test
  void aDryRunShowsEveryStepAndChangesNothing() throws IOException {
    CliProcess cli = new CliProcess(home);
    String before = cli.ok("-o", "json", "weighted", "-z", "example.com", "list");

    String steps =
        cli.ok(
            "weighted",
            "-z",
            "example.com",
            "shift",
            "-n",
            "cdn.example.com",
            "-t",
            "A",
            "--from",
            "blue",
            "--to",
            "green",
            "--steps",
            "50,100",
            "--dry-run");

    assertThat(steps.lines())
        .containsExactly(
            "dry run: would set 50%: weights 50 / 50", "dry run: would set 100%: weights 0 / 100");
    assertThat(cli.ok("-o", "json", "weighted", "-z", "example.com", "list")).isEqualTo(before);
    assertThat(
            cli.run(
                    "weighted",
                    "-z",
                    "example.com",
                    "shift",
                    "-n",
                    "cdn.example.com",
                    "-t",
                    "A",
                    "--from",
                    "blue",
                    "--to",
                    "gren",
                    "--dry-run")
                .code())
        .isEqualTo(2);
  }
}
