package denominator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ResourceRecordSetApi;
import denominator.UnknownOutcomeException;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeFailedException;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeOutcome.Status;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import denominator.model.Weighted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChangeEngineTest {

  static ResourceRecordSet a(String name, String... addresses) {
    ResourceRecordSet.Builder set = ResourceRecordSet.builder().name(name).type("A").ttl(300);
    for (String address : addresses) {
      set.add(address);
    }
    return set.build();
  }

  /** One change per request, through a record set API. */
  static ChangeResult oneByOne(ResourceRecordSetApi api, ChangeSet changes, ApplyMode mode) {
    return new ChangeEngine(new SingleSetWriter(api), Integer.MAX_VALUE).apply(changes, mode);
  }

  /** Record sets in a map; puts of one name fail as a provider would refuse them. */
  static final class FailingApi implements ResourceRecordSetApi {
    final Map<RecordSetKey, ResourceRecordSet> sets = new TreeMap<>();
    final List<String> calls = new ArrayList<>();
    final String failingName;
    String lostName = "";

    /** The put of this name loses its answer before it reaches the provider; once. */
    String lostBeforeName = "";

    FailingApi(String failingName, ResourceRecordSet... initial) {
      this.failingName = failingName;
      for (ResourceRecordSet set : initial) {
        sets.put(set.key(), set);
      }
    }

    @Override
    public Iterator<ResourceRecordSet> iterator() {
      return List.copyOf(sets.values()).iterator();
    }

    @Override
    public Iterator<ResourceRecordSet> iterateByName(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
      calls.add("read " + name);
      return sets.values().stream()
          .filter(set -> set.name().equals(name) && set.type().equals(type))
          .toList()
          .iterator();
    }

    @Override
    public Optional<ResourceRecordSet> get(RecordSetKey key) {
      return Optional.ofNullable(sets.get(key));
    }

    @Override
    public void put(ResourceRecordSet set) {
      calls.add("put " + set.name());
      if (set.name().equals(lostBeforeName)) {
        lostBeforeName = "";
        throw new UnknownOutcomeException("fake: connection reset", null);
      }
      if (set.name().equals(failingName)) {
        throw new InvalidChangeException("fake", List.of("refused " + set.name()));
      }
      sets.put(set.key(), set);
      if (set.name().equals(lostName)) { // applied, but the answer never came; once
        lostName = "";
        throw new UnknownOutcomeException("fake: connection reset", null);
      }
    }

    @Override
    public void delete(RecordSetKey key) {
      calls.add("delete " + key.name());
      sets.remove(key);
    }
  }

  final ResourceRecordSet existing = a("existing.example.com.", "192.0.2.1");
  final ResourceRecordSet doomed = a("doomed.example.com.", "192.0.2.2");
  final ChangeSet changes =
      ChangeSet.builder()
          .put(a("new.example.com.", "192.0.2.3"))
          .put(a("existing.example.com.", "192.0.2.4"))
          .delete(doomed.key())
          .put(a("bad.example.com.", "192.0.2.5"))
          .put(a("after.example.com.", "192.0.2.6"))
          .build();

  @Test
  void atomicFailureRestoresEverySetAlreadyChanged() {
    FailingApi api = new FailingApi("bad.example.com.", existing, doomed);
    Map<RecordSetKey, ResourceRecordSet> before = new TreeMap<>(api.sets);

    ChangeResult result = oneByOne(api, changes, ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.FAILED,
            Status.SKIPPED);
    assertThat(result.failures().get(0).error().orElseThrow())
        .isInstanceOf(InvalidChangeException.class);
    assertThat(api.sets).isEqualTo(before);
    assertThat(api.calls)
        .containsSubsequence(
            "put doomed.example.com.", "put existing.example.com.", "delete new.example.com.");
  }

  @Test
  void aChangeWhoseAnswerWasLostAndThatTheZoneDoesNotShowIsUnknownAndReportedSo() {
    FailingApi api = new FailingApi("nothing.example.com.", existing, doomed);
    api.lostBeforeName = "existing.example.com.";

    ChangeResult result = oneByOne(api, changes, ApplyMode.STOP_ON_FIRST);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.APPLIED, Status.UNKNOWN, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED);
    assertThat(result.failures())
        .extracting(o -> o.change().key().name())
        .containsExactly("existing.example.com.");
    assertThatThrownBy(result::orThrow)
        .isInstanceOf(ChangeFailedException.class)
        .hasMessage(
            "fake: connection reset (1 applied, 3 skipped, 1 unknown; read the zone "
                + "before trying again)")
        .extracting(e -> ((ChangeFailedException) e).result())
        .isSameAs(result);
  }

  @Test
  void aChangeWhoseAnswerWasLostButThatTheZoneShowsIsApplied() {
    FailingApi api = new FailingApi("nothing.example.com.", existing, doomed);
    api.lostName = "existing.example.com.";

    ChangeResult result = oneByOne(api, changes, ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isTrue();
    assertThat(api.calls)
        .containsSubsequence("put existing.example.com.", "read existing.example.com.");
  }

  @Test
  void atomicModeUndoesTheChangesBeforeOneWhoseFateIsUnknown() {
    FailingApi api = new FailingApi("nothing.example.com.", existing, doomed);
    api.lostBeforeName = "existing.example.com.";
    Map<RecordSetKey, ResourceRecordSet> before = new TreeMap<>(api.sets);

    ChangeResult result = oneByOne(api, changes, ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.ROLLED_BACK, Status.UNKNOWN, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED);
    assertThat(api.sets).isEqualTo(before);
  }

  @Test
  void bestEffortTriesEveryChange() {
    FailingApi api = new FailingApi("bad.example.com.", existing, doomed);

    ChangeResult result = oneByOne(api, changes, ApplyMode.BEST_EFFORT);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.APPLIED, Status.APPLIED, Status.APPLIED, Status.FAILED, Status.APPLIED);
    assertThat(api.sets)
        .containsKey(a("after.example.com.", "192.0.2.6").key())
        .doesNotContainKey(doomed.key());
  }

  @Test
  void stopOnFirstKeepsWhatWasDoneAndSkipsTheRest() {
    FailingApi api = new FailingApi("bad.example.com.", existing, doomed);

    ChangeResult result = oneByOne(api, changes, ApplyMode.STOP_ON_FIRST);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.APPLIED, Status.APPLIED, Status.APPLIED, Status.FAILED, Status.SKIPPED);
    assertThat(api.sets).doesNotContainKey(a("after.example.com.", "192.0.2.6").key());
    assertThat(result.succeeded()).isFalse();
  }

  @Test
  void aChangeSetWithoutFailuresSucceeds() {
    FailingApi api = new FailingApi("nothing.example.com.", existing, doomed);

    ChangeResult result = oneByOne(api, changes, ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isTrue();
    assertThat(api.sets).hasSize(4);
  }

  /** A vendor with native batches: each batch applied all or nothing, refused if it puts a name. */
  static final class BatchVendor implements BatchWriter {
    final Map<RecordSetKey, ResourceRecordSet> zone = new TreeMap<>();
    final List<String> log = new ArrayList<>();
    final List<BatchLimit> limits = new ArrayList<>();
    String refusedName = "";

    /** Sends from this one on (counting from 1) are applied but their answers lost. */
    int loseAnswersFrom = Integer.MAX_VALUE;

    /** Whether reads after a lost answer fail too. */
    boolean unreadableAfterLoss;

    private int sends;
    private boolean lost;

    /** Whether a refusal names no change, as a DNS server's rcode does. */
    boolean anonymous;

    int awaited;

    BatchVendor(ResourceRecordSet... initial) {
      for (ResourceRecordSet set : initial) {
        zone.put(set.key(), set);
      }
    }

    @Override
    public ZoneSlice read(Set<NameType> namesAndTypes) {
      log.add("read " + namesAndTypes.size());
      if (lost && unreadableAfterLoss) {
        throw new DenominatorException("unreadable");
      }
      return ZoneSlice.of(namesAndTypes, zone.values());
    }

    @Override
    public List<BatchLimit> limits() {
      return limits;
    }

    @Override
    public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
      log.add("send " + batch.stream().map(c -> c.key().name().split("\\.")[0]).toList());
      for (Change change : batch) {
        if (change.key().name().equals(refusedName) && change instanceof Change.Put) {
          throw new InvalidChangeException(
              "fake", List.of(anonymous ? "REFUSED" : "refused " + change.key().name()));
        }
      }
      for (Change change : batch) {
        if (change instanceof Change.Put put) {
          zone.put(put.key(), put.recordSet());
        } else {
          zone.remove(change.key());
        }
      }
      if (++sends >= loseAnswersFrom) {
        lost = true;
        throw new UnknownOutcomeException("answer lost", null);
      }
      return timeout -> awaited++;
    }

    @Override
    public List<Change> refused(List<Change> batch, DenominatorException refusal) {
      return batch.stream()
          .filter(c -> refusal.getMessage().contains("refused " + c.key().name()))
          .toList();
    }
  }

  static ChangeSet sixChanges() {
    return ChangeSet.builder()
        .put(a("a1.example.com.", "192.0.2.1"))
        .put(a("a2.example.com.", "192.0.2.2"))
        .delete(RecordSetKey.of("old.example.com.", "A"))
        .put(a("a3.example.com.", "192.0.2.3"))
        .put(a("bad.example.com.", "192.0.2.5"))
        .put(a("a4.example.com.", "192.0.2.4"))
        .build();
  }

  @Test
  void atomicAcrossBatchesUndoesEarlierBatchesLastFirstWhenALaterOneIsRefused() {
    BatchVendor vendor =
        new BatchVendor(a("old.example.com.", "192.0.2.9"), a("a2.example.com.", "198.51.100.2"));
    vendor.refusedName = "bad.example.com.";
    Map<RecordSetKey, ResourceRecordSet> before = new TreeMap<>(vendor.zone);

    ChangeResult result = new ChangeEngine(vendor, 2).apply(sixChanges(), ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.FAILED,
            Status.SKIPPED);
    assertThat(vendor.zone).isEqualTo(before);
    assertThat(vendor.log)
        .containsExactly(
            "read 6",
            "send [a1, a2]",
            "send [old, a3]",
            "send [bad, a4]",
            "send [old, a3]",
            "send [a1, a2]");
  }

  @Test
  void anUndoWhoseAnswerWasLostIsRolledBackWhenTheZoneShowsItElseUnknown() {
    BatchVendor vendor =
        new BatchVendor(a("old.example.com.", "192.0.2.9"), a("a2.example.com.", "198.51.100.2"));
    vendor.refusedName = "bad.example.com.";
    vendor.loseAnswersFrom = 3; // the two undo sends (the refused send is not counted)
    Map<RecordSetKey, ResourceRecordSet> before = new TreeMap<>(vendor.zone);

    ChangeResult confirmed = new ChangeEngine(vendor, 2).apply(sixChanges(), ApplyMode.ATOMIC);

    assertThat(vendor.zone).isEqualTo(before);
    assertThat(confirmed.outcomes())
        .extracting(ChangeOutcome::status)
        .startsWith(Status.ROLLED_BACK, Status.ROLLED_BACK, Status.ROLLED_BACK);

    BatchVendor unreadable =
        new BatchVendor(a("old.example.com.", "192.0.2.9"), a("a2.example.com.", "198.51.100.2"));
    unreadable.refusedName = "bad.example.com.";
    unreadable.loseAnswersFrom = 4; // the second undo send
    unreadable.unreadableAfterLoss = true;

    ChangeResult unknown = new ChangeEngine(unreadable, 2).apply(sixChanges(), ApplyMode.ATOMIC);

    // the first batch's undo took effect, but nothing could confirm it: never reported APPLIED
    assertThat(unknown.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.UNKNOWN,
            Status.UNKNOWN,
            Status.ROLLED_BACK,
            Status.ROLLED_BACK,
            Status.FAILED,
            Status.SKIPPED);
  }

  @Test
  void atomicAcrossBatchesAppliesEveryBatchWhenNoneIsRefused() {
    BatchVendor vendor = new BatchVendor(a("old.example.com.", "192.0.2.9"));

    ChangeResult result = new ChangeEngine(vendor, 4).apply(sixChanges(), ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isTrue();
    assertThat(vendor.zone).hasSize(5).doesNotContainKey(RecordSetKey.of("old.example.com.", "A"));
    assertThat(vendor.log).containsExactly("read 6", "send [a1, a2, old, a3]", "send [bad, a4]");
    result.await(Duration.ofSeconds(1));
    assertThat(vendor.awaited).isEqualTo(2);
  }

  @Test
  void stopOnFirstSendsAgainWhatCameBeforeTheRefusedChange() {
    BatchVendor vendor = new BatchVendor(a("old.example.com.", "192.0.2.9"));
    vendor.refusedName = "bad.example.com.";

    ChangeResult result =
        new ChangeEngine(vendor, 100).apply(sixChanges(), ApplyMode.STOP_ON_FIRST);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.APPLIED,
            Status.APPLIED,
            Status.APPLIED,
            Status.APPLIED,
            Status.FAILED,
            Status.SKIPPED);
    assertThat(vendor.log).endsWith("send [a1, a2, old, a3, bad, a4]", "send [a1, a2, old, a3]");
  }

  @Test
  void bestEffortSendsTheBatchAgainWithoutTheRefusedChange() {
    BatchVendor vendor = new BatchVendor(a("old.example.com.", "192.0.2.9"));
    vendor.refusedName = "bad.example.com.";

    ChangeResult result = new ChangeEngine(vendor, 100).apply(sixChanges(), ApplyMode.BEST_EFFORT);

    assertThat(result.failures())
        .extracting(o -> o.change().key().name())
        .containsExactly("bad.example.com.");
    assertThat(vendor.zone).containsKey(RecordSetKey.of("a4.example.com.", "A"));
    assertThat(vendor.log).endsWith("send [a1, a2, old, a3, a4]");
  }

  @Test
  void batchesArePackedByTheVendorsCostWithinItsLimit() {
    BatchVendor vendor = new BatchVendor();
    vendor.limits.add(
        new BatchLimit(
            "records",
            3,
            (change, before) ->
                change instanceof Change.Put put ? put.recordSet().records().size() : 1));
    ChangeSet changes =
        ChangeSet.builder()
            .put(a("a1.example.com.", "192.0.2.1", "192.0.2.2"))
            .put(a("a2.example.com.", "192.0.2.3"))
            .put(a("a3.example.com.", "192.0.2.4", "192.0.2.5", "192.0.2.6", "192.0.2.7"))
            .put(a("a4.example.com.", "192.0.2.8"))
            .build();

    new ChangeEngine(vendor, 100).apply(changes, ApplyMode.BEST_EFFORT).orThrow();

    assertThat(vendor.log).containsExactly("send [a1, a2]", "send [a3]", "send [a4]");
  }

  @Test
  void aVendorWritingPerNameAndTypeGetsEachNameAndTypesChangesInOneBatch() {
    BatchVendor vendor = new BatchVendor();
    vendor.limits.add(BatchLimit.targets(2));
    ChangeSet changes =
        ChangeSet.builder()
            .delete(RecordSetKey.of("a1.example.com.", "A", "east"))
            .delete(RecordSetKey.of("a2.example.com.", "A", "east"))
            .delete(RecordSetKey.of("a3.example.com.", "A", "east"))
            .delete(RecordSetKey.of("a1.example.com.", "A", "west"))
            .delete(RecordSetKey.of("a2.example.com.", "A", "west"))
            .delete(RecordSetKey.of("a3.example.com.", "A", "west"))
            .build();

    new ChangeEngine(vendor, 100).apply(changes, ApplyMode.BEST_EFFORT).orThrow();

    assertThat(vendor.log).containsExactly("read 3", "send [a1, a1, a2, a2]", "send [a3, a3]");
  }

  @Test
  void aNameAndTypeWhoseChangesExceedTheCallersBatchSizeGoesChangeByChange() {
    BatchVendor vendor = new BatchVendor();
    vendor.limits.add(BatchLimit.targets(100));
    ChangeSet changes =
        ChangeSet.builder()
            .delete(RecordSetKey.of("a1.example.com.", "A", "east"))
            .delete(RecordSetKey.of("a2.example.com.", "A", "east"))
            .delete(RecordSetKey.of("a1.example.com.", "A", "west"))
            .delete(RecordSetKey.of("a1.example.com.", "A", "north"))
            .build();

    new ChangeEngine(vendor, 2).apply(changes, ApplyMode.BEST_EFFORT).orThrow();

    assertThat(vendor.log).containsExactly("read 2", "send [a1, a1]", "send [a1, a2]");
  }

  @Test
  void aPutKeepsTheProviderDataOfTheSetItReplaces() {
    ResourceRecordSet checked =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .qualifier("east")
            .weighted(new Weighted(1))
            .providerData("healthCheckId", "hc-1")
            .add("192.0.2.1")
            .build();
    BatchVendor vendor = new BatchVendor(checked);
    ResourceRecordSet fresh =
        ResourceRecordSet.builder()
            .name("www.example.com.")
            .type("A")
            .qualifier("east")
            .weighted(new Weighted(5))
            .add("192.0.2.1")
            .build();

    new ChangeEngine(vendor, 100)
        .apply(ChangeSet.builder().put(fresh).build(), ApplyMode.ATOMIC)
        .orThrow();

    assertThat(vendor.zone.get(fresh.key()).providerData()).containsEntry("healthCheckId", "hc-1");
    assertThat(vendor.zone.get(fresh.key()).weighted().orElseThrow().weight()).isEqualTo(5);
  }

  @Test
  void bestEffortSendsEachChangeOfABatchRefusedWithoutNamingOneAlone() {
    BatchVendor vendor = new BatchVendor(a("old.example.com.", "192.0.2.9"));
    vendor.refusedName = "bad.example.com.";
    vendor.anonymous = true;

    ChangeResult result = new ChangeEngine(vendor, 100).apply(sixChanges(), ApplyMode.BEST_EFFORT);

    assertThat(result.failures())
        .extracting(o -> o.change().key().name())
        .containsExactly("bad.example.com.");
    assertThat(vendor.zone)
        .containsKey(RecordSetKey.of("a4.example.com.", "A"))
        .doesNotContainKey(RecordSetKey.of("old.example.com.", "A"));
    assertThat(vendor.log)
        .endsWith("send [a1]", "send [a2]", "send [old]", "send [a3]", "send [bad]", "send [a4]");
  }

  @Test
  void stopOnFirstSendsEachChangeAloneUntilTheOneRefused() {
    BatchVendor vendor = new BatchVendor(a("old.example.com.", "192.0.2.9"));
    vendor.refusedName = "bad.example.com.";
    vendor.anonymous = true;

    ChangeResult result =
        new ChangeEngine(vendor, 100).apply(sixChanges(), ApplyMode.STOP_ON_FIRST);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.APPLIED,
            Status.APPLIED,
            Status.APPLIED,
            Status.APPLIED,
            Status.FAILED,
            Status.SKIPPED);
    assertThat(vendor.log).last().isEqualTo("send [bad]");
  }

  @Test
  void aPlanIsAppliedFromTheStateItWasMadeFromWithoutReading() {
    BatchVendor vendor = new BatchVendor(a("old.example.com.", "192.0.2.9"));
    Plan plan =
        Plan.between(
            "example.com.",
            List.copyOf(vendor.zone.values()),
            List.of(a("old.example.com.", "192.0.2.1"), a("new.example.com.", "192.0.2.2")));

    ChangeResult result =
        ChangeEngine.applyFromPlan(
            plan,
            ApplyMode.ATOMIC,
            () -> new ChangeEngine(vendor, 100),
            () -> vendor.zone.values().iterator());

    assertThat(result.succeeded()).isTrue();
    assertThat(vendor.log).containsExactly("send [old, new]"); // no "read"
  }

  @Test
  void aPlanRefusedByTheVendorIsRefusedAsStaleWhenTheZoneChangedSinceIt() {
    BatchVendor vendor = new BatchVendor(a("old.example.com.", "192.0.2.9"));
    Plan plan =
        Plan.between(
            "example.com.",
            List.copyOf(vendor.zone.values()),
            List.of(a("old.example.com.", "192.0.2.1")));
    vendor.zone.put(
        RecordSetKey.of("old.example.com.", "A"),
        a("old.example.com.", "192.0.2.7")); // another writer
    vendor.refusedName = "old.example.com."; // a vendor writing by exact value refuses

    assertThatThrownBy(
            () ->
                ChangeEngine.applyFromPlan(
                    plan,
                    ApplyMode.ATOMIC,
                    () -> new ChangeEngine(vendor, 100),
                    () -> vendor.zone.values().iterator()))
        .isInstanceOf(PlanRefusedException.class);
    assertThat(vendor.zone.get(RecordSetKey.of("old.example.com.", "A")))
        .isEqualTo(a("old.example.com.", "192.0.2.7"));
  }
}
