package denominator.tck;

import static denominator.tck.RecordSetContract.a;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import denominator.DNSApiManager;
import denominator.ResourceRecordSetApi;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Zone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Change sets: atomic batches, all-or-nothing on failure (across several requests too, the batch
 * limit lowered), modes, idempotency.
 */
public abstract class ChangeSetContract extends Contract {
  /** Changes per request in the batch tests: the six changes take three requests. */
  private static final int BATCH = 2;

  private Zone zone;
  private ResourceRecordSetApi sets;

  @BeforeEach
  void zone() {
    zone = newZone();
    sets = api().recordSets(zone.id());
  }

  @Test
  void aTokenThatExpiresBetweenCallsIsRenewedAndTheChangeSetApplies() {
    Optional<Runnable> expire = target().expireTokens();
    assumeTrue(expire.isPresent(), "the provider holds no token that can expire");
    sets.put(a(name("before"), 300, "192.0.2.9")); // the manager now holds a token

    expire.get().run();
    ChangeResult result =
        api()
            .apply(
                zone.id(),
                ChangeSet.builder()
                    .put(a(name("one"), 300, "192.0.2.1"))
                    .delete(a(name("before"), 300, "192.0.2.9").key())
                    .build(),
                ApplyMode.ATOMIC)
            .await(Duration.ofMinutes(2));

    assertThat(result.succeeded()).isTrue();
    assertThat(sets.get(name("one"), "A")).isPresent();
    assertThat(sets.get(name("before"), "A")).isEmpty();
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
    List<ResourceRecordSet> before = withoutSoa(list(sets));
    ChangeSet changes =
        ChangeSet.builder()
            .put(a(name("new"), 300, "192.0.2.2"))
            .put(cnameConflictingWith(name("www")))
            .build();

    ChangeResult result = api().apply(zone.id(), changes, ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isFalse();
    assertThat(result.failures()).hasSize(1);
    assertThat(result.outcomes().get(0).status()).isIn(Status.SKIPPED, Status.ROLLED_BACK);
    // a vendor without transactions undoes what it applied: the SOA serial moves on, nothing else
    assertThat(withoutSoa(list(sets))).containsExactlyInAnyOrderElementsOf(before);
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
    ResourceRecordSet.Builder txt =
        ResourceRecordSet.builder().name(name("txt")).type("TXT").ttl(300).add("\"v=spf1 -all\"");
    if (!target().firstValueOnly().containsKey("TXT")) { // a vendor that refuses it says why
      txt.add("\"with \\\"quotes\\\" and spaces\"");
    }
    desired.add(txt.build());
    Plan first = Plan.between(zone.name(), list(sets), desired);
    assertThat(first.changes()).hasSize(3);
    api().apply(zone.id(), first.changeSet(), ApplyMode.ATOMIC).await(Duration.ofMinutes(2));
    List<ResourceRecordSet> afterFirst = list(sets);

    Plan second = Plan.between(zone.name(), afterFirst, desired);

    assertThat(second.changes()).as("second plan").isEmpty();
    assertThat(api().apply(zone.id(), second.changeSet(), ApplyMode.ATOMIC).outcomes()).isEmpty();
    assertThat(list(sets)).containsExactlyInAnyOrderElementsOf(afterFirst);
  }

  @Test
  void atomicChangeSetAcrossSeveralBatchesAppliesEveryChange() {
    seedForBatches();
    ChangeSet changes =
        ChangeSet.builder()
            .put(a(name("new-1"), 300, "192.0.2.21"))
            .put(txt(name("new-2"), "\"two\""))
            .put(a(name("upd-1"), 600, "192.0.2.22"))
            .delete(RecordSetKey.of(name("del-1"), "A"))
            .delete(RecordSetKey.of(name("del-2"), "TXT"))
            .put(txt(name("new-3"), "\"three\""))
            .build();
    List<ResourceRecordSet> desired = desiredAfter(list(sets), changes);

    List<String> log = new CopyOnWriteArrayList<>();
    ChangeResult result;
    try (DNSApiManager batched = batched(log)) {
      result =
          batched.api().apply(zone.id(), changes, ApplyMode.ATOMIC).await(Duration.ofMinutes(2));
    }

    if (!log.isEmpty()) { // an HTTP provider: each request is logged
      assertThat(writes(log))
          .as("write requests for 6 changes at most %d a request", BATCH)
          .hasSizeGreaterThanOrEqualTo(6 / BATCH);
    }

    assertThat(result.outcomes())
        .as("%s", result.failures())
        .hasSize(6)
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(Status.APPLIED));
    for (Change change : changes.changes()) {
      Optional<ResourceRecordSet> now = sets.get(change.key());
      if (change instanceof Change.Put put) {
        assertThat(now).as("%s", change.key()).isPresent();
        assertSameSet(now.get(), put.recordSet());
      } else {
        assertThat(now).as("%s", change.key()).isEmpty();
      }
    }
    Plan again = Plan.between(zone.name(), list(sets), desired);
    assertThat(again.changes()).as("the plan after applying it").isEmpty();
    assertThat(api().apply(zone.id(), again.changeSet(), ApplyMode.ATOMIC).outcomes()).isEmpty();
  }

  @Test
  void atomicChangeSetWhoseLastBatchIsRefusedLeavesTheZoneAsItWas() {
    seedForBatches();
    sets.put(a(name("www"), 300, "192.0.2.1")); // outside the change set: its CNAME is refused
    List<ResourceRecordSet> before = withoutSoa(list(sets));
    ChangeSet changes =
        ChangeSet.builder()
            .put(a(name("new-1"), 300, "192.0.2.21"))
            .put(a(name("upd-1"), 600, "192.0.2.22"))
            .delete(RecordSetKey.of(name("del-1"), "A"))
            .put(txt(name("new-2"), "\"two\""))
            .delete(RecordSetKey.of(name("del-2"), "TXT"))
            .put(cnameConflictingWith(name("www")))
            .build();

    List<String> log = new CopyOnWriteArrayList<>();
    ChangeResult result;
    try (DNSApiManager batched = batched(log)) {
      result = batched.api().apply(zone.id(), changes, ApplyMode.ATOMIC);
    }

    if (!log.isEmpty()) { // HTTP: none sent (refused up front), or one per batch at least
      assertThat(writes(log))
          .as("write requests for 6 changes at most %d a request", BATCH)
          .satisfiesAnyOf(
              writes -> assertThat(writes).isEmpty(),
              writes -> assertThat(writes).hasSizeGreaterThanOrEqualTo(6 / BATCH));
    }
    // the SOA serial moves on with each write, rolled back or not; every other set is as it was
    assertThat(withoutSoa(list(sets))).containsExactlyInAnyOrderElementsOf(before);
    List<Status> statuses = result.outcomes().stream().map(o -> o.status()).toList();
    assertThat(statuses).as("outcomes in change order").hasSize(6);
    assertThat(statuses.get(5)).as("the refused CNAME").isEqualTo(Status.FAILED);
    assertThat(statuses.subList(0, 5))
        .as("the changes before it")
        .allSatisfy(s -> assertThat(s).isIn(Status.ROLLED_BACK, Status.SKIPPED));
  }

  /**
   * A manager that sends at most {@link #BATCH} changes a request and, for HTTP providers, logs the
   * requests to {@code log}, so the tests can tell the change set took several.
   */
  private DNSApiManager batched(List<String> log) {
    return target().withHttpLog(log::add).builder().maxChangesPerBatch(BATCH).build();
  }

  /** The requests of an HTTP log that write: every method but GET. */
  private static List<String> writes(List<String> log) {
    return log.stream()
        .filter(line -> line.startsWith("--> ") && !line.startsWith("--> GET"))
        .toList();
  }

  /** Sets for the batch tests to update and delete: upd-1 A, del-1 A, del-2 TXT. */
  private void seedForBatches() {
    ChangeSet seed =
        ChangeSet.builder()
            .put(a(name("upd-1"), 300, "192.0.2.11"))
            .put(a(name("del-1"), 300, "192.0.2.12"))
            .put(txt(name("del-2"), "\"old\""))
            .build();
    assertThat(
            api().apply(zone.id(), seed, ApplyMode.ATOMIC).await(Duration.ofMinutes(2)).succeeded())
        .as("seeding the zone")
        .isTrue();
  }

  private static List<ResourceRecordSet> desiredAfter(
      List<ResourceRecordSet> current, ChangeSet changes) {
    Map<RecordSetKey, ResourceRecordSet> desired = new LinkedHashMap<>();
    current.forEach(set -> desired.put(set.key(), set));
    for (Change change : changes.changes()) {
      if (change instanceof Change.Put put) {
        desired.put(change.key(), put.recordSet());
      } else {
        desired.remove(change.key());
      }
    }
    return new ArrayList<>(desired.values());
  }

  private static List<ResourceRecordSet> withoutSoa(List<ResourceRecordSet> listed) {
    return listed.stream().filter(set -> !set.type().equals("SOA")).toList();
  }

  private static ResourceRecordSet txt(String name, String text) {
    return ResourceRecordSet.builder().name(name).type("TXT").ttl(300).add(text).build();
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
