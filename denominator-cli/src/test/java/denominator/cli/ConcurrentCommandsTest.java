package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.json.ModelJson;
import denominator.model.ResourceRecordSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several CLI processes changing one mock file (the same HOME) at once. */
class ConcurrentCommandsTest {
  static final int PROCESSES = 4;

  @TempDir Path home;

  /** Runs {@code PROCESSES} sequences of commands at once, each command a CLI process. */
  private void inParallel(int commands, IntFunction<IntFunction<String[]>> command)
      throws Exception {
    CliProcess cli = new CliProcess(home);
    ExecutorService pool = Executors.newFixedThreadPool(PROCESSES);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int p = 0; p < PROCESSES; p++) {
        IntFunction<String[]> sequence = command.apply(p);
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < commands; i++) {
                    cli.ok(sequence.apply(i));
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<ResourceRecordSet> aSets(CliProcess cli) {
    return List.of(
        ModelJson.gson()
            .fromJson(
                cli.ok("-o", "json", "record", "-z", "example.com", "list", "-t", "A"),
                ResourceRecordSet[].class));
  }

  @Test
  void processesAddingDistinctRecordsLoseNone() throws Exception {
    CliProcess cli = new CliProcess(home);
    cli.ok("zone", "list");
    int before = aSets(cli).size();

    inParallel(
        5,
        p ->
            i ->
                new String[] {
                  "record",
                  "-z",
                  "example.com",
                  "add",
                  "-n",
                  "p" + p + "-" + i + ".example.com.",
                  "-t",
                  "A",
                  "-d",
                  "192.0.2." + (10 * p + i)
                });

    List<String> names = aSets(cli).stream().map(ResourceRecordSet::name).toList();
    assertThat(names).hasSize(before + PROCESSES * 5);
    for (int p = 0; p < PROCESSES; p++) {
      for (int i = 0; i < 5; i++) {
        assertThat(names).contains("p" + p + "-" + i + ".example.com.");
      }
    }
    Path file = home.resolve(".denominator/mock.json");
    assertThat(com.google.gson.JsonParser.parseString(Files.readString(file)).isJsonObject())
        .isTrue();
    assertThat(file.getParent()).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void processesAddingValuesToOneSetLoseNone() throws Exception {
    CliProcess cli = new CliProcess(home);
    cli.ok("zone", "list");

    inParallel(
        2,
        p ->
            i ->
                new String[] {
                  "record",
                  "-z",
                  "example.com",
                  "add",
                  "-n",
                  "www.example.com.",
                  "-t",
                  "A",
                  "-d",
                  "198.51.100." + (10 * p + i)
                });

    ResourceRecordSet www =
        aSets(cli).stream()
            .filter(set -> set.name().equals("www.example.com."))
            .findFirst()
            .orElseThrow();
    assertThat(www.records()).hasSize(2 + PROCESSES * 2);
  }
}
