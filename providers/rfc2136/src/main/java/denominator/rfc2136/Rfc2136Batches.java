package denominator.rfc2136;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.UnsupportedCapabilityException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.ZoneSlice;
import denominator.model.ResourceRecordSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.Update;

/**
 * The change engine's writer for one zone. A read is one zone transfer, which holds the whole zone,
 * so every read covers every set of the zone. A batch is one UPDATE message of at most {@value
 * Rfc2136Updates#MAX_OCTETS} octets, which the server applies all or nothing. A change the server
 * would silently ignore is refused before its batch is sent.
 */
final class Rfc2136Batches implements BatchWriter {
  private final Rfc2136Endpoints endpoints;
  private final String zone;
  private ZoneSlice lastBefore;
  private Rfc2136Updates updates;
  private Change refused;

  Rfc2136Batches(Rfc2136Endpoints endpoints, String zone) {
    this.endpoints = endpoints;
    this.zone = zone;
  }

  /**
   * Refuses what DNS has not: geo and weighted sets, as {@link Capabilities} words it for every
   * provider, and other qualified sets. A plain set of any type is the server's to accept: it holds
   * data of types the model only carries as bytes, which a put of what was read writes back.
   */
  @Override
  public void check(Change change) {
    if (change.key().qualifier().isEmpty()) {
      return;
    }
    if (change instanceof Change.Put put) {
      Capabilities.check(Rfc2136Provider.METADATA, put.recordSet());
    }
    // a delete, or a provider-routed set: a qualifier no DNS server can hold
    throw new UnsupportedCapabilityException(
        Rfc2136Provider.NAME, "qualified record set " + change.key());
  }

  /** The whole zone, by one transfer: covering more than asked costs nothing more. */
  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<ResourceRecordSet> sets = Rfc2136Records.toSets(endpoints.transfer(zone));
    Set<NameType> covered = new HashSet<>(namesAndTypes);
    sets.forEach(set -> covered.add(NameType.of(set)));
    return ZoneSlice.of(covered, sets);
  }

  /** Every change carries its set as read, as the prerequisite of its message. */
  @Override
  public boolean needsBefore(Change change) {
    return true;
  }

  /** The size of a message; how many changes it holds is the caller's ({@link Rfc2136DNSApi}). */
  @Override
  public List<BatchLimit> limits() {
    return List.of(
        new BatchLimit(
            "octets",
            Rfc2136Updates.MAX_OCTETS,
            (change, before) -> updates(before).octets(change)));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    Optional<Rfc2136Updates.Refusal> refusal = updates(before).refusal(batch);
    refused = refusal.map(Rfc2136Updates.Refusal::change).orElse(null);
    if (refusal.isPresent()) {
      throw refusal.get().why();
    }
    deliver(batch, updates(before).update(batch));
    return ChangeResult.Sync.IMMEDIATE; // the primary serves an UPDATE once it answers
  }

  /** The change refused before sending, if that is why the batch failed. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    return refused != null && batch.contains(refused) ? List.of(refused) : List.of();
  }

  /**
   * Sends the message. When its answer is lost (or SERVFAIL), waits as the retry policy says and
   * reads the zone: if it shows the message, done; if not, sends it again, which its prerequisites
   * make safe: they fail if the lost attempt took effect meanwhile, and then the zone is read
   * again. When the policy runs out, the lost answer is thrown, and the engine reads the zone once
   * more.
   */
  private void deliver(List<Change> batch, Update update) {
    Instant start = endpoints.now();
    UnknownOutcomeException lost = null;
    for (int attempt = 1; ; attempt++) {
      try {
        endpoints.update(zone, update);
        return;
      } catch (UnknownOutcomeException e) {
        lost = e;
        if (!endpoints.pause(attempt, start)) {
          throw e; // the engine reads whether it took effect
        }
        if (holds(batch)) {
          return;
        }
      } catch (DenominatorException e) {
        if (lost == null) {
          throw e;
        }
        if (holds(batch)) {
          return; // the attempt whose answer was lost took effect
        }
        // refused: another writer changed the sets meanwhile; else the outcome stays unknown
        throw e instanceof InvalidChangeException ? e : lost;
      }
    }
  }

  /** Whether the zone, read now, shows every change of {@code batch}; false if unreadable. */
  private boolean holds(List<Change> batch) {
    try {
      return read(Set.of()).shows(batch);
    } catch (DenominatorException unreadable) {
      return false;
    }
  }

  /** The messages against {@code before}, kept while the engine packs or sends against it. */
  private Rfc2136Updates updates(ZoneSlice before) {
    if (before != lastBefore) {
      lastBefore = before;
      updates = new Rfc2136Updates(zone, before);
    }
    return updates;
  }
}
