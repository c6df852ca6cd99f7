package denominator.cli;

import denominator.model.Zone;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator zone list [--name NAME]}. */
final class ZoneListCommand implements Callable<Integer> {
  final CommandSpec spec = Options.command(this, "list", "List zones.");
  private String name;
  private boolean namesOnly;

  ZoneListCommand() {
    Options.add(
        spec,
        Options.string("--name", "NAME", "only zones with this name", v -> name = v),
        Options.flag(
                "--names",
                "only the names, one per line (for shell completion)",
                v -> namesOnly = v)
            .hidden(true));
  }

  @Override
  public Integer call() {
    try (Session session = Session.of(spec)) {
      Iterator<Zone> zones =
          name == null
              ? session.api().zones().iterator()
              : session.api().zones().iterateByName(name);
      if (namesOnly) {
        zones.forEachRemaining(zone -> session.out().println(zone.name()));
        session.out().flush();
        return 0;
      }
      new Printer(session).zones(zones);
    }
    return 0;
  }
}
