package denominator.cli;

import denominator.model.Zone;
import denominator.zonefile.ZoneFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code denominator zone export ZONE [--file FILE]}: the zone in BIND master-file form. Geo and
 * weighted sets have no zone-file form; they are written as comments.
 */
final class ZoneExportCommand implements Callable<Integer> {
  final CommandSpec spec = Options.command(this, "export", "Print a zone as a BIND zone file.");
  private String zone;
  private Path file;

  ZoneExportCommand() {
    spec.addPositional(Options.parameter(String.class, "ZONE", "zone name or id", v -> zone = v));
    Options.add(
        spec,
        Options.value(Path.class, "--file", "FILE", "write here instead of stdout", v -> file = v));
  }

  @Override
  public Integer call() throws IOException {
    try (Session session = Session.of(spec)) {
      Zone found = session.zoneWithSoa(zone);
      if (file == null) {
        write(session, found, session.out());
        return 0;
      }
      // written beside the target and moved over it, so FILE is never left half-written
      Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".export", ".zone");
      try {
        try (PrintWriter out =
            new PrintWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
          write(session, found, out);
        }
        Files.move(
            partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      session.note("wrote " + found.name() + " to " + file);
    }
    return 0;
  }

  private static void write(Session session, Zone zone, PrintWriter out) {
    ZoneFile.write(zone, session.api().recordSets(zone.id()), out);
    out.flush();
  }
}
