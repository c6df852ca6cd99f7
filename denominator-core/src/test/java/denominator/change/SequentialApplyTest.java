package denominator.change;

import static denominator.change.ChangeSetTest.a;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import denominator.InvalidChangeException;
import denominator.ResourceRecordSetApi;
import denominator.UnknownOutcomeException;
import denominator.change.ChangeOutcome.Status;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SequentialApplyTest {

  /** Record sets in a map; puts of one name fail as a provider would refuse them. */
  static final class FailingApi implements ResourceRecordSetApi {
    final Map<RecordSetKey, ResourceRecordSet> sets = new TreeMap<>();
    final List<String> calls = new ArrayList<>();
    final String failingName;
    String lostName = "";

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
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ResourceRecordSet> get(RecordSetKey key) {
      return Optional.ofNullable(sets.get(key));
    }

    @Override
    public void put(ResourceRecordSet set) {
      calls.add("put " + set.name());
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

    ChangeResult result = SequentialApply.apply(api, changes, ApplyMode.ATOMIC);

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
  void aChangeWhoseAnswerWasLostIsUnknownAndReportedSo() {
    FailingApi api = new FailingApi("nothing.example.com.", existing, doomed);
    api.lostName = "existing.example.com.";

    ChangeResult result = SequentialApply.apply(api, changes, ApplyMode.STOP_ON_FIRST);

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
  void atomicModeWritesBackTheStateBeforeAChangeWhoseAnswerWasLost() {
    FailingApi api = new FailingApi("nothing.example.com.", existing, doomed);
    api.lostName = "existing.example.com.";
    Map<RecordSetKey, ResourceRecordSet> before = new TreeMap<>(api.sets);

    ChangeResult result = SequentialApply.apply(api, changes, ApplyMode.ATOMIC);

    assertThat(result.outcomes())
        .extracting(ChangeOutcome::status)
        .containsExactly(
            Status.ROLLED_BACK, Status.ROLLED_BACK, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED);
    assertThat(api.sets).isEqualTo(before);
  }

  @Test
  void bestEffortTriesEveryChange() {
    FailingApi api = new FailingApi("bad.example.com.", existing, doomed);

    ChangeResult result = SequentialApply.apply(api, changes, ApplyMode.BEST_EFFORT);

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

    ChangeResult result = SequentialApply.apply(api, changes, ApplyMode.STOP_ON_FIRST);

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

    ChangeResult result = SequentialApply.apply(api, changes, ApplyMode.ATOMIC);

    assertThat(result.succeeded()).isTrue();
    assertThat(api.sets).hasSize(4);
  }
}
