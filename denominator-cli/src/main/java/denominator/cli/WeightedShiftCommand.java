package denominator.cli;

import com.google.gson.JsonObject;
import denominator.ValidationException;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.RData;
import denominator.traffic.WeightShift;
import denominator.verify.Verifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code denominator weighted -z ZONE shift -n NAME -t TYPE --from A --to B --steps 1,5,25,50,100
 * [--pause 30s]}: a weighted ramp, one atomic change per step; with {@code -o json} one JSON event
 * per line per step, for tooling.
 */
@Command(name = "shift", description = "Ramp traffic from one weighted set to another in steps.")
final class WeightedShiftCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;
  @ParentCommand ZoneScope parent;

  @Mixin NameTypeOptions key;
  @Mixin DryRunOption dryRun;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "QUALIFIER",
      description = "the set traffic leaves")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "QUALIFIER",
      description = "the set traffic goes to")
  String to;

  @Option(
      names = "--steps",
      split = ",",
      defaultValue = "1,5,25,50,100",
      paramLabel = "PERCENT[,PERCENT...]",
      description = "percent of the weight on --to after each step (default: ${DEFAULT-VALUE})")
  List<Integer> steps;

  @Option(
      names = "--pause",
      defaultValue = "0s",
      paramLabel = "DURATION",
      description = "wait between steps, e.g. 30s or 2m (default: ${DEFAULT-VALUE})")
  String pause;

  @Option(
      names = "--verify",
      description =
          "after each step, ask the authoritative servers how"
              + " they answer; at 0%% and 100%% every answer must be the expected one, or the ramp rolls back")
  boolean verify;

  @Option(
      names = "--server",
      paramLabel = "HOST:PORT",
      description = "with --verify: ask this server (repeatable; default: the zone's NS)")
  List<String> servers = new ArrayList<>();

  @Option(
      names = "--samples",
      defaultValue = "20",
      paramLabel = "N",
      description = "with --verify: questions per server and step (default: ${DEFAULT-VALUE})")
  int samples;

  @Override
  public Integer call() {
    key.qualified(from); // validate before any request
    key.qualified(to);
    WeightShift.checkSteps(steps);
    Duration wait = duration(pause);
    servers.forEach(VerifyCommand::checkServer);
    try (Session session = Session.of(spec)) {
      Zone zone = session.zone(parent.zone());
      session.note(
          "shifting "
              + key.absoluteName()
              + " "
              + key.canonicalType()
              + " from "
              + from
              + " to "
              + to
              + " in "
              + session.where(zone));
      if (dryRun.enabled) {
        for (WeightShift.Weights step :
            WeightShift.plan(
                GeoRestoreCommand.target(session, zone), key.name, key.type, from, to, steps)) {
          session
              .out()
              .println(
                  "dry run: would set "
                      + step.percent()
                      + "%: weights "
                      + step.fromWeight()
                      + " / "
                      + step.toWeight());
        }
        session.out().flush();
        session.note("dry run: nothing sent");
        return 0;
      }
      Verifier verifier =
          verify ? Verifier.of(VerifyCommand.servers(session, zone, servers)) : null;
      Set<RData> target =
          Set.copyOf(
              session
                  .api()
                  .weightedRecordSets(zone.id())
                  .flatMap(api -> api.get(key.absoluteName(), key.canonicalType(), to))
                  .map(ResourceRecordSet::records)
                  .orElse(List.of()));
      try (StopOnSignal stop = StopOnSignal.install()) {
        WeightShift.Result result =
            WeightShift.shift(
                GeoRestoreCommand.target(session, zone),
                key.name,
                key.type,
                from,
                to,
                steps,
                step -> {
                  print(session, step);
                  if (stop.requested()
                      || verifier != null && !observed(session, verifier, step, target)) {
                    return false;
                  }
                  Duration pauseHere =
                      step.percent() == steps.get(steps.size() - 1) ? Duration.ZERO : wait;
                  return !stop.awaitFor(pauseHere);
                });
        if (!result.completed()) {
          WeightShift.Step last = result.steps().get(result.steps().size() - 1);
          boolean restored = result.rollback().stream().allMatch(r -> r.succeeded());
          throw new denominator.DenominatorException(
              (stop.requested() ? "interrupted" : "ramp stopped")
                  + " at "
                  + last.percent()
                  + "% (weights "
                  + last.fromWeight()
                  + " / "
                  + last.toWeight()
                  + "); "
                  + (restored
                      ? "rolled back to the weights before the ramp"
                      : "ROLLBACK FAILED: read the weights before trying again"));
        }
      }
    }
    return 0;
  }

  /**
   * Samples the servers' answers after a step and reports the share that is the {@code --to} set.
   * At 0% or 100% the answer is certain, so it asks again until it is (or 60 s pass).
   */
  private boolean observed(
      Session session, Verifier verifier, WeightShift.Step step, Set<RData> target) {
    step.result().await(Duration.ofMinutes(5));
    boolean certain = step.percent() == 0 || step.percent() == 100;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      Map<Set<RData>, Integer> counts =
          verifier.sample(key.absoluteName(), key.canonicalType(), samples);
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      int onTarget = counts.getOrDefault(target, 0);
      boolean ok = !certain || onTarget == (step.percent() == 100 ? total : 0);
      if (ok || System.nanoTime() > deadline) {
        report(session, step, onTarget, total, ok);
        return ok;
      }
      sleep(Duration.ofSeconds(1));
    }
  }

  private static void report(
      Session session, WeightShift.Step step, int onTarget, int total, boolean ok) {
    if (session.json()) {
      JsonObject event = new JsonObject();
      event.addProperty("event", "observed");
      event.addProperty("percent", step.percent());
      event.addProperty("answersToTarget", onTarget);
      event.addProperty("answers", total);
      event.addProperty("ok", ok);
      session.out().println(event);
    } else {
      session
          .out()
          .println(
              "  observed "
                  + onTarget
                  + " of "
                  + total
                  + " answers from the"
                  + " --to set"
                  + (ok ? "" : ": NOT AS EXPECTED, rolling back"));
    }
    session.out().flush();
  }

  private static void print(Session session, WeightShift.Step step) {
    if (session.json()) {
      JsonObject event = new JsonObject();
      event.addProperty("event", "step");
      event.addProperty("percent", step.percent());
      event.addProperty("fromWeight", step.fromWeight());
      event.addProperty("toWeight", step.toWeight());
      event.addProperty("applied", step.result().succeeded());
      session.out().println(event);
    } else {
      session
          .out()
          .println(
              step.percent()
                  + "%: weights "
                  + step.fromWeight()
                  + " / "
                  + step.toWeight()
                  + (step.result().succeeded() ? "" : " FAILED"));
    }
    session.out().flush();
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Duration duration(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)?").matcher(text.strip());
    if (!m.matches()) {
      throw new ValidationException("bad duration", text, "a number with ms, s, m or h, e.g. 30s");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
