package denominator.kit;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * What a provider tells the {@link ChangeEngine} about its vendor: how to read the sets a change
 * set touches, how large a batch may be, and how to send one. The engine does the rest: packing,
 * the apply modes, compensation, confirming a write whose answer was lost, and the result.
 *
 * <p>A vendor with native batches applied all or nothing (Route53's ChangeBatch, a PowerDNS PATCH,
 * a DNS UPDATE message) sends each batch as one request. A vendor without them declares a limit of
 * one change per batch and sends one request per change; the engine makes ATOMIC hold across
 * batches either way.
 */
public interface BatchWriter {

  /**
   * Refuses, before any request, a change the vendor cannot make or whose values it does not accept
   * ({@link denominator.ValidationException}, {@link denominator.UnsupportedCapabilityException}).
   * The engine checks every change of a change set before it reads or writes anything.
   */
  default void check(Change change) {}

  /**
   * Reads every set of these names and types as the vendor holds them now. The engine reads once
   * before writing (only when a change needs it: see {@link #needsBefore}), and again to confirm a
   * batch whose answer was lost. A vendor reads by name and type, or the whole zone when that takes
   * fewer requests.
   */
  ZoneSlice read(Set<NameType> namesAndTypes);

  /**
   * Whether {@code change} can only be written knowing the sets of its name and type: by default
   * deletes (many vendors delete by value or by id) and qualified puts (geo and weighted sets share
   * their name and type). In {@link denominator.change.ApplyMode#ATOMIC} mode every change of a set
   * of several is read, to be undone if needed.
   */
  default boolean needsBefore(Change change) {
    return change instanceof Change.Delete || change.key().qualifier().isPresent();
  }

  /**
   * The clock that a wait for several batches measures its one timeout on: the config's, so that a
   * test's fake clock rules every wait.
   */
  default Clock clock() {
    return Clock.systemUTC();
  }

  /** The limits of one batch. The engine also applies the caller's lower batch size, if any. */
  List<BatchLimit> limits();

  /**
   * Sends one batch, which the vendor applies all or nothing, and returns how to wait until the
   * vendor serves it ({@link ChangeResult.Sync#IMMEDIATE} when it already does).
   *
   * @param batch puts and deletes of different sets; each put already carries the provider data of
   *     the set it replaces where that was read
   * @param before what the zone holds before this batch, for the names and types that were read
   * @throws InvalidChangeException when the vendor refuses the batch; {@link #refused} says which
   *     changes it named
   * @throws UnknownOutcomeException when the answer was lost, so the batch may or may not have been
   *     applied; the engine reads to find out
   */
  ChangeResult.Sync send(List<Change> batch, ZoneSlice before);

  /**
   * The changes of {@code batch} that a refusal names, in batch order; empty when it names none
   * (then the whole batch is taken as refused).
   */
  default List<Change> refused(List<Change> batch, DenominatorException refusal) {
    return List.of();
  }
}
