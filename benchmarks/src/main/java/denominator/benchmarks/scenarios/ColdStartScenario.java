package denominator.benchmarks.scenarios;

import static denominator.benchmarks.scenarios.EvacuateScenario.goal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 5: cold start of {@code ./denominator zone list} on a seeded mock file store, against
 * {@code java -version} as the JVM's floor. Uses hyperfine when installed, else times the runs
 * itself.
 */
final class ColdStartScenario {
  private final Settings settings;

  ColdStartScenario(Settings settings) {
    this.settings = settings;
  }

  String report() throws Exception {
    Path home = Files.createTempDirectory("denominator-cold-");
    String cli = "./denominator -u file:" + home + "/mock.json zone list";
    String floor = "java -version";
    // builds the jar if stale, seeds the store and records the AppCDS archive, all untimed
    shell(home, cli);
    shell(home, cli);
    boolean hyperfine = onPath("hyperfine");
    List<Timing> timings =
        hyperfine
            ? hyperfine(home, List.of(cli, floor))
            : List.of(loop(home, cli), loop(home, floor));
    Timing ours = timings.get(0);
    Timing jvm = timings.get(1);
    Table table = new Table("command", "runs", "wall: median (min–max)", "vs floor");
    table.row(
        "`./denominator -u file:$TMP/mock.json zone list`",
        "" + ours.runs(),
        ours.cell(),
        Timing.ratio(ours.medianMs(), jvm.medianMs()));
    table.row("`java -version` (the JVM floor)", "" + jvm.runs(), jvm.cell(), "1.00×");
    return "### 5. CLI cold start\n\n"
        + (hyperfine ? "hyperfine, 3 warm-up runs" : "a timed loop (hyperfine not installed)")
        + ", after two untimed runs that build the jar if stale, seed the store and record the"
        + " launcher's AppCDS archive. The launcher runs `java -XX:TieredStopAtLevel=1"
        + " -XX:+UseSerialGC -XX:SharedArchiveFile=… -jar denominator-cli.jar`.\n\n"
        + table
        + "\n"
        + goal("≤ 150 ms", ours.medianMs() <= 150, Timing.ms(ours.medianMs()))
        + goal(
            "≤ 4× the floor",
            ours.medianMs() <= 4 * jvm.medianMs(),
            Timing.ratio(ours.medianMs(), jvm.medianMs()))
        + "\n";
  }

  private List<Timing> hyperfine(Path home, List<String> commands) throws Exception {
    Path json = home.resolve("hyperfine.json");
    List<String> command =
        new ArrayList<>(
            List.of(
                "hyperfine",
                "--warmup",
                "3",
                "--runs",
                Integer.toString(settings.coldStartRuns()),
                "--style",
                "none",
                "--output",
                "null",
                "--export-json",
                json.toString()));
    command.addAll(commands);
    run(home, command);
    List<Timing> timings = new ArrayList<>();
    JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
    for (JsonElement result : root.getAsJsonArray("results")) {
      List<Double> seconds = new ArrayList<>();
      result.getAsJsonObject().getAsJsonArray("times").forEach(t -> seconds.add(t.getAsDouble()));
      timings.add(Timing.ofSeconds(seconds));
    }
    return timings;
  }

  private Timing loop(Path home, String command) throws Exception {
    return Timing.measure(settings.coldStartRuns(), () -> shell(home, command));
  }

  private static void shell(Path home, String command) throws Exception {
    run(home, List.of("bash", "-c", command + " >/dev/null 2>&1"));
  }

  private static void run(Path home, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HOME", home.toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(command + " failed:\n" + out);
    }
  }

  private static boolean onPath(String program) throws InterruptedException {
    try {
      return new ProcessBuilder("bash", "-c", "command -v " + program).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
