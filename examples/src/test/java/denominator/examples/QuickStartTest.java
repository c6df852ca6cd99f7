package denominator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's library example is this module's QuickStart, and it does what it says. */
class QuickStartTest {

  @Test
  void theReadmeShowsTheQuickStartVerbatim() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/main/java/denominator/examples/QuickStart.java"));
    String body =
        source.substring(
            source.indexOf("    // quick start\n") + 19, source.indexOf("    // end quick start"));

    assertThat(readme)
        .contains(
            body.lines()
                .map(l -> l.length() >= 4 ? l.substring(4) : l)
                .collect(Collectors.joining("\n")));
    source
        .lines()
        .filter(l -> l.startsWith("import "))
        .forEach(i -> assertThat(readme).contains(i));
  }

  @Test
  void itEvacuatesAndRestores() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream was = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(was);
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "evacuated us-east: true",
            "restored: true",
            "us-east ttl=60 geo=continent:NA,continent:SA");
  }
}
