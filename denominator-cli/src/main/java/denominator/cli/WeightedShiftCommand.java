package denominator.cli;

import com.google.gson.JsonObject;
import denominator.ValidationException;
import denominator.model.Zone;
import denominator.traffic.WeightShift;
import java.time.Duration;
import java.util.List;
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

  @Option(names = "--from", required = true, paramLabel = "QUALIFIER",
      description = "the set traffic leaves")
  String from;

  @Option(names = "--to", required = true, paramLabel = "QUALIFIER",
      description = "the set traffic goes to")
  String to;

  @Option(names = "--steps", split = ",", defaultValue = "1,5,25,50,100",
      paramLabel = "PERCENT[,PERCENT...]",
      description = "percent of the weight on --to after each step (default: ${DEFAULT-VALUE})")
  List<Integer> steps;

  @Option(names = "--pause", defaultValue = "0s", paramLabel = "DURATION",
      description = "wait between steps, e.g. 30s or 2m (default: ${DEFAULT-VALUE})")
  String pause;

  @Override
  public Integer call() {
    Duration wait = duration(pause);
    try (Session session = Session.of(spec)) {
      Zone zone = session.zone(parent.zone());
      WeightShift.Result result = WeightShift.shift(GeoRestoreCommand.target(session, zone),
          key.name, key.type, from, to, steps, step -> {
            print(session, step);
            return sleep(step.percent() == steps.get(steps.size() - 1) ? Duration.ZERO : wait);
          });
      if (!result.completed()) {
        throw new denominator.DenominatorException("ramp stopped at "
            + result.steps().get(result.steps().size() - 1).percent() + "%; weights restored");
      }
    }
    return 0;
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
      session.out().println(step.percent() + "%: weights " + step.fromWeight() + " / "
          + step.toWeight() + (step.result().succeeded() ? "" : " FAILED"));
    }
    session.out().flush();
  }

  private static boolean sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Duration duration(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)?")
        .matcher(text.strip());
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
