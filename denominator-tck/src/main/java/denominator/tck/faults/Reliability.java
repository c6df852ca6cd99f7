package denominator.tck.faults;

import denominator.tck.faults.FaultContract.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads the fault matrix of {@code docs/RELIABILITY.md}: a Markdown table whose first column is a
 * {@link Fault#label()} and whose other columns are providers; each cell starts with an {@link
 * Outcome} in bold, e.g. {@code **desired**: the SDK retries}, or with {@code **n/a**} where the
 * fault does not exist for that provider (the test is then skipped, with the cell's reason).
 */
final class Reliability {
  private static final String FILE = "docs/RELIABILITY.md";

  static Outcome expected(Fault fault, String provider) {
    List<String> lines = read();
    List<String> header =
        cells(
            lines.stream()
                .filter(l -> l.startsWith("| fault"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(FILE + ": no '| fault |' table")));
    int column = header.indexOf(provider);
    if (column < 0) {
      throw new AssertionError(FILE + ": no column " + provider + " in " + header);
    }
    String cell =
        lines.stream()
            .filter(l -> l.startsWith("| " + fault.label() + " |"))
            .map(l -> cells(l).get(column))
            .findFirst()
            .orElseThrow(() -> new AssertionError(FILE + ": no row '" + fault.label() + "'"));
    String word = cell.replaceFirst("^\\*\\*([a-z/]+)\\*\\*.*", "$1");
    Assumptions.assumeFalse(
        word.equals("n/a"), () -> fault.label() + " at " + provider + ": " + cell);
    return Outcome.valueOf(word.toUpperCase(Locale.ROOT));
  }

  private static List<String> cells(String row) {
    String inner = row.strip().substring(1, row.strip().length() - 1);
    return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
  }

  /** The file, found from the module's directory upwards. */
  private static List<String> read() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(FILE);
      if (Files.exists(file)) {
        try {
          return Files.readAllLines(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError(FILE + " not found above " + Path.of("").toAbsolutePath());
  }

  private Reliability() {}
}
