package denominator.cli;

import denominator.model.Zone;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code denominator zone list [--name NAME]}. */
@Command(name = "list", description = "List zones.")
final class ZoneListCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Option(names = "--name", paramLabel = "NAME", description = "only zones with this name")
  String name;

  @Option(
      names = "--names",
      hidden = true,
      description = "only the names, one per line (for" + " shell completion)")
  boolean namesOnly;

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
