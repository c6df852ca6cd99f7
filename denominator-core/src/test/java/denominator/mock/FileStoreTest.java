package denominator.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApiManager;
import denominator.Denominator;
import denominator.DenominatorException;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {
  @TempDir Path dir;

  static DNSApiManager open(Path file) {
    return Denominator.builder().provider("mock").url("file:" + file).build();
  }

  static ResourceRecordSet a(String name) {
    return ResourceRecordSet.builder().name(name).type("A").ttl(60).add("192.0.2.1").build();
  }

  @Test
  void aSecondManagerSeesWhatTheFirstWrote() {
    Path file = dir.resolve("sub/mock.json");
    try (DNSApiManager first = open(file)) {
      first.api().zones().put(Zone.create("example.com.", "h@example.com", 300));
      first.api().recordSets("example.com.").put(a("www.example.com."));
    }

    try (DNSApiManager second = open(file)) {
      assertThat(second.api().recordSets("example.com.").get("www.example.com.", "A"))
          .contains(a("www.example.com."));
    }
    assertThat(file).exists();
    assertThat(dir.resolve("sub")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void concurrentThreadsDoNotLoseWrites() throws Exception {
    Path file = dir.resolve("mock.json");
    try (DNSApiManager manager = open(file)) {
      manager.api().zones().put(Zone.create("example.com.", "h@example.com", 300));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writes = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      writes.add(
          pool.submit(
              () -> {
                try (DNSApiManager manager = open(file)) {
                  for (int i = 0; i < 10; i++) {
                    manager
                        .api()
                        .recordSets("example.com.")
                        .put(a("t" + thread + "-" + i + ".example.com."));
                  }
                }
              }));
    }
    for (Future<?> write : writes) {
      write.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    try (DNSApiManager manager = open(file)) {
      assertThat(manager.api().recordSets("example.com.")).hasSize(2 + 40);
    }
  }

  @Test
  void concurrentProcessesDoNotLoseWrites() throws Exception {
    Path file = dir.resolve("mock.json");
    try (DNSApiManager manager = open(file)) {
      manager.api().zones().put(Zone.create("example.com.", "h@example.com", 300));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      processes.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  FileStoreWriter.class.getName(),
                  file.toString(),
                  "p" + p,
                  "15")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("p" + p + ".log").toFile())
              .start());
    }
    for (int p = 0; p < processes.size(); p++) {
      assertThat(processes.get(p).waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(processes.get(p).exitValue())
          .as(() -> read(dir.resolve(processes.indexOf(processes.get(0)) + ".log").toFile()))
          .isZero();
    }

    try (DNSApiManager manager = open(file)) {
      assertThat(manager.api().recordSets("example.com.")).hasSize(2 + 45);
    }
  }

  @Test
  void aCorruptFileIsReportedWithItsPath() throws Exception {
    Path file = dir.resolve("mock.json");
    Files.writeString(file, "{not json");

    try (DNSApiManager manager = open(file)) {
      assertThatThrownBy(() -> manager.api().zones().iterator())
          .isInstanceOf(DenominatorException.class)
          .hasMessageContaining(file.toString());
    }
  }

  @Test
  void listingZonesParsesNoRecordDataAndAZoneLeftAloneIsWrittenBackAsRead() throws Exception {
    Path file = dir.resolve("mock.json");
    String untouched =
        "{\"name\":\"b.example.\",\"type\":\"A\",\"ttl\":60,\"records\":[\"not an address\"]}";
    Files.writeString(
        file,
        "{\"zones\":[{\"zone\":{\"id\":\"a.example.\",\"name\":\"a.example.\"},\"recordSets\":[]},"
            + "{\"zone\":{\"id\":\"b.example.\",\"name\":\"b.example.\"},\"recordSets\":["
            + untouched
            + "]}]}");

    try (DNSApiManager manager = open(file)) {
      List<String> names = new ArrayList<>();
      manager.api().zones().forEach(zone -> names.add(zone.name()));
      assertThat(names).containsExactly("a.example.", "b.example.");

      manager.api().recordSets("a.example.").put(a("www.a.example."));
      assertThat(Files.readString(file).replaceAll("\\s", "")).contains(untouched.replace(" ", ""));
      assertThatThrownBy(() -> manager.api().recordSets("b.example.").iterator())
          .isInstanceOf(DenominatorException.class)
          .hasMessageContaining("record sets of b.example. in the store are not valid");
    }
  }

  private static String read(File log) {
    try {
      return Files.readString(log.toPath());
    } catch (Exception e) {
      return "";
    }
  }
}
