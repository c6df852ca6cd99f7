package denominator.benchmarks.scenarios;

import static denominator.benchmarks.scenarios.EvacuateScenario.goal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import denominator.Credentials;
import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.http.RequestBudget;
import denominator.model.Zone;
import denominator.route53.Route53Provider;
import denominator.route53.Route53Simulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Scenario 5: cold start of CLI commands through {@code ./denominator}, on a seeded mock file store
 * and against the Route53 simulator, side by side with {@code java -version}, the JVM's floor. Uses
 * hyperfine when installed, else times the runs itself; counts the classes each command loads.
 */
final class ColdStartScenario {
  private final Settings settings;

  ColdStartScenario(Settings settings) {
    this.settings = settings;
  }

  /** A command line, how a run is prepared (untimed), and the goal it is held to. */
  private record Command(String label, String line, String prepare, Goal goal) {}

  private enum Goal {
    MOCK,
    VENDOR,
    FLOOR
  }

  String report() throws Exception {
    Path home = Files.createTempDirectory("denominator-cold-");
    Route53Simulator simulator = new Route53Simulator();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(simulator);
      server.start();
      String url = server.url("/").toString();
      try (DNSApiManager seed =
          Denominator.builder()
              .provider(new Route53Provider())
              .url(url)
              .credentials(Credentials.of("AKID", "SECRET"))
              .requestBudget(RequestBudget.unlimited())
              .build()) {
        seed.api().zones().put(Zone.create("cold.example.", "hostmaster@cold.example.", 3600));
      }
      String mock = "./denominator -u file:" + home + "/mock.json ";
      String add = "record -z example.com. add -n cold.example.com. -t A --ttl 60 -d 192.0.2.7";
      String remove = "record -z example.com. remove -n cold.example.com. -t A -d 192.0.2.7";
      List<Command> commands =
          List.of(
              new Command("`zone list` (mock)", mock + "zone list", "true", Goal.MOCK),
              new Command("`providers`", "./denominator providers", "true", Goal.MOCK),
              new Command(
                  "`record list` (mock)", mock + "record -z example.com. list", "true", Goal.MOCK),
              new Command("`record add` (mock)", mock + add, mock + remove + " || true", Goal.MOCK),
              new Command(
                  "`zone list` (Route53 simulator, 1 zone)",
                  "./denominator -p route53 -u "
                      + url
                      + " -c accessKey=AKID -c secretKey=SECRET zone list",
                  "true",
                  Goal.VENDOR),
              new Command("`java -version` (the JVM floor)", "java -version", "true", Goal.FLOOR));
      // builds the jar if stale, records the start-up archive and seeds the store, all untimed
      shell(home, commands.get(0).line());
      shell(home, commands.get(0).line());
      boolean hyperfine = onPath("hyperfine");
      List<Timing> timings = new ArrayList<>();
      if (hyperfine) {
        timings.addAll(hyperfine(home, commands));
      } else {
        for (Command command : commands) {
          timings.add(loop(home, command));
        }
      }
      return table(home, commands, timings, hyperfine);
    }
  }

  private String table(Path home, List<Command> commands, List<Timing> timings, boolean hyperfine)
      throws Exception {
    Timing floor = timings.get(commands.size() - 1);
    Table table =
        new Table(
            "command", "runs", "wall: median (min–max)", "vs floor", "classes loaded (archived)");
    StringBuilder goals = new StringBuilder();
    double slowestMock = 0;
    double slowestMockRatio = 0;
    for (int i = 0; i < commands.size(); i++) {
      Command command = commands.get(i);
      Timing timing = timings.get(i);
      double ratio = timing.medianMs() / floor.medianMs();
      String classes = command.goal() == Goal.FLOOR ? "–" : classes(home, command);
      table.row(
          command.label(),
          "" + timing.runs(),
          timing.cell(),
          Timing.ratio(timing.medianMs(), floor.medianMs()),
          classes);
      if (command.goal() == Goal.MOCK) {
        slowestMock = Math.max(slowestMock, timing.medianMs());
        slowestMockRatio = Math.max(slowestMockRatio, ratio);
      } else if (command.goal() == Goal.VENDOR) {
        goals.append(
            goal(
                "Route53 `zone list` ≤ 10× the floor", ratio <= 10, String.format("%.2f×", ratio)));
      }
    }
    return "### 5. CLI cold start\n\n"
        + (hyperfine ? "hyperfine, 3 warm-up runs" : "a timed loop (hyperfine not installed)")
        + ", after two untimed runs that build the jar if stale, record the launcher's start-up"
        + " archive and seed the mock store; `record add` removes its record before each run"
        + " (untimed). The launcher runs `java -XX:TieredStopAtLevel=1"
        + " -XX:-BytecodeVerificationRemote -XX:ArchiveRelocationMode=0"
        + " -XX:SharedArchiveFile=… -cp denominator-cli.jar"
        + " denominator.cli.Main`. Classes counted"
        + " with `-Xlog:class+load` in one more run of each.\n\n"
        + table
        + "\n"
        + goal(
            "every mock command ≤ 150 ms", slowestMock <= 150, "slowest " + Timing.ms(slowestMock))
        + goal(
            "every mock command ≤ 4× the floor",
            slowestMockRatio <= 4,
            String.format("slowest %.2f×", slowestMockRatio))
        + goals
        + "\n";
  }

  /** {@code 1,969 (1,910)}: the classes one run loads, and how many came from the archive. */
  private static String classes(Path home, Command command) throws Exception {
    Path log = home.resolve("classes.log");
    shell(home, command.prepare());
    run(
        home,
        List.of("bash", "-c", command.line() + " >/dev/null 2>&1"),
        Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log));
    List<String> lines = Files.readAllLines(log);
    long archived = lines.stream().filter(line -> line.contains("shared objects file")).count();
    return String.format("%,d (%,d)", lines.size(), archived);
  }

  private List<Timing> hyperfine(Path home, List<Command> commands) throws Exception {
    Path json = home.resolve("hyperfine.json");
    List<String> line =
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
    for (Command command : commands) {
      line.addAll(List.of("--prepare", "(" + command.prepare() + ") >/dev/null 2>&1"));
    }
    commands.forEach(command -> line.add(command.line()));
    run(home, line, Map.of());
    List<Timing> timings = new ArrayList<>();
    JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
    for (JsonElement result : root.getAsJsonArray("results")) {
      List<Double> seconds = new ArrayList<>();
      result.getAsJsonObject().getAsJsonArray("times").forEach(t -> seconds.add(t.getAsDouble()));
      timings.add(Timing.ofSeconds(seconds));
    }
    return timings;
  }

  private Timing loop(Path home, Command command) throws Exception {
    return Timing.measure(
        settings.coldStartRuns(),
        new Timing.Trial() {
          @Override
          public void prepare() throws Exception {
            shell(home, command.prepare());
          }

          @Override
          public void run() throws Exception {
            shell(home, command.line());
          }
        });
  }

  private static void shell(Path home, String command) throws Exception {
    run(home, List.of("bash", "-c", "(" + command + ") >/dev/null 2>&1"), Map.of());
  }

  private static void run(Path home, List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HOME", home.toString());
    builder.environment().putAll(environment);
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
