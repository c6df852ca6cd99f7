package denominator.verify;

import denominator.AwaitTimeoutException;
import denominator.kit.Poller;
import denominator.model.rdata.RData;
import denominator.traffic.WeightShift;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How the authoritative servers split their answers after a step of a weighted ramp ({@link
 * WeightShift}): how many answers are the records of the set traffic goes to. At 0% and 100% the
 * answer is certain, so a wrong one is asked again, through a {@link Poller}, until it is right or
 * a deadline passes (servers take a while to serve what a provider accepted); between those, any
 * split is accepted and reported, weighted answers being random.
 */
public final class SplitObserver {
  private static final int SERVED_MINUTES = 5;
  private static final int INTERVAL_SECONDS = 1;
  private static final int DEADLINE_SECONDS = 60;

  /** Counts the answers to {@code queries} questions per server: {@link Verifier#sample}. */
  @FunctionalInterface
  public interface Sampler {
    Map<Set<RData>, Integer> sample(String name, String type, int queries);
  }

  /**
   * What the servers answered after one step.
   *
   * @param percent the step's share of the weight on the target set
   * @param onTarget answers that were exactly the target set's records
   * @param answers all answers counted
   * @param ok false only when the step was certain (0% or 100%) and the answers still were not all
   *     as expected at the deadline
   */
  public record Observation(int percent, int onTarget, int answers, boolean ok) {}

  private final Sampler sampler;
  private final String name;
  private final String type;
  private final Set<RData> target;
  private final int samples;
  private final Poller poller;

  private SplitObserver(
      Sampler sampler, String name, String type, Set<RData> target, int samples, Poller poller) {
    this.sampler = Objects.requireNonNull(sampler, "sampler");
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.target = Set.copyOf(target);
    this.samples = samples;
    this.poller = Objects.requireNonNull(poller, "poller");
  }

  /**
   * Observes {@code name}/{@code type}, asking {@code samples} questions per server and step;
   * {@code target} is the records of the set traffic goes to. Waits on the wall clock.
   */
  public static SplitObserver of(
      Sampler sampler, String name, String type, Collection<RData> target, int samples) {
    return new SplitObserver(sampler, name, type, Set.copyOf(target), samples, Poller.system());
  }

  /** Waits between asks through {@code poller}: tests pass one that never waits. */
  public SplitObserver withPoller(Poller poller) {
    return new SplitObserver(sampler, name, type, target, samples, poller);
  }

  /**
   * Waits until the provider serves {@code step} (up to {@value #SERVED_MINUTES} minutes), then
   * samples the servers; at 0% or 100% asks again every {@value #INTERVAL_SECONDS} s until every
   * answer is the expected one or {@value #DEADLINE_SECONDS} s have passed.
   */
  public Observation observe(WeightShift.Step step) {
    step.result().await(Duration.ofMinutes(SERVED_MINUTES));
    boolean certain = step.percent() == 0 || step.percent() == 100;
    AtomicReference<Observation> last = new AtomicReference<>();
    try {
      poller
          .every(Duration.ofSeconds(INTERVAL_SECONDS))
          .await(
              "every answer for " + name + " " + type + " at " + step.percent() + "%",
              Duration.ofSeconds(DEADLINE_SECONDS),
              () -> {
                Map<Set<RData>, Integer> counts = sampler.sample(name, type, samples);
                int answers = counts.values().stream().mapToInt(Integer::intValue).sum();
                int onTarget = counts.getOrDefault(target, 0);
                boolean ok = !certain || onTarget == (step.percent() == 100 ? answers : 0);
                last.set(new Observation(step.percent(), onTarget, answers, ok));
                return ok;
              });
    } catch (AwaitTimeoutException stillWrong) {
      // the last observation says how the answers were wrong
    }
    return last.get();
  }
}
