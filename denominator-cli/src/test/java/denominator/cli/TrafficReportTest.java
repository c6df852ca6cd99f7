package denominator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.DNSApi;
import denominator.Denominator;
import denominator.DenominatorException;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.cli.TrafficReport.ZoneState;
import denominator.model.ResourceRecordSet;
import denominator.traffic.Target;
import denominator.traffic.TargetResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the many-zones report counts each zone as, from its outcomes. */
class TrafficReportTest {
  private static final DNSApi API =
      Denominator.builder().provider("mock").url("mem:").build().api();
  private static final Target TARGET = new Target("a.example.", API, "a", "a.example.");
  private static final Change PUT =
      new Change.Put(
          ResourceRecordSet.builder().name("www.a.example.").type("A").add("192.0.2.1").build());
  private static final Change OTHER =
      new Change.Put(
          ResourceRecordSet.builder().name("api.a.example.").type("A").add("192.0.2.2").build());

  @Test
  void eachZoneIsCountedOnceByWhatBecameOfItsChanges() {
    DenominatorException refused = new DenominatorException("refused");

    assertThat(ZoneState.of(null)).isEqualTo(ZoneState.UNCHANGED);
    assertThat(ZoneState.of(result(List.of()))).isEqualTo(ZoneState.UNCHANGED);
    assertThat(ZoneState.of(result(List.of(ChangeOutcome.applied(PUT)))))
        .isEqualTo(ZoneState.CHANGED);
    assertThat(
            ZoneState.of(
                result(List.of(ChangeOutcome.rolledBack(PUT), ChangeOutcome.rolledBack(OTHER)))))
        .isEqualTo(ZoneState.ROLLED_BACK);
    assertThat(ZoneState.of(result(List.of(ChangeOutcome.skipped(PUT)))))
        .isEqualTo(ZoneState.SKIPPED);
    assertThat(
            ZoneState.of(
                result(List.of(ChangeOutcome.failed(PUT, refused), ChangeOutcome.skipped(OTHER)))))
        .isEqualTo(ZoneState.FAILED);
    assertThat(
            ZoneState.of(
                new TargetResult(
                    TARGET,
                    ChangeResult.of(List.of(ChangeOutcome.applied(PUT))),
                    List.of("rollback failed: timed out"))))
        .as("a zone whose rollback failed keeps its changes: failed, not changed")
        .isEqualTo(ZoneState.FAILED);
  }

  private static TargetResult result(List<ChangeOutcome> outcomes) {
    return new TargetResult(TARGET, ChangeResult.of(outcomes), List.of());
  }
}
