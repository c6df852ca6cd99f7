package denominator.examples.failover;

import static org.assertj.core.api.Assertions.assertThat;

import denominator.change.ChangeOutcome;
import denominator.model.ResourceRecordSet;
import denominator.traffic.Snapshot;
import denominator.traffic.Target;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook end to end on the local lab: the Route53 and UltraDNS simulators plus a real
 * PowerDNS.
 */
class FailoverRunbookTest {
  @TempDir Path dir;

  static List<ResourceRecordSet> sets(Target target) {
    List<ResourceRecordSet> sets = new ArrayList<>();
    target.api().geoRecordSets(target.zoneId()).orElseThrow().forEach(sets::add);
    return sets;
  }

  @Test
  void evacuatesVerifiesAndRestoresAtThreeProviders() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    try (LocalLab lab = new LocalLab(20)) {
      List<List<ResourceRecordSet>> before =
          lab.targets().stream().map(FailoverRunbookTest::sets).toList();
      Path snapshot = dir.resolve("snapshot.json");
      FailoverRunbook runbook =
          new FailoverRunbook(
              lab.targets(),
              List.of(lab.powerDnsAddress()),
              List.of(lab::ultraDnsAnswers),
              snapshot,
              out);

      FailoverRunbook.Outcome outcome =
          runbook.run("us-east", List.of("us-west", "eu-west"), new Timeline(out, lab::requests));

      assertThat(outcome.ok()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
      assertThat(outcome.evacuated().targets())
          .allSatisfy(
              t ->
                  assertThat(t.result().outcomes())
                      .extracting(ChangeOutcome::status)
                      .containsOnly(ChangeOutcome.Status.APPLIED)
                      .hasSize(40));
      assertThat(outcome.during().checks())
          .filteredOn(c -> c.region().equals("continent:NA"))
          .hasSize(40) // 20 names asked of PowerDNS, 20 of the UltraDNS simulator's resolver
          .allSatisfy(
              c -> assertThat(c.seen()).extracting(Object::toString).containsExactly("192.0.2.2"));
      for (var report : List.of(outcome.during(), outcome.after())) {
        // PowerDNS has no sample subnet in Antarctica; the simulator's resolver needs none
        assertThat(report.unchecked())
            .hasSize(20)
            .allMatch(u -> u.endsWith("continent:AN: no sample subnet"));
        assertThat(report.checks())
            .filteredOn(c -> c.server().equals(SimulatorAnswers.SERVER))
            .hasSize(140) // 20 names, each asked from the 7 continents
            .allMatch(c -> c.ok());
      }
      assertThat(Snapshot.fromJson(Files.readString(snapshot)).plans())
          .containsOnlyKeys("route53", "ultradns", "powerdns");
      for (int i = 0; i < lab.targets().size(); i++) {
        assertThat(sets(lab.targets().get(i))).containsExactlyInAnyOrderElementsOf(before.get(i));
      }
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "plan 120 changes at 3 providers",
            "providers in sync",
            "verify 260 answers: ok",
            "restore from snapshot, in sync: ok");
  }
}
