package denominator.benchmarks.scenarios;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the end-to-end scenarios (1, 2, 3, 5, 7, 8, 9, 10 and 11 of BENCHMARKS.md; 4 and 6 are JMH)
 * and writes their markdown section. They are dominated by round trips, so they are timed with
 * plain wall clocks, median of several runs, and the Route53 and UltraDNS ones count requests at
 * the simulators.
 *
 * <p>Usage: {@code Scenarios [--quick] [--latency-ms MS] [--only 1,2,3,5,7,8,9,10,11] OUTPUT_MD
 * COMMAND}, from the repository root (scenario 5 runs {@code ./denominator}).
 */
public final class Scenarios {
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Duration latency = Duration.ofMillis(20);
    List<String> only = List.of("1", "2", "3", "5", "7", "8", "9");
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--latency-ms" -> latency = Duration.ofMillis(Long.parseLong(args[++i]));
        case "--only" -> only = List.of(args[++i].split(","));
        default -> positional.add(args[i]);
      }
    }
    Settings settings = quick ? Settings.quick(latency) : Settings.full(latency);
    StringBuilder md =
        new StringBuilder(
                only.stream().allMatch(scenario -> List.of("10", "11").contains(scenario))
                    ? "## Work across many zones\n\n"
                    : "## End-to-end scenarios\n\n")
            .append("Machine: ")
            .append(Runtime.getRuntime().availableProcessors())
            .append(" cores, ")
            .append(System.getProperty("java.vm.name"))
            .append(' ')
            .append(System.getProperty("java.version"))
            .append(", ")
            .append(LocalDate.now())
            .append(". Command: `")
            .append(positional.get(1))
            .append(
                "`. The machine is shared:"
                    + " other builds may have been running, so compare ratios within one run rather"
                    + " than absolute times across runs.\n\n");
    for (String scenario : only) {
      long start = System.nanoTime();
      md.append(
          switch (scenario) {
            case "1" -> new EvacuateScenario(settings).report();
            case "2" -> new ListZoneScenario(settings).report();
            case "3" -> new PowerDnsScenario(settings).report();
            case "5" -> new ColdStartScenario(settings).report();
            case "7" -> new UltraDnsScenario(settings).report();
            case "8" -> new Ns1PacingScenario(settings).report();
            case "9" -> new VendorChangeSetScenario(settings).report();
            case "10" -> new ScaleScenario(settings).readManyZones();
            case "11" -> new ScaleScenario(settings).evacuateManyZones();
            default -> throw new IllegalArgumentException("no scenario " + scenario);
          });
      System.err.printf("scenario %s: %.1f s%n", scenario, (System.nanoTime() - start) / 1e9);
    }
    Files.writeString(Path.of(positional.get(0)), md.toString(), StandardCharsets.UTF_8);
  }

  private Scenarios() {}
}
