package denominator.kit;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.change.ApplyMode;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.change.PlannedChange;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies change sets for every provider, one meaning for each {@link ApplyMode}:
 *
 * <ul>
 *   <li>{@link ApplyMode#ATOMIC}: all or nothing for the whole change set. Each batch is atomic at
 *       the vendor; when a batch fails, the batches already applied are undone, last first, by
 *       writing back what the zone held before them (read once, before the first write). The failed
 *       batch's refused changes are {@code FAILED}, the rest {@code SKIPPED}, the undone ones
 *       {@code ROLLED_BACK}.
 *   <li>{@link ApplyMode#STOP_ON_FIRST}: the changes before the first refused one are applied (a
 *       refused batch is sent again without the refused change and what follows it), the rest
 *       skipped.
 *   <li>{@link ApplyMode#BEST_EFFORT}: every change is tried; a refused batch is sent again without
 *       the changes the vendor named.
 * </ul>
 *
 * <p>Changes are packed in order into batches within the {@link BatchWriter#limits()} and the
 * caller's batch size (a vendor that writes per name and type has a name and type's changes packed
 * together: {@link BatchLimit#targets}). A put replaces the whole set, so it keeps the provider
 * data of the set it replaces where that was read ({@link
 * denominator.model.ResourceRecordSet#keepingProviderDataOf}). When a batch's answer is lost
 * ({@link UnknownOutcomeException}), the engine reads its names and types: the batch is applied if
 * the zone shows every change of it, else its changes are {@code UNKNOWN} and, except in
 * BEST_EFFORT mode, the apply stops. One {@link ChangeResult} comes back, whose {@code await} waits
 * for every batch sent, undo batches included, within one timeout.
 *
 * <pre>{@code
 * ChangeResult result = new ChangeEngine(new PowerDnsBatches(api, zoneId), config.maxChangesPerBatch(1000))
 *     .apply(changes, ApplyMode.ATOMIC);
 * }</pre>
 */
public final class ChangeEngine {
  private static final Logger log = LoggerFactory.getLogger(ChangeEngine.class);

  private final BatchWriter writer;
  private final List<BatchLimit> limits;

  /**
   * @param writer the vendor's side
   * @param maxChangesPerBatch the caller's limit on changes per batch, applied with the writer's
   *     own limits
   */
  public ChangeEngine(BatchWriter writer, int maxChangesPerBatch) {
    this.writer = Objects.requireNonNull(writer, "writer");
    List<BatchLimit> all = new ArrayList<>(writer.limits());
    all.add(BatchLimit.changes(maxChangesPerBatch));
    this.limits = List.copyOf(all);
  }

  /** Applies {@code changes} as {@code mode} says; reads what the changes need first. */
  public ChangeResult apply(ChangeSet changes, ApplyMode mode) {
    return apply(changes, mode, ZoneSlice.empty());
  }

  /**
   * Applies {@code changes}, taking {@code known} (for example the state a plan was made from) as
   * what the zone holds at the names and types it covers, and reading only the others.
   */
  public ChangeResult apply(ChangeSet changes, ApplyMode mode, ZoneSlice known) {
    List<Change> all = changes.changes();
    if (all.isEmpty()) {
      return ChangeResult.of(List.of());
    }
    all.forEach(writer::check); // invalid input fails before any request
    ZoneSlice before = known.with(read(all, mode, known));
    List<Change> keeping = all.stream().map(change -> keepingProviderData(change, before)).toList();
    return new Run(keeping, mode).apply(before);
  }

  /**
   * Applies a plan's change set taking the state the plan was made from as what the zone holds,
   * instead of reading it again. A vendor that writes by exact value (Route53 refuses a delete
   * whose values differ and a create of what exists) then refuses a batch where the zone no longer
   * holds what the plan read. When that leaves nothing applied, the zone is read: if the plan is
   * stale it is refused as such; if not, the change set is applied from the zone as read. Only
   * ATOMIC mode, whose undo needs the whole previous state, gains; a plan touching a set routed by
   * a policy the model cannot write ({@link ResourceRecordSet#ROUTING}) reads the zone too.
   *
   * @param engines a new engine, and writer, for each apply
   * @param zone reads every set of the zone
   * @throws PlanRefusedException if the zone no longer holds what the plan was made from
   */
  public static ChangeResult applyFromPlan(
      Plan plan,
      ApplyMode mode,
      Supplier<ChangeEngine> engines,
      Supplier<Iterator<ResourceRecordSet>> zone) {
    boolean routed =
        plan.changes().stream()
            .anyMatch(
                c ->
                    c.before()
                        .filter(set -> set.providerData().containsKey(ResourceRecordSet.ROUTING))
                        .isPresent());
    if (mode != ApplyMode.ATOMIC || routed) {
      return engines.get().apply(plan.changeSet(), mode);
    }
    Set<NameType> covered = new LinkedHashSet<>();
    plan.changes().forEach(c -> covered.add(NameType.of(c.key())));
    List<ResourceRecordSet> before =
        plan.changes().stream().flatMap(c -> c.before().stream()).toList();
    ChangeResult result =
        engines.get().apply(plan.changeSet(), mode, ZoneSlice.of(covered, before));
    boolean nothingApplied =
        result.withStatus(ChangeOutcome.Status.APPLIED).isEmpty()
            && result.withStatus(ChangeOutcome.Status.UNKNOWN).isEmpty();
    boolean refused =
        result.failures().stream()
            .anyMatch(o -> o.error().filter(InvalidChangeException.class::isInstance).isPresent());
    if (!nothingApplied || !refused) {
      return result;
    }
    log.info("a plan's batch was refused; reading the zone to learn why");
    Map<RecordSetKey, ResourceRecordSet> live = new HashMap<>();
    zone.get().forEachRemaining(set -> live.put(set.key(), set));
    List<PlannedChange> stale = plan.stale(live);
    if (!stale.isEmpty()) {
      throw PlanRefusedException.stale(
          plan.zone(), stale.stream().map(PlannedChange::key).toList());
    }
    return engines.get().apply(plan.changeSet(), mode);
  }

  private ZoneSlice read(List<Change> all, ApplyMode mode, ZoneSlice known) {
    boolean undoable = mode == ApplyMode.ATOMIC && all.size() > 1;
    Set<NameType> toRead = new LinkedHashSet<>();
    for (Change change : all) {
      NameType nameType = NameType.of(change.key());
      if ((undoable || writer.needsBefore(change)) && !known.covers(nameType)) {
        toRead.add(nameType);
      }
    }
    return toRead.isEmpty() ? ZoneSlice.empty() : writer.read(toRead);
  }

  private static Change keepingProviderData(Change change, ZoneSlice before) {
    if (change instanceof Change.Put put && before.covers(NameType.of(put.key()))) {
      return new Change.Put(
          put.recordSet().keepingProviderDataOf(before.get(put.key()).orElse(null)));
    }
    return change;
  }

  /**
   * Packs changes in order into batches within every limit; a change alone over a limit goes alone.
   * With a {@link BatchLimit#targets} limit, the changes of one name and type go together, where
   * the first of them comes, and count once against it; a name and type whose changes do not fit
   * one batch go change by change.
   */
  List<List<Change>> batches(List<Change> changes, ZoneSlice before) {
    List<List<Change>> batches = new ArrayList<>();
    List<Change> batch = new ArrayList<>();
    long[] used = new long[limits.size()];
    for (List<Change> unit : units(changes, before)) {
      long[] cost = cost(unit, before);
      if (!fits(used, cost) && !batch.isEmpty()) {
        batches.add(batch);
        batch = new ArrayList<>();
        Arrays.fill(used, 0);
      }
      batch.addAll(unit);
      for (int i = 0; i < limits.size(); i++) {
        used[i] += cost[i];
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  /** The changes that go into one batch together: each alone, or a name and type's together. */
  private List<List<Change>> units(List<Change> changes, ZoneSlice before) {
    if (limits.stream().noneMatch(BatchLimit::perTarget)) {
      return changes.stream().map(List::of).toList();
    }
    Map<NameType, List<Change>> byTarget = new LinkedHashMap<>();
    for (Change change : changes) {
      byTarget.computeIfAbsent(NameType.of(change.key()), t -> new ArrayList<>()).add(change);
    }
    List<List<Change>> units = new ArrayList<>();
    for (List<Change> unit : byTarget.values()) {
      if (fits(new long[limits.size()], cost(unit, before))) {
        units.add(unit);
      } else {
        unit.forEach(change -> units.add(List.of(change)));
      }
    }
    return units;
  }

  private long[] cost(List<Change> unit, ZoneSlice before) {
    long[] cost = new long[limits.size()];
    for (int i = 0; i < limits.size(); i++) {
      BatchLimit limit = limits.get(i);
      for (Change change : limit.perTarget() ? unit.subList(0, 1) : unit) {
        cost[i] += limit.cost().of(change, before);
      }
    }
    return cost;
  }

  private boolean fits(long[] used, long[] cost) {
    for (int i = 0; i < limits.size(); i++) {
      if (used[i] + cost[i] > limits.get(i).max()) {
        return false;
      }
    }
    return true;
  }

  /** One apply: the outcomes so far, the batches sent and what the zone held before each. */
  private final class Run {
    private final List<Change> changes;
    private final ApplyMode mode;
    private final ChangeOutcome[] outcomes;
    private final Map<RecordSetKey, Integer> index = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<ChangeResult.Sync> syncs = new ArrayList<>();

    Run(List<Change> changes, ApplyMode mode) {
      this.changes = changes;
      this.mode = mode;
      this.outcomes = new ChangeOutcome[changes.size()];
      for (int i = 0; i < changes.size(); i++) {
        index.put(changes.get(i).key(), i);
      }
    }

    ChangeResult apply(ZoneSlice before) {
      ZoneSlice state = before;
      boolean stopped = false;
      for (List<Change> batch : batches(changes, before)) {
        List<Change> applied = new ArrayList<>();
        boolean goOn = send(batch, state, applied);
        if (!applied.isEmpty()) {
          sent.add(new Sent(applied, state));
          state = state.after(applied);
        }
        if (!goOn) {
          stopped = true;
          break;
        }
      }
      if (stopped && mode == ApplyMode.ATOMIC) {
        undo();
      }
      List<ChangeOutcome> list = new ArrayList<>(changes.size());
      for (int i = 0; i < changes.size(); i++) {
        list.add(outcomes[i] != null ? outcomes[i] : ChangeOutcome.skipped(changes.get(i)));
      }
      List<ChangeResult.Sync> all = List.copyOf(syncs);
      return ChangeResult.of(list, timeout -> awaitAll(all, timeout, writer.clock()));
    }

    /**
     * Sends one batch; adds what was applied to {@code applied}; false when the apply must stop.
     */
    private boolean send(List<Change> batch, ZoneSlice state, List<Change> applied) {
      try {
        syncs.add(writer.send(batch, state));
        set(batch, ChangeOutcome::applied);
        applied.addAll(batch);
        return true;
      } catch (UnknownOutcomeException e) {
        if (holds(batch)) {
          set(batch, ChangeOutcome::applied);
          applied.addAll(batch);
          return true;
        }
        set(batch, change -> ChangeOutcome.unknown(change, e));
        return mode == ApplyMode.BEST_EFFORT;
      } catch (RuntimeException e) { // refused; or zone gone, throttled, credentials refused
        return refused(batch, state, applied, asDenominatorException(e));
      }
    }

    private boolean refused(
        List<Change> batch, ZoneSlice state, List<Change> applied, DenominatorException e) {
      List<Change> named = writer.refused(batch, e);
      if (named.isEmpty()
          && batch.size() > 1
          && mode != ApplyMode.ATOMIC
          && e instanceof InvalidChangeException) {
        return oneByOne(batch, state, applied);
      }
      List<Change> failed = named.isEmpty() ? batch : named;
      switch (mode) {
        case BEST_EFFORT -> {
          set(failed, change -> ChangeOutcome.failed(change, e));
          List<Change> rest = new ArrayList<>(batch);
          rest.removeAll(failed);
          if (!rest.isEmpty()) {
            send(rest, state, applied);
          }
          return true;
        }
        case STOP_ON_FIRST -> {
          Change first = failed.get(0);
          List<Change> before = batch.subList(0, batch.indexOf(first));
          if (before.isEmpty() || send(before, state, applied)) {
            set(List.of(first), change -> ChangeOutcome.failed(change, e));
          }
          return false;
        }
        default -> {
          set(failed, change -> ChangeOutcome.failed(change, e));
          return false;
        }
      }
    }

    /**
     * The vendor refused a whole batch without naming a change (a DNS server's rcode names none),
     * so nothing of it was applied: each change is sent alone, to apply the others and fail only
     * the refused ones. STOP_ON_FIRST stops at the first refused one.
     */
    private boolean oneByOne(List<Change> batch, ZoneSlice state, List<Change> applied) {
      for (Change change : batch) {
        if (!send(List.of(change), state.after(applied), applied)) {
          return mode == ApplyMode.BEST_EFFORT;
        }
      }
      return true;
    }

    /** Whether the zone, read now, shows every change of the batch; false if it cannot be read. */
    private boolean holds(List<Change> batch) {
      Set<NameType> nameTypes = new LinkedHashSet<>();
      batch.forEach(change -> nameTypes.add(NameType.of(change.key())));
      try {
        return writer.read(nameTypes).shows(batch);
      } catch (RuntimeException unreadable) {
        log.warn(
            "could not read the zone to learn whether a batch was applied: {}",
            unreadable.getMessage());
        return false;
      }
    }

    /**
     * Undoes the batches applied, last first, writing back what the zone held before each. A batch
     * whose previous state was not read, or whose undo is refused, stays applied (and is logged);
     * one whose undo's answer was lost, and that reading does not show undone either, is {@code
     * UNKNOWN}: the undo may have taken effect.
     */
    private void undo() {
      for (int i = sent.size() - 1; i >= 0; i--) {
        Sent batch = sent.get(i);
        List<Change> inverse = new ArrayList<>();
        for (Change change : batch.changes()) {
          if (!batch.before().covers(NameType.of(change.key()))) {
            log.warn("cannot undo {}: its previous state was not read", change);
            inverse = null;
            break;
          }
          inverse.add(
              batch
                  .before()
                  .get(change.key())
                  .<Change>map(Change.Put::new)
                  .orElseGet(() -> new Change.Delete(change.key())));
        }
        if (inverse == null) {
          continue;
        }
        Undo undo = sendUndo(inverse, batch.before().after(batch.changes()));
        if (undo.done()) {
          set(batch.changes(), ChangeOutcome::rolledBack);
        }
        undo.lost()
            .ifPresent(e -> set(batch.changes(), change -> ChangeOutcome.unknown(change, e)));
      }
    }

    /** Sends the undo of one batch, confirming by reading an undo whose answer was lost. */
    private Undo sendUndo(List<Change> inverse, ZoneSlice state) {
      boolean some = false;
      for (List<Change> undoBatch : batches(inverse, state)) {
        try {
          syncs.add(writer.send(undoBatch, state));
        } catch (UnknownOutcomeException e) {
          if (!holds(undoBatch)) {
            log.warn(
                "the answer to an undo of {} changes was lost: {}",
                undoBatch.size(),
                e.getMessage());
            return new Undo(false, Optional.of(e));
          }
        } catch (RuntimeException e) {
          log.warn("could not undo a batch of {} changes: {}", undoBatch.size(), e.getMessage());
          return new Undo(
              false,
              some
                  ? Optional.of(new UnknownOutcomeException("partly undone: " + e.getMessage(), e))
                  : Optional.empty());
        }
        some = true;
        state = state.after(undoBatch);
      }
      return new Undo(true, Optional.empty());
    }

    private void set(List<Change> batch, Function<Change, ChangeOutcome> outcome) {
      for (Change change : batch) {
        outcomes[index.get(change.key())] = outcome.apply(change);
      }
    }
  }

  /** Waits for every sync within one timeout. */
  private static void awaitAll(List<ChangeResult.Sync> all, Duration timeout, Clock clock) {
    List<ChangeResult.Sync> syncs =
        all.stream().filter(sync -> sync != ChangeResult.Sync.IMMEDIATE).toList();
    if (syncs.size() == 1) {
      syncs.get(0).await(timeout);
      return;
    }
    Instant deadline = clock.instant().plus(timeout);
    for (ChangeResult.Sync sync : syncs) {
      Duration left = Duration.between(clock.instant(), deadline);
      sync.await(left.isNegative() ? Duration.ZERO : left);
    }
  }

  static DenominatorException asDenominatorException(RuntimeException e) {
    return e instanceof DenominatorException d
        ? d
        : new DenominatorException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
  }

  private record Sent(List<Change> changes, ZoneSlice before) {}

  /**
   * How the undo of a batch ended: done; or not, its changes still applied; or perhaps, when an
   * answer was lost ({@code lost}).
   */
  private record Undo(boolean done, Optional<UnknownOutcomeException> lost) {}
}
