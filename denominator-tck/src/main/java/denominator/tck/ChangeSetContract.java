package denominator.tck;

import static denominator.tck.RecordSetContract.a;
import static org.assertj.core.api.Assertions.assertThat;

import denominator.ResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Change sets: atomic batches, all-or-nothing on failure, modes, idempotency. */
public abstract class ChangeSetContract extends Contract {
  private Zone zone;
  private ResourceRecordSetApi sets;

  @BeforeEach
  void zone() {
    zone = newZone();
    sets = api().recordSets(zone.id());
  }

  @Test
  void atomicBatchAppliesEveryChange() {
    sets.put(a(name("old"), 300, "192.0.2.9"));
    ChangeSet changes =
        ChangeSet.builder()
            .put(a(name("one"), 300, "192.0.2.1"))
            .put(a(name("two"), 300, "192.0.2.2"))
            .delete(a(name("old"), 300, "192.0.2.9").key())
            .build();

    ChangeResult result =
        api().apply(zone.id(), changes, ApplyMode.ATOMIC).await(Duration.ofMinutes(2));

    assertThat(result.succeeded()).isTrue();
    assertThat(sets.get(name("one"), "A")).isPresent();
    assertThat(sets.get(name("two"), "A")).isPresent();
    assertThat(sets.get(name("old"), "A")).isEmpty();
  }

  @Test
  void atomicBatchWithARejectedChangeLeavesTheZoneAsItWas() {
    sets.put(a(name("www"), 300, "192.0.2.1"));
    List<ResourceRecordSet> before = list(sets);
    ChangeSet changes =
        ChangeSet.builder()
            .put(a(name("new"), 300, "192.0.2.2"))
            .put(cnameConflictingWith(name("www")))
            .build();

    ChangeResult result = api().apply(zone.id(), changes, ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isFalse();
    assertThat(result.failures()).hasSize(1);
    assertThat(result.outcomes().get(0).status()).isIn(Status.SKIPPED, Status.ROLLED_BACK);
    assertThat(list(sets)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void bestEffortAppliesWhatItCan() {
    sets.put(a(name("www"), 300, "192.0.2.1"));
    ChangeSet changes =
        ChangeSet.builder()
            .put(cnameConflictingWith(name("www")))
            .put(a(name("new"), 300, "192.0.2.2"))
            .build();

    ChangeResult result = api().apply(zone.id(), changes, ApplyMode.BEST_EFFORT);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.FAILED, Status.APPLIED);
    assertThat(sets.get(name("new"), "A")).isPresent();
  }

  @Test
  void stopOnFirstKeepsEarlierChangesAndSkipsTheRest() {
    sets.put(a(name("www"), 300, "192.0.2.1"));
    ChangeSet changes =
        ChangeSet.builder()
            .put(a(name("first"), 300, "192.0.2.2"))
            .put(cnameConflictingWith(name("www")))
            .put(a(name("last"), 300, "192.0.2.3"))
            .build();

    ChangeResult result = api().apply(zone.id(), changes, ApplyMode.STOP_ON_FIRST);

    assertThat(result.outcomes())
        .extracting(o -> o.status())
        .containsExactly(Status.APPLIED, Status.FAILED, Status.SKIPPED);
    assertThat(sets.get(name("first"), "A")).isPresent();
    assertThat(sets.get(name("last"), "A")).isEmpty();
  }

  @Test
  void applyingTheSameDesiredStateTwiceChangesNothingTheSecondTime() {
    List<ResourceRecordSet> desired = new ArrayList<>(list(sets));
    desired.add(a(name("one"), 300, "192.0.2.1"));
    desired.add(a(name("two"), 300, "192.0.2.2", "192.0.2.3"));
    desired.add(
        ResourceRecordSet.builder()
            .name(name("txt"))
            .type("TXT")
            .ttl(300)
            .add("\"v=spf1 -all\"")
            .add("\"with \\\"quotes\\\" and spaces\"")
            .build());
    Plan first = Plan.between(zone.name(), list(sets), desired);
    assertThat(first.changes()).hasSize(3);
    api().apply(zone.id(), first.changeSet(), ApplyMode.ATOMIC).await(Duration.ofMinutes(2));
    List<ResourceRecordSet> afterFirst = list(sets);

    Plan second = Plan.between(zone.name(), afterFirst, desired);

    assertThat(second.changes()).as("second plan").isEmpty();
    assertThat(api().apply(zone.id(), second.changeSet(), ApplyMode.ATOMIC).outcomes()).isEmpty();
    assertThat(list(sets)).containsExactlyInAnyOrderElementsOf(afterFirst);
  }

  private String name(String label) {
    return label + "." + zone.name();
  }

  private static ResourceRecordSet cnameConflictingWith(String name) {
    return ResourceRecordSet.builder()
        .name(name)
        .type("CNAME")
        .ttl(300)
        .add("target.example.net.")
        .build();
  }
}
