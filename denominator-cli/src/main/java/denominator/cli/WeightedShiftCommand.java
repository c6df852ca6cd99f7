package denominator.cli;

import com.google.gson.JsonObject;
import denominator.DenominatorException;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import denominator.model.rdata.RData;
import denominator.traffic.WeightShift;
import denominator.verify.SplitObserver;
import denominator.verify.Verifier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code denominator weighted -z ZONE shift -n NAME -t TYPE --from A --to B --steps 1,5,25,50,100
 * [--pause 30s]}: a weighted ramp, one atomic change per step; with {@code -o json} one JSON event
 * per line per step, for tooling.
 */
final class WeightedShiftCommand implements Callable<Integer> {
  final CommandSpec spec =
      Options.command(this, "shift", "Ramp traffic from one weighted set to another in steps.");
  private final NameTypeOptions key = new NameTypeOptions(spec);
  private final DryRunOption dryRun = new DryRunOption(spec);
  private String from;
  private String to;
  private List<Integer> steps;
  private String pause;
  private boolean verify;
  private final ServerOption servers;
  private int samples;

  WeightedShiftCommand() {
    Options.add(
        spec,
        Options.string("--from", "QUALIFIER", "the set traffic leaves", v -> from = v)
            .required(true),
        Options.string("--to", "QUALIFIER", "the set traffic goes to", v -> to = v).required(true),
        Options.list(
                Integer.class,
                "--steps",
                "PERCENT[,PERCENT...]",
                "percent of the weight on --to after each step (default: ${DEFAULT-VALUE})",
                v -> steps = v)
            .splitRegex(",")
            .defaultValue("1,5,25,50,100"),
        Options.string(
                "--pause",
                "DURATION",
                "wait between steps, e.g. 30s or 2m (default: ${DEFAULT-VALUE})",
                v -> pause = v)
            .defaultValue("0s"),
        Options.flag(
            "--verify",
            "after each step, ask the authoritative servers how they answer; at 0%% and 100%%"
                + " every answer must be the expected one, or the ramp rolls back",
            v -> verify = v));
    servers = new ServerOption(spec);
    Options.add(
        spec,
        Options.value(
                int.class,
                "--samples",
                "N",
                "with --verify: questions per server and step (default: ${DEFAULT-VALUE})",
                v -> samples = v)
            .defaultValue("20"));
  }

  @Override
  public Integer call() {
    key.qualified(from); // validate before any request
    key.qualified(to);
    WeightShift.checkSteps(steps);
    Duration wait = DurationText.parse(pause);
    servers.check();
    try (Session session = Session.of(spec)) {
      Zone zone = session.zone(ZoneScope.of(spec).zone());
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
            WeightShift.plan(session.target(zone), key.name, key.type, from, to, steps)) {
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
      List<RData> target =
          session
              .api()
              .weightedRecordSets(zone.id())
              .flatMap(api -> api.get(key.absoluteName(), key.canonicalType(), to))
              .map(ResourceRecordSet::records)
              .orElse(List.of());
      SplitObserver observer =
          verify
              ? SplitObserver.of(
                  Verifier.of(servers.addresses(session, zone))::sample,
                  key.absoluteName(),
                  key.canonicalType(),
                  target,
                  samples)
              : null;
      try (StopOnSignal stop = StopOnSignal.install()) {
        WeightShift.Result result =
            WeightShift.shift(
                session.target(zone),
                key.name,
                key.type,
                from,
                to,
                steps,
                step -> {
                  print(session, step);
                  if (stop.requested() || observer != null && !observed(session, observer, step)) {
                    return false;
                  }
                  Duration pauseHere =
                      step.percent() == steps.get(steps.size() - 1) ? Duration.ZERO : wait;
                  return !stop.awaitFor(pauseHere);
                });
        if (!result.completed()) {
          WeightShift.Step last = result.steps().get(result.steps().size() - 1);
          boolean restored = result.rollback().stream().allMatch(r -> r.succeeded());
          throw new DenominatorException(
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

  /** Reports how the servers answered after {@code step}; false when not as expected. */
  private static boolean observed(Session session, SplitObserver observer, WeightShift.Step step) {
    SplitObserver.Observation seen = observer.observe(step);
    report(session, seen);
    return seen.ok();
  }

  private static void report(Session session, SplitObserver.Observation seen) {
    if (session.json()) {
      JsonObject event = new JsonObject();
      event.addProperty("event", "observed");
      event.addProperty("percent", seen.percent());
      event.addProperty("answersToTarget", seen.onTarget());
      event.addProperty("answers", seen.answers());
      event.addProperty("ok", seen.ok());
      session.out().println(event);
    } else {
      session
          .out()
          .println(
              "  observed "
                  + seen.onTarget()
                  + " of "
                  + seen.answers()
                  + " answers from the"
                  + " --to set"
                  + (seen.ok() ? "" : ": NOT AS EXPECTED, rolling back"));
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
}
