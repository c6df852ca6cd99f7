package denominator.benchmarks.scenarios;

import static denominator.benchmarks.scenarios.EvacuateScenario.check;
import static denominator.benchmarks.scenarios.EvacuateScenario.fmt;
import static denominator.benchmarks.scenarios.EvacuateScenario.goal;

import denominator.change.ChangeSet;
import denominator.model.ResourceRecordSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 2: list a zone of N record sets on the Route53 simulator through our lazy {@code
 * recordSets(zone)} and through the raw SDK paginator; then ours again in a child JVM with {@code
 * -Xmx64m}, to show that it streams.
 */
final class ListZoneScenario {
  static final String ZONE = "big.example.";
  private final Settings settings;

  ListZoneScenario(Settings settings) {
    this.settings = settings;
  }

  String report() throws Exception {
    int n = settings.listSets();
    try (SimulatorFixture fixture = new SimulatorFixture()) {
      String zoneId = fixture.seed(ZONE, sets(n, ZONE));
      int expected = n + 2; // with the SOA and NS sets Route53 creates
      fixture.startCounting(settings.latency());
      Timing ours =
          Timing.measure(
              settings.runs(),
              () ->
                  check(ListZoneChild.countOurs(fixture.api(), zoneId) == expected, "ours: count"));
      String oursRequests = perRun(fixture);
      fixture.simulator.resetCounts();
      Timing sdk =
          Timing.measure(
              settings.runs(),
              () ->
                  check(
                      fixture
                              .sdk
                              .listResourceRecordSetsPaginator(r -> r.hostedZoneId(zoneId))
                              .resourceRecordSets()
                              .stream()
                              .count()
                          == expected,
                      "sdk: count"));
      String sdkRequests = perRun(fixture);
      fixture.simulator.resetCounts();
      ChildRun child = child(fixture.server.url("/").toString(), zoneId, expected);
      String childRequests =
          fmt(fixture.simulator.requests("ListResourceRecordSets")) + " ListResourceRecordSets";

      boolean wallMet = ours.medianMs() <= 1.05 * sdk.medianMs();
      Table table =
          new Table(
              "variant",
              "N (record sets)",
              "requests per run",
              "wall: median (min–max)",
              "peak heap",
              "vs raw SDK");
      table.row(
          "ours: `recordSets(zone)` iteration",
          fmt(n),
          oursRequests,
          ours.cell(),
          "",
          Timing.ratio(ours.medianMs(), sdk.medianMs()));
      table.row(
          "raw SDK `listResourceRecordSetsPaginator`",
          fmt(n),
          sdkRequests,
          sdk.cell(),
          "",
          "1.00×");
      table.row(
          "ours in a child JVM, `-Xmx64m`",
          fmt(n),
          childRequests,
          child.wall + " (1 run)",
          child.peakHeap,
          child.outcome);
      return "### 2. List a big zone (Route53 simulator)\n\n"
          + "N plain A sets, listed to the end and counted, pages of 300 (Route53's ceiling);"
          + " injected latency "
          + settings.latency().toMillis()
          + " ms plus up to as much again"
          + " per request. Both in-process variants share one JVM and one seeded simulator. The"
          + " child JVM runs only the client (the simulator stays in this JVM); its peak heap is"
          + " the sum of the heap pools' peak usage.\n\n"
          + table
          + "\n"
          + goal("wall ≤ 1.05× raw SDK", wallMet, Timing.ratio(ours.medianMs(), sdk.medianMs()))
          + goal("no OutOfMemoryError with `-Xmx64m`", child.ok(), child.outcome)
          + "\n";
    }
  }

  private String perRun(SimulatorFixture fixture) {
    // the counts cover the warm-up run too
    return fmt(fixture.simulator.requests("ListResourceRecordSets") / (settings.runs() + 1))
        + " ListResourceRecordSets";
  }

  static ChangeSet sets(int n, String zone) {
    ChangeSet.Builder sets = ChangeSet.builder();
    for (int i = 0; i < n; i++) {
      sets.put(
          ResourceRecordSet.builder()
              .name("host-" + i + "." + zone)
              .type("A")
              .ttl(300)
              .add("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))
              .build());
    }
    return sets.build();
  }

  private record ChildRun(String wall, String peakHeap, String outcome) {
    boolean ok() {
      return outcome.startsWith("ok");
    }
  }

  /** Wall, peak heap and outcome of one listing in a child JVM with -Xmx64m. */
  private static ChildRun child(String url, String zoneId, int expected)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                ListZoneChild.class.getName(),
                url,
                zoneId));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new ChildRun("", "", "timed out");
    }
    String[] fields = out.trim().split(" ");
    if (process.exitValue() != 0 || fields.length != 3) {
      return new ChildRun("", "", "failed, exit " + process.exitValue() + " (OOM?)");
    }
    long count = Long.parseLong(fields[0]);
    return new ChildRun(
        Timing.ms(Double.parseDouble(fields[1])),
        String.format("%.1f MB", Long.parseLong(fields[2]) / 1048576.0),
        count == expected ? "ok, no OOM" : "wrong count " + count);
  }
}
