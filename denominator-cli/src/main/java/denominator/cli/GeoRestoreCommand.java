package denominator.cli;

import denominator.AcrossZones;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.Plan;
import denominator.model.Zone;
import denominator.traffic.OperationResult;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import denominator.traffic.Traffic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code denominator geo restore --snapshot FILE [--force]}: returns every set an evacuation
 * changed to exactly its state before, refusing sets changed since unless {@code --force}; sets
 * already in that state are left alone, so restoring twice finds nothing to do.
 *
 * <p>A snapshot of many zones ({@code geo evacuate --zones} or {@code --all-zones}) names each
 * target by its zone: every zone it changed is restored in one atomic operation, {@code --parallel}
 * zones at once, or only the zone {@code -z} names. A snapshot whose one target is named by the
 * provider (as evacuations of one zone wrote them before) restores that zone.
 */
final class GeoRestoreCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "restore", "Undo an evacuation from its snapshot.");
  private Path file;
  private boolean force;
  private final ParallelOption parallel;
  private final DryRunOption dryRun;

  GeoRestoreCommand() {
    Options.add(
        spec,
        Options.value(
                Path.class, "--snapshot", "FILE", "the snapshot geo evacuate saved", v -> file = v)
            .required(true),
        Options.flag(
            "--force", "overwrite sets that changed since the evacuation", v -> force = v));
    parallel = new ParallelOption(spec);
    dryRun = new DryRunOption(spec);
  }

  @Override
  public Integer call() throws IOException {
    Snapshot snapshot = Snapshot.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    try (Session session = Session.of(spec);
        Progress.Zones progress = Progress.zones(session)) {
      AcrossZones across = parallel.across(progress);
      Zone named = parent().zone != null ? session.zone(parent().zone) : null;
      Map<String, Plan> chosen = chosen(session, snapshot, named);
      boolean oneZone = chosen.size() == 1;
      List<String> names = new ArrayList<>(chosen.keySet());
      List<Zone> zones =
          named != null
              ? List.of(named)
              : ZoneTargets.resolve(
                  session, names.stream().map(n -> chosen.get(n).zone()).toList(), across);
      List<Target> targets = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        Zone zone = zones.get(i);
        targets.add(new Target(names.get(i), session.api(), zone.id(), zone.name()));
      }
      Map<String, Plan> undo = Traffic.planRestore(targets, new Snapshot(chosen), force, across);
      progress.clear();
      Map<String, Plan> changing = new LinkedHashMap<>(undo);
      changing.values().removeIf(Plan::isEmpty);
      if (changing.isEmpty()) {
        session.note(
            "nothing to change: "
                + (oneZone
                    ? zones.get(0).name() + " already holds"
                    : "the " + zones.size() + " zones already hold")
                + " the snapshot's state");
        return 0;
      }
      if (dryRun.enabled) {
        TrafficReport.dryRun(session, changing.values());
        session.note("dry run: nothing sent");
        return 0;
      }
      List<Target> applying = targets.stream().filter(t -> changing.containsKey(t.name())).toList();
      OperationResult result =
          Traffic.apply(applying, new Snapshot(changing), ApplyMode.ATOMIC, across);
      progress.clear();
      if (oneZone) {
        TrafficReport.print(session, result, undo);
        session.note("restored " + session.where(zones.get(0)) + " from " + file);
      } else {
        TrafficReport.printZones(session, result, undo);
        session.note("restored " + applying.size() + " zones from " + file);
      }
    }
    return 0;
  }

  /** The geo group, with the zone {@code -z} named, if any. */
  private ZoneScope parent() {
    return ZoneScope.of(spec);
  }

  /**
   * The snapshot's plans to restore, by target name: the provider's one plan in a snapshot named by
   * provider; else every plan with changes, or with {@code -z} the zone's.
   */
  private Map<String, Plan> chosen(Session session, Snapshot snapshot, Zone named) {
    String provider = session.manager().provider().metadata().name();
    Plan byProvider = snapshot.plans().get(provider);
    if (byProvider != null) {
      if (named != null && !named.name().equals(byProvider.zone())) {
        throw new ValidationException(
            "zone not in the snapshot", parent().zone, byProvider.zone() + ", the snapshot's zone");
      }
      return Map.of(provider, byProvider);
    }
    boolean byZone =
        snapshot.plans().entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue().zone()));
    if (!byZone) {
      throw new ValidationException(
          "snapshot has no plan for this provider",
          provider,
          "one of " + snapshot.plans().keySet());
    }
    Map<String, Plan> chosen = new LinkedHashMap<>();
    if (named != null) {
      Plan plan = snapshot.plans().get(named.name());
      if (plan == null) {
        throw new ValidationException(
            "zone not in the snapshot", parent().zone, "one of " + snapshot.plans().keySet());
      }
      chosen.put(named.name(), plan);
      return chosen;
    }
    snapshot.plans().forEach((name, plan) -> chosen.put(name, plan));
    chosen.values().removeIf(Plan::isEmpty);
    if (chosen.isEmpty()) {
      throw new ValidationException(
          "snapshot changed no zone", file.toString(), "the snapshot of an evacuation");
    }
    return chosen;
  }
}
