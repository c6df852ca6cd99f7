package denominator.cli;

import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
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

  @Mixin ZoneOption zone;
  @Mixin NameTypeOptions key;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      completionCandidates = Candidates.RegionCodes.class,
      description = "only this region (repeatable)")
  List<String> regions = new ArrayList<>();

  @Mixin ServerOption servers;

  @Option(
      names = "--deadline",
      defaultValue = "60s",
      paramLabel = "DURATION",
      description = "keep asking failing questions this long (default: ${DEFAULT-VALUE})")
  String deadline;

  @Override
  public Integer call() {
    String absolute = key.absoluteName();
    String canonical = key.canonicalType();
    List<Region> only = regions.stream().map(Regions::require).toList();
    servers.check(); // validate before any request
    Duration wait = DurationText.parse(deadline);
    try (Session session = Session.of(spec)) {
      Zone found = session.zone(zone.zone);
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
      AnswerCheck.run(session, servers.addresses(session, found), sets, wait, only);
    }
    return 0;
  }
}
