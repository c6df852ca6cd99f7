package denominator.rfc2136;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ResourceRecordSetApi;
import denominator.UnknownOutcomeException;
import denominator.UnsupportedCapabilityException;
import denominator.change.Change;
import denominator.change.ChangeOutcome;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.RecordTypes;
import denominator.model.ResourceRecordSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;

/**
 * The record sets of one zone. Every read is one zone transfer (AXFR) filtered here, so a lookup
 * costs as much as listing the zone: fine for zones of thousands of sets, not of millions. Every
 * write reads the zone once and sends UPDATE messages whose prerequisites make a concurrent change
 * of the same sets fail with {@link denominator.InvalidChangeException} rather than be overwritten.
 */
final class Rfc2136RecordSetApi implements ResourceRecordSetApi {
  private final Rfc2136Api api;
  private final String zone;

  Rfc2136RecordSetApi(Rfc2136Api api, String zone) {
    this.api = api;
    this.zone = Names.absolute(zone);
  }

  @Override
  public Iterator<ResourceRecordSet> iterator() {
    return read(set -> true).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByName(String name) {
    String absolute = Names.absolute(name);
    return read(set -> set.name().equals(absolute)).iterator();
  }

  @Override
  public Iterator<ResourceRecordSet> iterateByNameAndType(String name, String type) {
    RecordSetKey key = RecordSetKey.of(name, RecordTypes.normalize(type));
    return read(set -> set.key().equals(key)).iterator();
  }

  @Override
  public Optional<ResourceRecordSet> get(RecordSetKey key) {
    return read(set -> set.key().equals(key)).stream().findFirst();
  }

  @Override
  public void put(ResourceRecordSet recordSet) {
    write(new Change.Put(recordSet));
  }

  @Override
  public void delete(RecordSetKey key) {
    write(new Change.Delete(key));
  }

  private void write(Change change) {
    ChangeOutcome outcome = apply(List.of(change)).get(0);
    if (outcome.error().isPresent()) {
      throw outcome.error().get();
    }
  }

  private List<ResourceRecordSet> read(Predicate<ResourceRecordSet> filter) {
    return Rfc2136Records.toSets(api.transfer(zone)).stream().filter(filter).toList();
  }

  /**
   * Makes {@code changes} after one zone transfer, in as few UPDATE messages as the size of a
   * message allows, each applied by the server all or nothing. A change the server would ignore
   * fails before any message is sent and the others are skipped; when a message fails, its changes
   * fail and later ones are skipped, while earlier messages stay applied.
   */
  List<ChangeOutcome> apply(List<Change> changes) {
    changes.stream()
        .filter(c -> c.key().qualifier().isPresent())
        .findFirst()
        .ifPresent(
            c -> {
              throw new UnsupportedCapabilityException(
                  Rfc2136Provider.NAME, "geo or weighted record set " + c.key());
            });
    List<Record> records = api.transfer(zone);
    Map<RecordSetKey, ResourceRecordSet> current = new LinkedHashMap<>();
    Rfc2136Records.toSets(records).forEach(set -> current.put(set.key(), set));
    long defaultTtl =
        records.stream()
            .filter(SOARecord.class::isInstance)
            .findFirst()
            .map(Record::getTTL)
            .orElse(3600L);
    Rfc2136Updates updates = new Rfc2136Updates(zone, current, defaultTtl);
    for (Change change : changes) {
      Optional<? extends DenominatorException> refusal = updates.refusal(changes, change);
      if (refusal.isPresent()) {
        return outcomes(
            changes,
            c -> c == change ? ChangeOutcome.failed(c, refusal.get()) : ChangeOutcome.skipped(c));
      }
    }
    List<ChangeOutcome> outcomes = new ArrayList<>(changes.size());
    for (Rfc2136Updates.Message message : updates.messages(changes)) {
      List<ChangeOutcome> sent = send(message);
      outcomes.addAll(sent);
      if (sent.stream().anyMatch(o -> o.status() != ChangeOutcome.Status.APPLIED)) {
        changes
            .subList(outcomes.size(), changes.size())
            .forEach(c -> outcomes.add(ChangeOutcome.skipped(c)));
        break;
      }
    }
    return outcomes;
  }

  /**
   * Sends one UPDATE. When its answer is lost (or SERVFAIL), the zone is read: its changes are
   * applied if the zone shows them; if not, it is sent again, which its prerequisites make safe
   * (they fail if an earlier attempt took effect meanwhile, and the zone is read again), within the
   * retry policy. When that runs out, its changes are UNKNOWN.
   */
  private List<ChangeOutcome> send(Rfc2136Updates.Message message) {
    Instant start = api.now();
    UnknownOutcomeException lost = null;
    for (int attempt = 1; ; attempt++) {
      try {
        api.update(zone, message.update());
        return outcomes(message.changes(), ChangeOutcome::applied);
      } catch (UnknownOutcomeException e) {
        lost = e;
      } catch (DenominatorException e) { // after a lost answer: did the earlier attempt land?
        if (lost != null && holds(message)) {
          return outcomes(message.changes(), ChangeOutcome::applied);
        }
        UnknownOutcomeException earlier = lost;
        return outcomes(
            message.changes(),
            c ->
                earlier == null
                        || e
                            instanceof InvalidChangeException // changed by another writer: not ours
                    ? ChangeOutcome.failed(c, e)
                    : ChangeOutcome.unknown(c, earlier));
      }
      if (holds(message)) {
        return outcomes(message.changes(), ChangeOutcome::applied);
      }
      if (!api.pause(attempt, start)) {
        UnknownOutcomeException unknown = lost;
        return outcomes(message.changes(), c -> ChangeOutcome.unknown(c, unknown));
      }
    }
  }

  /** Whether the zone, read now, shows every change of {@code message}; false if unreadable. */
  private boolean holds(Rfc2136Updates.Message message) {
    Map<RecordSetKey, ResourceRecordSet> now = new LinkedHashMap<>();
    try {
      Rfc2136Records.toSets(api.transfer(zone)).forEach(set -> now.put(set.key(), set));
    } catch (DenominatorException unreadable) {
      return false;
    }
    return message.changes().stream().allMatch(change -> change.isMadeIn(now));
  }

  private static List<ChangeOutcome> outcomes(
      List<Change> changes, Function<Change, ChangeOutcome> outcome) {
    return changes.stream().map(outcome).toList();
  }
}
