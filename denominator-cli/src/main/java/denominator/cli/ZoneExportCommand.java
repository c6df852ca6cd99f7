package denominator.cli;

import denominator.DenominatorException;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.RData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code denominator zone export ZONE [--file FILE]}: the zone in BIND master-file form. Geo and
 * weighted sets have no zone-file form; they are written as comments.
 */
@Command(name = "export", description = "Print a zone as a BIND zone file.")
final class ZoneExportCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ZONE", description = "zone name or id")
  String zone;

  @Option(names = "--file", paramLabel = "FILE", description = "write here instead of stdout")
  Path file;

  @Override
  public Integer call() throws IOException {
    try (Session session = Session.of(spec)) {
      Zone found = session.zone(zone);
      if (file == null) {
        write(session, found, session.out());
        return 0;
      }
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
        write(session, found, out);
      }
      session.note("wrote " + found.name() + " to " + file);
    }
    return 0;
  }

  private static void write(Session session, Zone zone, PrintWriter out) {
    out.println("; zone " + zone.name() + " (id " + zone.id() + ") exported by denominator");
    out.println("$ORIGIN " + zone.name());
    out.println("$TTL " + zone.ttl());
    for (ResourceRecordSet set : session.api().recordSets(zone.id())) {
      int ttl = set.ttl().orElse(zone.ttl());
      String prefix = "";
      if (set.geo().isPresent()) {
        out.println("; geo set " + set.qualifier().orElseThrow() + " regions " + set.geo().get()
            + " (not expressible in a zone file)");
        prefix = "; ";
      } else if (set.weighted().isPresent()) {
        out.println("; weighted set " + set.qualifier().orElseThrow() + " weight "
            + set.weighted().get().weight() + " (not expressible in a zone file)");
        prefix = "; ";
      }
      for (RData data : set.records()) {
        out.println(prefix + line(set, ttl, data));
      }
    }
    out.flush();
  }

  private static String line(ResourceRecordSet set, int ttl, RData data) {
    try {
      return Record.fromString(Name.fromString(set.name()), Type.value(set.type()), DClass.IN, ttl,
          data.toString(), Name.root).toString();
    } catch (IOException e) {
      throw new DenominatorException("cannot export " + set.key() + " " + data + ": "
          + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new DenominatorException("cannot export " + set.key() + ": " + e.getMessage(), e);
    }
  }
}
