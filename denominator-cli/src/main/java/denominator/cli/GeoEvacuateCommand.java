package denominator.cli;

import com.google.gson.JsonObject;
import denominator.AcrossZones;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.traffic.OperationResult;
import denominator.traffic.SaviourPolicy;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code denominator geo -z ZONE evacuate -q us-east --to us-west,eu-west [--policy nearest]}:
 * moves every region of the qualifier's geo sets to the saviours in one atomic change set, after
 * saving a snapshot that {@code geo restore} returns to. With {@code --zones A,B} or {@code
 * --all-zones} instead of {@code -z}, does so in many zones in one atomic operation, {@code
 * --parallel} zones at once: a zone that fails rolls back every zone that applied.
 */
final class GeoEvacuateCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "evacuate", "Move every region of a geo qualifier to saviours.");
  private String from;
  private List<String> saviours;
  private String policy;
  private Path snapshot;
  private List<String> zones;
  private boolean allZones;
  private final ParallelOption parallel;
  private final DryRunOption dryRun;
  private boolean verify;
  private final ServerOption servers;

  GeoEvacuateCommand() {
    Options.add(
        spec,
        Options.string(
                "-q, --qualifier",
                "QUALIFIER",
                "the qualifier to evacuate, e.g. us-east",
                v -> from = v)
            .required(true),
        Options.list(
                String.class,
                "--to",
                "SAVIOUR[,SAVIOUR...]",
                "qualifiers that take over, in order of preference",
                v -> saviours = v)
            .splitRegex(",")
            .required(true),
        Options.string(
                "--policy",
                "POLICY",
                "nearest (a saviour on the region's continent) or first (default:"
                    + " ${DEFAULT-VALUE})",
                v -> policy = v)
            .defaultValue("nearest"),
        Options.value(
            Path.class,
            "--snapshot",
            "FILE",
            "where to save the snapshot (default ~/.denominator/snapshots/...)",
            v -> snapshot = v),
        Options.list(
                String.class,
                "--zones",
                "ZONE",
                "evacuate these zones (names or ids) in one operation, instead of -z",
                v -> zones = v)
            .splitRegex(",")
            .completionCandidates(Candidates.ZONE_NAMES),
        Options.flag(
            "--all-zones",
            "evacuate every zone of the account in one operation, instead of -z",
            v -> allZones = v));
    parallel = new ParallelOption(spec);
    dryRun = new DryRunOption(spec);
    Options.add(
        spec,
        Options.flag("--verify", "after applying, ask the authoritative servers", v -> verify = v));
    servers = new ServerOption(spec);
  }

  @Override
  public Integer call() {
    SaviourPolicy chosen = policy(policy);
    String one = ZoneScope.of(spec).zone;
    int given = (one != null ? 1 : 0) + (zones != null ? 1 : 0) + (allZones ? 1 : 0);
    if (given != 1) {
      throw new ParameterException(
          spec.commandLine(),
          (given == 0 ? "missing the zones: give " : "give only one of ")
              + "-z ZONE, --zones ZONE[,ZONE...] or --all-zones");
    }
    try (Session session = Session.of(spec);
        Progress.Zones progress = Progress.zones(session)) {
      AcrossZones across = parallel.across(progress);
      List<Zone> chosenZones =
          one != null
              ? List.of(session.zone(one))
              : allZones ? ZoneTargets.all(session) : ZoneTargets.resolve(session, zones, across);
      List<Target> targets = ZoneTargets.of(session, chosenZones);
      if (dryRun.enabled) {
        Snapshot planned = Traffic.planEvacuation(targets, from, saviours, chosen, across);
        progress.clear();
        refuseNothingToEvacuate(planned);
        // one zone's plan even when empty, as before; of many, those with changes
        TrafficReport.dryRun(
            session,
            planned.plans().values().stream().filter(p -> one != null || !p.isEmpty()).toList());
        session.note(
            "dry run: nothing sent"
                + (one != null ? "" : "; " + changing(planned) + " zones would change"));
        return 0;
      }
      Path file =
          snapshot != null
              ? snapshot
              : defaultSnapshot(
                  one != null ? chosenZones.get(0).name() : "evacuation-" + from + "-");
      Snapshot[] taken = new Snapshot[1];
      OperationResult result =
          Traffic.evacuate(
              targets,
              from,
              saviours,
              chosen,
              ApplyMode.ATOMIC,
              snapshot -> {
                progress.clear();
                refuseNothingToEvacuate(snapshot);
                taken[0] = snapshot;
                save(snapshot, file, session);
              },
              across);
      progress.clear();
      if (one != null) {
        TrafficReport.print(session, result, taken[0].plans());
        session.note("evacuated " + from + " in " + session.where(chosenZones.get(0)));
      } else {
        TrafficReport.printZones(session, result, taken[0].plans());
        session.note(
            "evacuated "
                + from
                + " in "
                + changing(taken[0])
                + " of "
                + targets.size()
                + " zones at "
                + session.manager().provider().metadata().name()
                + " "
                + session.manager().displayUrl());
      }
      if (verify) {
        result.await(Duration.ofMinutes(5));
        for (Zone zone : chosenZones) {
          if (!taken[0].plans().get(zone.name()).isEmpty()) {
            verify(session, zone);
          }
        }
      }
    }
    return 0;
  }

  private void verify(Session session, Zone zone) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    session.api().geoRecordSets(zone.id()).orElseThrow().forEach(sets::add);
    AnswerCheck.run(
        session, servers.addresses(session, zone), sets, Duration.ofSeconds(60), List.of());
  }

  private static long changing(Snapshot planned) {
    return planned.plans().values().stream().filter(plan -> !plan.isEmpty()).count();
  }

  /**
   * As the library refuses a qualifier no geo set has: an evacuation that would change nothing
   * anywhere is a mistake to report, not a success.
   */
  private void refuseNothingToEvacuate(Snapshot planned) {
    if (changing(planned) == 0) {
      throw new ValidationException(
          "no geo set has the evacuate qualifier",
          from,
          "a qualifier that geo sets of the " + planned.plans().size() + " zones have");
    }
  }

  private static void save(Snapshot taken, Path file, Session session) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, taken.toJson(), StandardCharsets.UTF_8);
      if (session.json()) {
        JsonObject event = new JsonObject();
        event.addProperty("event", "snapshot");
        event.addProperty("path", file.toString());
        session.out().println(event);
        session.out().flush();
      }
      session.note(
          "saved the snapshot to "
              + file
              + "; undo with: denominator"
              + session.connectionFlags()
              + " geo restore --snapshot "
              + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the snapshot to " + file, e);
    }
  }

  /** Under ~/.denominator/snapshots, named by {@code prefix} and the time. */
  private static Path defaultSnapshot(String prefix) {
    String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-');
    return Path.of(
        System.getProperty("user.home"), ".denominator", "snapshots", prefix + stamp + ".json");
  }

  private static SaviourPolicy policy(String name) {
    return switch (name) {
      case "nearest" -> SaviourPolicy.nearestByContinent();
      case "first" -> SaviourPolicy.first();
      default -> throw new ValidationException("unknown saviour policy", name, "nearest or first");
    };
  }
}
