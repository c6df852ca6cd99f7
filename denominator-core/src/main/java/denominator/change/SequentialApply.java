package denominator.change;

import denominator.DenominatorException;
import denominator.ResourceRecordSetApi;
import denominator.UnknownOutcomeException;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a change set one change at a time, for providers without native batches.
 *
 * <p>Before each change it journals the set's previous state. When a change fails in {@link
 * ApplyMode#ATOMIC} mode, it walks the journal backwards and restores each changed set to what it
 * was (compensation), so the zone ends as it started. A change it cannot roll back is reported as
 * applied, with the rollback error logged.
 *
 * <p>A change whose request got no usable answer ({@link UnknownOutcomeException}) is {@link
 * ChangeOutcome.Status#UNKNOWN}; in ATOMIC mode it is restored with the others, since writing its
 * previous state is right whether or not the provider made it.
 */
public final class SequentialApply {
  private static final Logger log = LoggerFactory.getLogger(SequentialApply.class);

  /** Applies {@code changes} through {@code api} in order, as {@code mode} says. */
  public static ChangeResult apply(ResourceRecordSetApi api, ChangeSet changes, ApplyMode mode) {
    List<ChangeOutcome> outcomes = new ArrayList<>(changes.size());
    Deque<JournalEntry> journal = new ArrayDeque<>();
    List<Change> all = changes.changes();
    for (int i = 0; i < all.size(); i++) {
      Change change = all.get(i);
      Optional<ResourceRecordSet> before = null; // null until read
      try {
        before = mode == ApplyMode.ATOMIC ? api.get(change.key()) : Optional.empty();
        perform(api, change);
        outcomes.add(ChangeOutcome.applied(change));
        journal.push(new JournalEntry(i, change.key(), before));
      } catch (RuntimeException e) {
        if (e instanceof UnknownOutcomeException unknown && before != null) {
          outcomes.add(ChangeOutcome.unknown(change, unknown));
          journal.push(new JournalEntry(i, change.key(), before)); // restoring is right either way
        } else {
          outcomes.add(ChangeOutcome.failed(change, asDenominatorException(e)));
        }
        if (mode == ApplyMode.BEST_EFFORT) {
          continue;
        }
        if (mode == ApplyMode.ATOMIC) {
          rollBack(api, journal, outcomes);
        }
        all.subList(i + 1, all.size()).forEach(c -> outcomes.add(ChangeOutcome.skipped(c)));
        break;
      }
    }
    return ChangeResult.of(outcomes);
  }

  private static void perform(ResourceRecordSetApi api, Change change) {
    if (change instanceof Change.Put put) {
      api.put(put.recordSet());
    } else {
      api.delete(change.key());
    }
  }

  private static void rollBack(
      ResourceRecordSetApi api, Deque<JournalEntry> journal, List<ChangeOutcome> outcomes) {
    for (JournalEntry entry : journal) {
      try {
        if (entry.before().isPresent()) {
          api.put(entry.before().get());
        } else {
          api.delete(entry.key());
        }
        outcomes.set(entry.index(), ChangeOutcome.rolledBack(outcomes.get(entry.index()).change()));
      } catch (RuntimeException e) {
        log.warn("could not roll back {}: {}", entry.key(), e.getMessage());
      }
    }
  }

  private static DenominatorException asDenominatorException(RuntimeException e) {
    return e instanceof DenominatorException d
        ? d
        : new DenominatorException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
  }

  private record JournalEntry(int index, RecordSetKey key, Optional<ResourceRecordSet> before) {}

  private SequentialApply() {}
}
