package denominator.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DNSApi;
import denominator.Denominator;
import denominator.ValidationException;
import denominator.WeightedResourceRecordSetApi;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import denominator.model.Zone;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightShiftTest {
  final DNSApi api = Denominator.create("mock").api();
  final String zone = api.zones().put(Zone.create("example.com.", "h@example.com", 300));
  final WeightedResourceRecordSetApi weighted = api.weightedRecordSets(zone).orElseThrow();
  final Target target = new Target("mock", api, zone, "example.com.");
  final List<Integer> ramp = List.of(1, 5, 25, 50, 100);

  WeightShiftTest() {
    weighted.put(set("blue", 100, "192.0.2.1"));
    weighted.put(set("green", 0, "192.0.2.2"));
  }

  static ResourceRecordSet set(String qualifier, int weight, String address) {
    return ResourceRecordSet.builder()
        .name("www.example.com.")
        .type("A")
        .ttl(60)
        .qualifier(qualifier)
        .weighted(new Weighted(weight))
        .add(address)
        .build();
  }

  int weight(String qualifier) {
    return weighted
        .get("www.example.com.", "A", qualifier)
        .orElseThrow()
        .weighted()
        .orElseThrow()
        .weight();
  }

  @Test
  void aRampMovesTheWeightStepByStep() {
    List<String> seen = new ArrayList<>();

    WeightShift.Result result =
        WeightShift.shift(
            target,
            "www.example.com",
            "A",
            "blue",
            "green",
            ramp,
            step -> seen.add(weight("blue") + "/" + weight("green")));

    assertThat(result.completed()).isTrue();
    assertThat(seen).containsExactly("99/1", "95/5", "75/25", "50/50", "0/100");
    assertThat(result.steps())
        .extracting(WeightShift.Step::toWeight)
        .containsExactly(1, 5, 25, 50, 100);
  }

  @Test
  void abortingRestoresTheOriginalWeights() {
    WeightShift.Result result =
        WeightShift.shift(
            target, "www.example.com.", "A", "blue", "green", ramp, step -> step.percent() < 25);

    assertThat(result.completed()).isFalse();
    assertThat(result.steps()).hasSize(3);
    assertThat(result.rollback()).allMatch(r -> r.succeeded());
    assertThat(weight("blue")).isEqualTo(100);
    assertThat(weight("green")).isZero();
  }

  @Test
  void badStepsAndMissingSetsAreRefusedBeforeAnyChange() {
    assertThatThrownBy(
            () ->
                WeightShift.shift(
                    target, "www.example.com.", "A", "blue", "green", List.of(5, 1), step -> true))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.value()).isEqualTo("[5, 1]"));
    assertThatThrownBy(
            () ->
                WeightShift.shift(
                    target, "www.example.com.", "A", "blue", "red", ramp, step -> true))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("red");
    assertThat(weight("blue")).isEqualTo(100);
  }
}
