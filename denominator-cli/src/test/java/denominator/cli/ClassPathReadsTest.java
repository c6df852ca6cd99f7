package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands on the mock read nothing from the class path but classes that are there. The launcher's
 * start-up archive holds those classes, so such a command opens no jar at all: a resource read, a
 * {@code ServiceLoader} scan or a probe for a class that is absent (picocli's for Groovy) would
 * open the CLI's jar of some 12,000 entries (~8 ms each first time; BENCHMARKS.md, scenario 5). The
 * JDK reports every class path lookup when {@code sun.misc.URLClassPath.debug} is set.
 */
class ClassPathReadsTest {
  private static final Pattern LOOKUP = Pattern.compile("^URLClassPath\\.(\\w+)\\(\"(.*)\"\\)$");

  @TempDir Path home;

  @Test
  void mockCommandsLookUpOnlyClassesThatExist() {
    CliProcess cli = new CliProcess(home).property("sun.misc.URLClassPath.debug", "true");
    for (List<String> command :
        List.of(
            List.of("zone", "list"),
            List.of("record", "-z", "example.com", "list"),
            List.of("geo", "-z", "example.com", "list"),
            List.of(
                "record",
                "-z",
                "example.com",
                "add",
                "-n",
                "www.example.com.",
                "-t",
                "A",
                "--ttl",
                "60",
                "-d",
                "192.0.2.7"))) {
      CliProcess.Result result = cli.run(command.toArray(String[]::new));
      assertThat(result.code()).as("%s", result).isZero();
      List<Matcher> lookups =
          result.err().lines().map(LOOKUP::matcher).filter(Matcher::matches).toList();
      assertThat(lookups)
          .as("the JDK reports class path lookups")
          .anyMatch(m -> m.group(2).equals("denominator/cli/Main.class"));
      for (Matcher lookup : lookups) {
        assertThat(lookup.group(1)).as("%s: %s", command, lookup.group()).isEqualTo("getResource");
        assertThat(getClass().getClassLoader().getResource(lookup.group(2)))
            .as("%s looks up %s, which is not on the class path", command, lookup.group(2))
            .isNotNull();
      }
    }
  }
}
