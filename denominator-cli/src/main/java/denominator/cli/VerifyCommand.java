package denominator.cli;

import com.google.gson.JsonObject;
import denominator.DenominatorException;
import denominator.ValidationException;
import denominator.model.Names;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import denominator.verify.Check;
import denominator.verify.VerificationReport;
import denominator.verify.Verifier;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code denominator verify -z ZONE -n NAME -t TYPE [--region R ...] [--server HOST:PORT ...]}:
 * asks each authoritative server whether it answers what the provider holds, geo sets once per
 * region with an EDNS Client Subnet inside it. Exit 1 when a server answers otherwise.
 */
@Command(name = "verify", description = "Check what the authoritative servers really answer.")
final class VerifyCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Option(
      names = {"-z", "--zone"},
      completionCandidates = Candidates.ZoneNames.class,
      required = true,
      paramLabel = "ZONE",
      description = "zone name or id")
  String zone;

  @Option(
      names = {"-n", "--name"},
      required = true,
      paramLabel = "NAME",
      description = "owner name")
  String name;

  @Option(
      names = {"-t", "--type"},
      required = true,
      paramLabel = "TYPE",
      description = "record type")
  String type;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      completionCandidates = Candidates.RegionCodes.class,
      description = "only this region (repeatable)")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--server",
      paramLabel = "HOST:PORT",
      description = "ask this server (repeatable; default: the zone's NS on port 53)")
  List<String> servers = new ArrayList<>();

  @Option(
      names = "--deadline",
      defaultValue = "60s",
      paramLabel = "DURATION",
      description = "keep asking failing questions this long (default: ${DEFAULT-VALUE})")
  String deadline;

  @Override
  public Integer call() throws UnknownHostException {
    String absolute = Names.absolute(name);
    String canonical = RecordTypes.normalize(type);
    List<Region> only = regions.stream().map(Regions::require).toList();
    servers.forEach(VerifyCommand::checkServer); // validate before any request
    Duration wait = WeightedShiftCommand.duration(deadline);
    try (Session session = Session.of(spec)) {
      Zone found = session.zone(zone);
      List<ResourceRecordSet> sets = new ArrayList<>();
      session
          .api()
          .recordSets(found.id())
          .iterateByNameAndType(absolute, canonical)
          .forEachRemaining(sets::add);
      if (sets.isEmpty()) {
        throw new ValidationException(
            "no record set to verify", absolute + " " + canonical, "an existing record set");
      }
      report(session, servers(session, found, servers), sets, wait, only);
    }
    return 0;
  }

  /** The servers named with {@code --server}, or else the zone's name servers on port 53. */
  static List<InetSocketAddress> servers(Session session, Zone zone, List<String> named) {
    if (!named.isEmpty()) {
      return named.stream().map(VerifyCommand::server).toList();
    }
    try {
      List<InetSocketAddress> found = Verifier.nameServers(session.api(), zone.id(), zone.name());
      if (found.isEmpty()) {
        throw new DenominatorException(
            "nothing to verify against: "
                + zone.name()
                + " has no NS records at the provider; name a server with --server HOST:PORT");
      }
      return found;
    } catch (UnknownHostException e) {
      throw new DenominatorException(
          "cannot resolve the name servers of "
              + zone.name()
              + ": "
              + e.getMessage()
              + "; name them with --server",
          e);
    }
  }

  /** Verifies {@code sets}, prints a line (or JSON event) per check; exit 1 on a wrong answer. */
  static void report(
      Session session,
      List<InetSocketAddress> servers,
      List<ResourceRecordSet> sets,
      Duration wait,
      List<Region> only) {
    VerificationReport report =
        Verifier.of(servers)
            .onlyRegions(only)
            .withDeadline(wait, Duration.ofSeconds(1))
            .verify(sets);
    for (Check check : report.checks()) {
      session.out().println(session.json() ? event(check) : check.toString());
    }
    report.unchecked().forEach(note -> session.note("not checked: " + note));
    session.out().flush();
    if (report.checks().isEmpty()) {
      throw new DenominatorException(
          "verified nothing: no question could be asked"
              + (report.unchecked().isEmpty()
                  ? ""
                  : " (" + String.join("; ", report.unchecked()) + ")"));
    }
    if (!report.ok()) {
      throw new DenominatorException(
          report.failures().size()
              + " of "
              + report.checks().size()
              + " answers differ from what the provider holds");
    }
  }

  static void report(
      Session session,
      List<InetSocketAddress> servers,
      List<ResourceRecordSet> sets,
      Duration wait) {
    report(session, servers, sets, wait, List.of());
  }

  private static JsonObject event(Check check) {
    JsonObject event = new JsonObject();
    event.addProperty("event", "verify");
    event.addProperty("ok", check.ok());
    event.addProperty("server", check.server());
    event.addProperty("name", check.name());
    event.addProperty("type", check.type());
    event.addProperty("region", check.region());
    event.addProperty("expected", check.expected().toString());
    event.addProperty("seen", check.seen().toString());
    if (!check.error().isEmpty()) {
      event.addProperty("error", check.error());
    }
    return event;
  }

  /** A {@code --server} value, checked as {@link #checkServer} does; the host is resolved. */
  static InetSocketAddress server(String text) {
    checkServer(text);
    int colon = text.lastIndexOf(':');
    return new InetSocketAddress(
        text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
  }

  /** Throws unless {@code text} is HOST:PORT with a port from 1 to 65535; looks nothing up. */
  static void checkServer(String text) {
    int colon = text.lastIndexOf(':');
    String port = colon < 0 ? "" : text.substring(colon + 1);
    if (colon < 1
        || !port.matches("[0-9]{1,5}")
        || Integer.parseInt(port) < 1
        || Integer.parseInt(port) > 65535) {
      throw new ValidationException(
          "bad server", text, "HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:5300");
    }
  }
}
