package denominator.cli;

import com.google.gson.JsonObject;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code denominator geo -z ZONE evacuate -q us-east --to us-west,eu-west [--policy nearest]}:
 * moves every region of the qualifier's geo sets to the saviours in one atomic change set, after
 * saving a snapshot that {@code geo restore} returns to.
 */
@Command(name = "evacuate", description = "Move every region of a geo qualifier to saviours.")
final class GeoEvacuateCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Option(
      names = {"-q", "--qualifier"},
      required = true,
      paramLabel = "QUALIFIER",
      description = "the qualifier to evacuate, e.g. us-east")
  String from;

  @Option(
      names = "--to",
      required = true,
      split = ",",
      paramLabel = "SAVIOUR[,SAVIOUR...]",
      description = "qualifiers that take over, in order of preference")
  List<String> saviours;

  @Option(
      names = "--policy",
      defaultValue = "nearest",
      paramLabel = "POLICY",
      description =
          "nearest (a saviour on the region's continent) or first (default: " + "${DEFAULT-VALUE})")
  String policy;

  @Option(
      names = "--snapshot",
      paramLabel = "FILE",
      description = "where to save the snapshot (default ~/.denominator/snapshots/...)")
  Path snapshot;

  @Mixin DryRunOption dryRun;

  @Option(names = "--verify", description = "after applying, ask the authoritative servers")
  boolean verify;

  @Mixin ServerOption servers;

  @Override
  public Integer call() {
    SaviourPolicy chosen = policy(policy);
    try (Session session = Session.of(spec)) {
      Zone zone = session.zone(parent.zone());
      List<Target> targets = List.of(session.target(zone));
      if (dryRun.enabled) {
        Traffic.planEvacuation(targets, from, saviours, chosen)
            .plans()
            .values()
            .forEach(
                plan ->
                    session
                        .out()
                        .print(
                            session.json() ? plan.toJson() + "\n" : "dry run: " + plan.toTable()));
        session.out().flush();
        session.note("dry run: nothing sent");
        return 0;
      }
      Path file = snapshot != null ? snapshot : defaultSnapshot(zone);
      Snapshot[] taken = new Snapshot[1];
      OperationResult result =
          Traffic.evacuate(
              targets,
              from,
              saviours,
              chosen,
              ApplyMode.ATOMIC,
              snapshot -> {
                taken[0] = snapshot;
                save(snapshot, file, session);
              });
      TrafficReport.print(session, result, taken[0].plans());
      session.note("evacuated " + from + " in " + session.where(zone));
      if (verify) {
        result.await(Duration.ofMinutes(5));
        List<ResourceRecordSet> sets = new ArrayList<>();
        session.api().geoRecordSets(zone.id()).orElseThrow().forEach(sets::add);
        AnswerCheck.run(
            session, servers.addresses(session, zone), sets, Duration.ofSeconds(60), List.of());
      }
    }
    return 0;
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

  private static Path defaultSnapshot(Zone zone) {
    String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-');
    return Path.of(
        System.getProperty("user.home"),
        ".denominator",
        "snapshots",
        zone.name() + stamp + ".json");
  }

  private static SaviourPolicy policy(String name) {
    return switch (name) {
      case "nearest" -> SaviourPolicy.nearestByContinent();
      case "first" -> SaviourPolicy.first();
      default -> throw new ValidationException("unknown saviour policy", name, "nearest or first");
    };
  }
}
