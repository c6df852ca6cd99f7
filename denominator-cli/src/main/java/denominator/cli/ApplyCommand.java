package denominator.cli;

import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.Plan;
import denominator.change.PlanApply;
import denominator.change.PlanSafety;
import denominator.model.Zone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code denominator apply (--plan plan.json | -z ZONE --file desired) [--mode M] [--force]}:
 * applies a reviewed plan, refusing it if the zone changed since it was made or if it fails the
 * safety thresholds (more than 30% of a zone of 10 sets or more updated or deleted, or the apex NS
 * or SOA touched) unless {@code --force}.
 */
final class ApplyCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "apply", "Apply a saved plan, or the plan to a desired state.");
  private Path planFile;
  private Path file;
  private String zone;
  private String mode;
  private boolean force;
  private final DryRunOption dryRun;

  ApplyCommand() {
    spec.addArgGroup(
        ArgGroupSpec.builder()
            .exclusive(true)
            .multiplicity("1")
            .addArg(
                Options.value(
                        Path.class,
                        "--plan",
                        "PLAN",
                        "a plan saved by plan --out",
                        v -> planFile = v)
                    .build())
            .addArg(
                Options.value(
                        Path.class,
                        "--file",
                        "FILE",
                        "desired state (zone file or JSON); needs -z",
                        v -> file = v)
                    .build())
            .build());
    Options.add(
        spec,
        Options.string(
                "-z, --zone", "ZONE", "zone name or id (default: the plan's zone)", v -> zone = v)
            .completionCandidates(Candidates.ZONE_NAMES),
        Options.string(
                "--mode",
                "MODE",
                "atomic, best-effort or stop-on-first (default: ${DEFAULT-VALUE})",
                v -> mode = v)
            .defaultValue("atomic"),
        Options.flag(
            "--force", "apply even if the plan fails the safety thresholds", v -> force = v));
    dryRun = new DryRunOption(spec);
  }

  @Override
  public Integer call() {
    ApplyMode applyMode = mode(mode);
    if (file != null && zone == null) {
      throw new ValidationException(
          "--file needs the zone", "--file " + file, "-z ZONE with --file");
    }
    Plan saved = planFile == null ? null : savedPlan(planFile);
    Function<Zone, DesiredState> desired =
        file == null ? null : DesiredState.load(file); // before any request
    try (Session session = Session.of(spec)) {
      String named = zone != null ? zone : saved.zone();
      // a zone file's records without a TTL take the zone's
      Zone found = desired != null ? session.zoneWithSoa(named) : session.zone(named);
      if (saved != null && !saved.zone().equals(found.name())) {
        throw new ValidationException("plan is for another zone", saved.zone(), found.name());
      }
      Plan plan = saved != null ? saved : desired.apply(found).planFrom(session.api(), found);
      PlanApply apply = new PlanApply(applyMode, PlanSafety.defaults(), force);
      if (dryRun.enabled || plan.isEmpty()) {
        if (dryRun.enabled && !plan.isEmpty()) {
          apply.check(session.api(), found.id(), plan); // refuses as the real run would
          ChangeRunner.checkAsTheProviderWould(session, found, plan.changeSet());
        }
        session.out().print((dryRun.enabled ? "dry run: " : "") + plan.toTable());
        session.out().flush();
        session.note(plan.isEmpty() ? "nothing to change" : "dry run: nothing sent");
        return 0;
      }
      ChangeResult result = apply.apply(session.api(), found.id(), plan);
      for (ChangeOutcome outcome : result.outcomes()) {
        session.out().println(outcome);
      }
      session.out().flush();
      result.orThrow();
      session.note("applied " + result.outcomes().size() + " change(s) to " + session.where(found));
    }
    return 0;
  }

  private static Plan savedPlan(Path file) {
    try {
      return Plan.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw UnreadableFile.of("plan", file, e, "an existing, readable plan saved by plan --out");
    }
  }

  static ApplyMode mode(String text) {
    try {
      return ApplyMode.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "unknown apply mode", text, "atomic, best-effort or stop-on-first");
    }
  }
}
