package denominator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.change.ChangeResult;
import denominator.kit.ManualTime;
import denominator.model.rdata.RData;
import denominator.traffic.WeightShift;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitObserverTest {
  static final Set<RData> BLUE = Set.of(RData.parse("A", "192.0.2.1"));
  static final Set<RData> GREEN = Set.of(RData.parse("A", "192.0.2.2"));
  final ManualTime time = new ManualTime();
  final List<String> calls = new ArrayList<>();

  /** A sampler that answers these counts in turn, repeating the last. */
  SplitObserver.Sampler answering(List<Map<Set<RData>, Integer>> counts) {
    Iterator<Map<Set<RData>, Integer>> next = counts.iterator();
    Map<Set<RData>, Integer>[] last = new Map[1];
    return (name, type, queries) -> {
      calls.add("sample " + name + " " + type + " " + queries);
      if (next.hasNext()) {
        last[0] = next.next();
      }
      return last[0];
    };
  }

  SplitObserver observer(SplitObserver.Sampler sampler) {
    return SplitObserver.of(sampler, "www.example.com.", "A", GREEN, 20)
        .withPoller(time.poller(Duration.ofSeconds(1), Duration.ofSeconds(1)));
  }

  WeightShift.Step step(int percent) {
    return new WeightShift.Step(
        percent,
        100 - percent,
        percent,
        ChangeResult.of(List.of(), timeout -> calls.add("await served " + timeout)));
  }

  @Test
  void aCertainStepIsAskedAgainUntilEveryAnswerIsTheTarget() {
    SplitObserver.Observation seen =
        observer(
                answering(List.of(Map.of(BLUE, 20), Map.of(BLUE, 5, GREEN, 15), Map.of(GREEN, 20))))
            .observe(step(100));

    assertThat(seen).isEqualTo(new SplitObserver.Observation(100, 20, 20, true));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(calls)
        .as("waits until the provider serves the step, then samples")
        .startsWith("await served PT5M", "sample www.example.com. A 20")
        .hasSize(4);
  }

  @Test
  void aCertainStepStillWrongAtTheDeadlineIsNotOk() {
    SplitObserver.Observation seen =
        observer(answering(List.of(Map.of(BLUE, 3, GREEN, 17)))).observe(step(100));

    assertThat(seen).isEqualTo(new SplitObserver.Observation(100, 17, 20, false));
    assertThat(time.sleeps()).hasSize(60).containsOnly(Duration.ofSeconds(1));
  }

  @Test
  void atZeroPercentNoAnswerMayBeTheTarget() {
    SplitObserver.Observation seen =
        observer(answering(List.of(Map.of(GREEN, 1, BLUE, 19), Map.of(BLUE, 20)))).observe(step(0));

    assertThat(seen).isEqualTo(new SplitObserver.Observation(0, 0, 20, true));
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void aStepBetweenAcceptsAnySplitAtOnce() {
    SplitObserver.Observation seen =
        observer(answering(List.of(Map.of(BLUE, 19, GREEN, 1)))).observe(step(25));

    assertThat(seen).isEqualTo(new SplitObserver.Observation(25, 1, 20, true));
    assertThat(time.sleeps()).isEmpty();
  }
}
