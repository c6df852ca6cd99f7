package denominator.cli;

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

  @Option(names = {"-z", "--zone"}, required = true, paramLabel = "ZONE",
      description = "zone name or id")
  String zone;

  @Option(names = {"-n", "--name"}, required = true, paramLabel = "NAME", description = "owner name")
  String name;

  @Option(names = {"-t", "--type"}, required = true, paramLabel = "TYPE", description = "record type")
  String type;

  @Option(names = "--region", paramLabel = "REGION", description = "only this region (repeatable)")
  List<String> regions = new ArrayList<>();

  @Option(names = "--server", paramLabel = "HOST:PORT",
      description = "ask this server (repeatable; default: the zone's NS on port 53)")
  List<String> servers = new ArrayList<>();

  @Option(names = "--deadline", defaultValue = "60s", paramLabel = "DURATION",
      description = "keep asking failing questions this long (default: ${DEFAULT-VALUE})")
  String deadline;

  @Override
  public Integer call() throws UnknownHostException {
    String absolute = Names.absolute(name);
    String canonical = RecordTypes.normalize(type);
    List<Region> only = regions.stream().map(Regions::require).toList();
    List<InetSocketAddress> explicit = servers.stream().map(VerifyCommand::server).toList();
    Duration wait = WeightedShiftCommand.duration(deadline);
    try (Session session = Session.of(spec)) {
      Zone found = session.zone(zone);
      List<ResourceRecordSet> sets = new ArrayList<>();
      session.api().recordSets(found.id()).iterateByNameAndType(absolute, canonical)
          .forEachRemaining(sets::add);
      if (sets.isEmpty()) {
        throw new ValidationException("no record set to verify", absolute + " " + canonical,
            "an existing record set");
      }
      List<InetSocketAddress> asked = explicit.isEmpty()
          ? Verifier.nameServers(session.api(), found.id(), found.name()) : explicit;
      VerificationReport report = Verifier.of(asked).onlyRegions(only)
          .withDeadline(wait, Duration.ofSeconds(1)).verify(sets);
      report.checks().stream().map(Check::toString).forEach(session.out()::println);
      report.unchecked().forEach(note -> session.note("not checked: " + note));
      session.out().flush();
      if (!report.ok()) {
        throw new DenominatorException(report.failures().size() + " of "
            + report.checks().size() + " answers differ from what the provider holds");
      }
    }
    return 0;
  }

  private static InetSocketAddress server(String text) {
    int colon = text.lastIndexOf(':');
    try {
      return colon < 0 ? new InetSocketAddress(text, 53)
          : new InetSocketAddress(text.substring(0, colon),
              Integer.parseInt(text.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new ValidationException("bad server", text, "HOST or HOST:PORT, e.g. 127.0.0.1:5300");
    }
  }
}
