package denominator.cli;

import denominator.model.Names;
import denominator.model.Ttl;
import denominator.model.Zone;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code denominator zone add NAME [--email EMAIL] [--ttl TTL]}. */
@Command(name = "add", description = "Create a zone (or update its email and TTL).")
final class ZoneAddCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @Mixin DryRunOption dryRun;

  @Parameters(paramLabel = "NAME", description = "zone name, e.g. example.net.")
  String name;

  @Option(
      names = "--email",
      paramLabel = "EMAIL",
      description = "SOA mailbox (default hostmaster@NAME)")
  String email;

  @Option(names = "--ttl", paramLabel = "TTL", description = "default TTL (default 3600)")
  String ttl;

  @Override
  public Integer call() {
    String absolute = Names.absolute(name);
    String mailbox =
        email != null ? email : "hostmaster@" + absolute.substring(0, absolute.length() - 1);
    Zone zone = Zone.create(absolute, mailbox, ttl == null ? 3600 : Ttl.parse(ttl));
    try (Session session = Session.of(spec)) {
      if (dryRun.enabled) {
        session.manager();
        if (!session.json()) {
          session.out().println("dry run: would put zone " + zone.name());
        }
        new Printer(session).zone(zone);
        session.note("dry run: nothing sent");
        return 0;
      }
      String id = session.api().zones().put(zone);
      new Printer(session).zone(zone.withId(id));
      session.note("put zone " + session.where(zone.withId(id)));
    }
    return 0;
  }
}
