package denominator.cli;

import denominator.model.Names;
import denominator.model.Ttl;
import denominator.model.Zone;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code denominator zone add NAME [--email EMAIL] [--ttl TTL]}. */
final class ZoneAddCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "add", "Create a zone (or update its email and TTL).");
  private final DryRunOption dryRun = new DryRunOption(spec);
  private String name;
  private String email;
  private String ttl;

  ZoneAddCommand() {
    spec.addPositional(
        Options.parameter(String.class, "NAME", "zone name, e.g. example.net.", v -> name = v));
    Options.add(
        spec,
        Options.string("--email", "EMAIL", "SOA mailbox (default hostmaster@NAME)", v -> email = v),
        Options.string("--ttl", "TTL", "default TTL (default 3600)", v -> ttl = v));
  }

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
