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
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code denominator verify -z ZONE -n NAME -t TYPE [--region R ...] [--server HOST:PORT ...]}:
 * asks each authoritative server whether it answers what the provider holds, geo sets once per
 * region with an EDNS Client Subnet inside it. Exit 1 when a server answers otherwise.
 */
final class VerifyCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "verify", "Check what the authoritative servers really answer.");
  private final ZoneOption zone = new ZoneOption(spec);
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private List<String> regions = new ArrayList<>();
  private final ServerOption servers;
  private String deadline;

  VerifyCommand() {
    Options.add(
        spec,
        Options.list(
                String.class,
                "--region",
                "REGION",
                "only this region (repeatable)",
                v -> regions = v)
            .completionCandidates(Candidates.REGION_CODES));
    servers = new ServerOption(spec);
    Options.add(
        spec,
        Options.string(
                "--deadline",
                "DURATION",
                "keep asking failing questions this long (default: ${DEFAULT-VALUE})",
                v -> deadline = v)
            .defaultValue("60s"));
  }

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
