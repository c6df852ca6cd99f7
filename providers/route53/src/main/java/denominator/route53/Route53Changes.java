package denominator.route53;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.ValidationException;
import denominator.change.ApplyMode;
import denominator.change.ChangeOutcome;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.PlanRefusedException;
import denominator.change.PlannedChange;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.route53.Route53Records.NameType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Applies change sets as the fewest {@code ChangeResourceRecordSets} batches Route53's limits allow
 * (1,000 records, 32,000 characters of values, UPSERT counting twice), each atomic.
 *
 * <p>A put of a set read as absent is a CREATE (Route53 counts it once, an UPSERT twice); other
 * puts are UPSERTs. When the SDK retries a batch whose response was lost, Route53 refuses the retry
 * for deleting what is gone or creating what exists; the zone is then read, and the batch counts as
 * applied if the zone holds exactly what it wrote. So does a batch whose answer never came (the
 * SDK's retries ended on a dropped connection, a timeout or an unreadable response); when the zone
 * does not show it, its changes are {@code UNKNOWN}. The current state is read only where a write
 * needs it: deletes (Route53 deletes by exact value), geo puts (regions a set no longer has are
 * deleted in the same batch, and the SetIdentifiers of the regions it keeps are reused), qualified
 * puts without provider data (whose health check is written back), and every change of a
 * multi-change atomic set (so earlier batches can be undone if a later one is refused). It is read
 * per name and type, or as one listing of the zone when that takes fewer requests.
 *
 * <p>When Route53 refuses a batch, its messages name the refused record sets: in ATOMIC mode those
 * fail, the rest of the batch is skipped and earlier batches are undone; in STOP_ON_FIRST mode the
 * changes before the first refused one are sent again; in BEST_EFFORT mode the batch is sent again
 * without the refused ones.
 */
final class Route53Changes {
  private static final Logger log = LoggerFactory.getLogger(Route53Changes.class);
  static final int MAX_RECORDS = 1000;
  static final int MAX_VALUE_CHARS = 32_000;
  private static final Duration FIRST_POLL = Duration.ofMillis(50);
  private static final Duration MAX_POLL = Duration.ofSeconds(5);

  private final Route53Api api;
  private final Clock clock;

  Route53Changes(Route53Api api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  /** One model change as Route53 changes, with the changes that undo it if known. */
  private record Planned(
      int index, denominator.change.Change change, List<Change> changes, List<Change> undo) {}

  ChangeResult apply(String zoneId, ChangeSet changeSet, ApplyMode mode) {
    List<denominator.change.Change> changes = changeSet.changes();
    toRoute53(changes); // validates before any request
    boolean readAll = mode == ApplyMode.ATOMIC && changes.size() > 1;
    Set<NameType> toRead =
        changes.stream()
            .filter(c -> readAll || needsRead(c))
            .map(c -> new NameType(c.key().name(), c.key().type()))
            .collect(Collectors.toSet());
    Map<NameType, List<ResourceRecordSet>> current = read(zoneId, toRead);
    List<List<ResourceRecordSet>> desired = toRoute53(keepingProviderData(changes, current));
    return send(zoneId, changes, desired, current, mode);
  }

  /**
   * Whether a change needs the current state of its name and type: deletes (Route53 deletes by
   * exact value), geo puts (the regions a set loses are deleted in the same batch, and the
   * SetIdentifiers of the regions it keeps are reused), and qualified puts without provider data
   * (so that the health check they leave out is written back).
   */
  private static boolean needsRead(denominator.change.Change change) {
    if (!(change instanceof denominator.change.Change.Put put)) {
      return true;
    }
    var set = put.recordSet();
    return set.geo().isPresent() || (set.qualifier().isPresent() && set.providerData().isEmpty());
  }

  /** Each put with the provider data of the set it replaces, where that set was read. */
  private static List<denominator.change.Change> keepingProviderData(
      List<denominator.change.Change> changes, Map<NameType, List<ResourceRecordSet>> current) {
    return changes.stream()
        .map(
            c -> {
              List<ResourceRecordSet> read =
                  current.get(new NameType(c.key().name(), c.key().type()));
              if (!(c instanceof denominator.change.Change.Put put) || read == null) {
                return c;
              }
              return (denominator.change.Change)
                  new denominator.change.Change.Put(
                      put.recordSet()
                          .keepingProviderDataOf(
                              Route53Records.fromRoute53(read).stream()
                                  .filter(set -> set.key().equals(c.key()))
                                  .findFirst()
                                  .orElse(null)));
            })
        .toList();
  }

  /**
   * Applies a plan's change set taking the state the plan was made from as the zone's current
   * state, instead of listing the zone again. Route53 refuses a delete whose values differ and a
   * create of what exists, so where the zone no longer holds what the plan read (a plan gone stale,
   * or sets another tool wrote with set identifiers or health checks the model does not hold) the
   * batch is refused rather than applied over it. When that leaves nothing applied, the zone is
   * read: if the plan is stale, it is refused as such; if not, the change set is applied from the
   * zone as read, as {@link #apply(String, ChangeSet, ApplyMode)} does. Only ATOMIC mode, whose
   * undo needs the whole previous state, gains.
   *
   * @throws PlanRefusedException if the zone no longer holds what the plan was made from
   */
  ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
    if (mode != ApplyMode.ATOMIC) {
      return apply(zoneId, plan.changeSet(), mode);
    }
    List<denominator.change.Change> changes = plan.changeSet().changes();
    List<List<ResourceRecordSet>> desired = toRoute53(changes);
    if (plan.changes().stream()
        .anyMatch(
            c ->
                c.before()
                    .filter(
                        set ->
                            set.providerData()
                                .containsKey(denominator.model.ResourceRecordSet.ROUTING))
                    .isPresent())) {
      return apply(zoneId, plan.changeSet(), mode); // a provider-routed set: delete what is read
    }
    Map<NameType, List<ResourceRecordSet>> before = new HashMap<>();
    for (PlannedChange change : plan.changes()) {
      List<ResourceRecordSet> members =
          before.computeIfAbsent(
              new NameType(change.key().name(), change.key().type()), key -> new ArrayList<>());
      change.before().ifPresent(set -> members.addAll(Route53Records.toRoute53(set)));
    }
    ChangeResult result = send(zoneId, changes, desired, before, mode);
    boolean nothingApplied =
        result.withStatus(ChangeOutcome.Status.APPLIED).isEmpty()
            && result.withStatus(ChangeOutcome.Status.UNKNOWN).isEmpty();
    if (nothingApplied
        && result.failures().stream()
            .anyMatch(
                o -> o.error().filter(InvalidChangeException.class::isInstance).isPresent())) {
      log.info("Route53 refused a plan's batch; reading the zone to learn why");
      Map<RecordSetKey, denominator.model.ResourceRecordSet> live = new HashMap<>();
      new Route53RecordSetApi(api, this, zoneId, null)
          .iterator()
          .forEachRemaining(set -> live.put(set.key(), set));
      List<PlannedChange> stale = plan.stale(live);
      if (!stale.isEmpty()) {
        throw PlanRefusedException.stale(
            plan.zone(), stale.stream().map(PlannedChange::key).toList());
      }
      return apply(zoneId, plan.changeSet(), mode);
    }
    return result;
  }

  private static List<List<ResourceRecordSet>> toRoute53(List<denominator.change.Change> changes) {
    return changes.stream()
        .map(
            c ->
                c instanceof denominator.change.Change.Put put
                    ? Route53Records.toRoute53(put.recordSet())
                    : List.<ResourceRecordSet>of())
        .toList();
  }

  private ChangeResult send(
      String zoneId,
      List<denominator.change.Change> changes,
      List<List<ResourceRecordSet>> desired,
      Map<NameType, List<ResourceRecordSet>> current,
      ApplyMode mode) {
    if (changes.stream().anyMatch(c -> c instanceof denominator.change.Change.Put)) {
      checkWithin(api.zoneName(zoneId), changes); // before any write
    }
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      denominator.change.Change change = changes.get(i);
      planned.add(
          plan(
              i,
              change,
              desired.get(i),
              current.get(new NameType(change.key().name(), change.key().type()))));
    }
    Outcomes outcomes = new Outcomes(changes);
    List<List<Planned>> sent = new ArrayList<>();
    for (List<Planned> batch : batches(planned)) {
      if (!send(zoneId, batch, mode, outcomes)) {
        if (mode == ApplyMode.ATOMIC) {
          undo(zoneId, sent, outcomes);
        }
        break;
      }
      sent.add(batch);
    }
    List<String> ids = List.copyOf(outcomes.changeIds);
    return ChangeResult.of(outcomes.list(), timeout -> await(ids, timeout));
  }

  private static Planned plan(
      int index,
      denominator.change.Change change,
      List<ResourceRecordSet> desired,
      List<ResourceRecordSet> current) {
    var changes = new ArrayList<Change>();
    var undo = new ArrayList<Change>();
    if (current == null) { // a put that needs no read: UPSERT, undo unknown
      desired.forEach(set -> changes.add(change(ChangeAction.UPSERT, set)));
      return new Planned(index, change, changes, null);
    }
    List<Route53Records.Member> read = Route53Records.members(current);
    List<ResourceRecordSet> members =
        read.stream()
            .filter(m -> m.key().equals(change.key()))
            .map(Route53Records.Member::route53)
            .toList();
    desired = desired.stream().map(set -> reusingSetIdentifier(set, change.key(), read)).toList();
    for (ResourceRecordSet member : members) {
      if (desired.stream()
          .noneMatch(d -> Objects.equals(d.setIdentifier(), member.setIdentifier()))) {
        changes.add(change(ChangeAction.DELETE, member));
        undo.add(change(ChangeAction.UPSERT, member));
      }
    }
    for (ResourceRecordSet set : desired) {
      ResourceRecordSet existing =
          members.stream()
              .filter(m -> Objects.equals(m.setIdentifier(), set.setIdentifier()))
              .findFirst()
              .orElse(null);
      if (!set.equals(existing)) {
        changes.add(change(existing == null ? ChangeAction.CREATE : ChangeAction.UPSERT, set));
        undo.add(
            existing != null
                ? change(ChangeAction.UPSERT, existing)
                : change(ChangeAction.DELETE, set));
      }
    }
    return new Planned(index, change, changes, undo);
  }

  /**
   * A geo member to write, under the SetIdentifier of the member of the same set that serves its
   * region now (another tool may have named it); refused if that SetIdentifier is a member read
   * under another key (a member whose data differ from its set's, shown as a set of its own).
   */
  private static ResourceRecordSet reusingSetIdentifier(
      ResourceRecordSet set, RecordSetKey key, List<Route53Records.Member> read) {
    if (set.geoLocation() == null) {
      return set;
    }
    ResourceRecordSet named =
        read.stream()
            .filter(m -> m.key().equals(key) && set.geoLocation().equals(m.route53().geoLocation()))
            .findFirst()
            .map(m -> set.toBuilder().setIdentifier(m.route53().setIdentifier()).build())
            .orElse(set);
    read.stream()
        .filter(
            m -> !m.key().equals(key) && named.setIdentifier().equals(m.route53().setIdentifier()))
        .findFirst()
        .ifPresent(
            m -> {
              throw new ValidationException(
                  "route53: region served by another qualifier: "
                      + key
                      + " would overwrite "
                      + m.key(),
                  named.setIdentifier(),
                  "a region not served by " + m.key() + " (put or delete that set first)");
            });
    return named;
  }

  private static Change change(ChangeAction action, ResourceRecordSet set) {
    return Change.builder().action(action).resourceRecordSet(set).build();
  }

  /**
   * Route53 refuses a put outside the zone only once it is sent; this refuses it before any write,
   * knowing the zone's name from an earlier response or from one GetHostedZone.
   */
  private static void checkWithin(String zoneName, List<denominator.change.Change> changes) {
    for (denominator.change.Change change : changes) {
      if (change instanceof denominator.change.Change.Put
          && !Names.isWithin(change.key().name(), zoneName)) {
        throw new ValidationException(
            "route53: name not in zone " + zoneName,
            change.key().name(),
            "a name ending in " + zoneName);
      }
    }
  }

  /** The current Route53 sets of these names and types, by name and type. */
  private Map<NameType, List<ResourceRecordSet>> read(String zoneId, Set<NameType> keys) {
    Map<NameType, List<ResourceRecordSet>> found = new HashMap<>();
    keys.forEach(key -> found.put(key, new ArrayList<>()));
    if (keys.size() > 2 && keys.size() > pages(api.getZone(zoneId).resourceRecordSetCount())) {
      Route53Pages.all(api, zoneId)
          .forEachRemaining(
              set -> {
                List<ResourceRecordSet> sets = found.get(NameType.of(set));
                if (sets != null) {
                  sets.add(set);
                }
              });
    } else {
      keys.forEach(
          key ->
              Route53Pages.of(api, zoneId, key.name(), key.type())
                  .forEachRemaining(found.get(key)::add));
    }
    return found;
  }

  private static long pages(Long recordSets) {
    return recordSets == null ? Long.MAX_VALUE : recordSets / Route53Api.MAX_ITEMS + 1;
  }

  /** Packs changes in order into batches within Route53's limits. */
  private static List<List<Planned>> batches(List<Planned> planned) {
    List<List<Planned>> batches = new ArrayList<>();
    List<Planned> batch = new ArrayList<>();
    long records = 0;
    long chars = 0;
    for (Planned p : planned) {
      long[] cost = cost(p.changes());
      boolean full = records + cost[0] > MAX_RECORDS || chars + cost[1] > MAX_VALUE_CHARS;
      if (!batch.isEmpty() && full) {
        batches.add(batch);
        batch = new ArrayList<>();
        records = 0;
        chars = 0;
      }
      batch.add(p);
      records += cost[0];
      chars += cost[1];
    }
    batches.add(batch);
    return batches;
  }

  /** Records and value characters as Route53 counts them: UPSERT twice. */
  static long[] cost(List<Change> changes) {
    long records = 0;
    long chars = 0;
    for (var c : changes) {
      int times = c.action() == ChangeAction.UPSERT ? 2 : 1;
      var values = c.resourceRecordSet().resourceRecords();
      records += times * Math.max(1, values.size());
      chars += times * values.stream().mapToLong(v -> v.value().length()).sum();
    }
    return new long[] {records, chars};
  }

  /** Sends one batch as the mode says; false when the remaining batches must not be sent. */
  private boolean send(String zoneId, List<Planned> batch, ApplyMode mode, Outcomes outcomes) {
    if (batch.isEmpty()) {
      return true;
    }
    List<Change> wire = deletesFirst(batch.stream().flatMap(p -> p.changes().stream()).toList());
    try {
      if (!wire.isEmpty()) {
        outcomes.changeIds.add(api.changeRecordSets(zoneId, wire));
      }
      batch.forEach(p -> outcomes.set(p, ChangeOutcome.applied(p.change())));
      return true;
    } catch (InvalidChangeException e) {
      if (alreadyApplied(zoneId, wire, e)) {
        batch.forEach(p -> outcomes.set(p, ChangeOutcome.applied(p.change())));
        return true;
      }
      List<Planned> refused = refused(batch, e);
      switch (mode) {
        case BEST_EFFORT -> {
          List<Planned> failed = refused.isEmpty() ? batch : refused;
          failed.forEach(p -> outcomes.set(p, ChangeOutcome.failed(p.change(), e)));
          List<Planned> rest = new ArrayList<>(batch);
          rest.removeAll(failed);
          return send(zoneId, rest, mode, outcomes);
        }
        case STOP_ON_FIRST -> {
          Planned first = refused.isEmpty() ? batch.get(0) : refused.get(0);
          if (send(zoneId, batch.subList(0, batch.indexOf(first)), mode, outcomes)) {
            outcomes.set(first, ChangeOutcome.failed(first.change(), e));
          }
          return false;
        }
        default -> {
          (refused.isEmpty() ? batch : refused)
              .forEach(p -> outcomes.set(p, ChangeOutcome.failed(p.change(), e)));
          return false;
        }
      }
    } catch (UnknownOutcomeException e) { // no answer after the SDK's retries: read the zone
      boolean applied = holdsQuietly(zoneId, wire);
      batch.forEach(
          p ->
              outcomes.set(
                  p,
                  applied
                      ? ChangeOutcome.applied(p.change())
                      : ChangeOutcome.unknown(p.change(), e)));
      return applied || mode == ApplyMode.BEST_EFFORT;
    } catch (DenominatorException e) { // zone gone, throttled or refused credentials
      batch.forEach(p -> outcomes.set(p, ChangeOutcome.failed(p.change(), e)));
      return mode == ApplyMode.BEST_EFFORT;
    }
  }

  /**
   * Whether a batch refused only for deleting what is not there, or creating what is, is in effect
   * already: the SDK retries a batch whose response was lost, and Route53 refuses the retry's
   * deletes and creates. The zone is read to check that it holds what the batch wrote.
   */
  private boolean alreadyApplied(String zoneId, List<Change> wire, InvalidChangeException e) {
    return sentMoreThanOnce(e)
        && e.messages().stream()
            .allMatch(
                m -> m.contains("but it was not found") || m.contains("but it already exists"))
        && holds(zoneId, wire);
  }

  /** A refusal of the first send is Route53's word; only a retry may have followed a success. */
  private static boolean sentMoreThanOnce(InvalidChangeException e) {
    return !(e.getCause() instanceof SdkException sdk)
        || sdk.numAttempts() == null
        || sdk.numAttempts() > 1;
  }

  /** Whether the zone holds what {@code wire} writes; false when it cannot be read either. */
  private boolean holdsQuietly(String zoneId, List<Change> wire) {
    try {
      return holds(zoneId, wire);
    } catch (DenominatorException unreadable) {
      log.warn(
          "could not read the zone to learn whether a batch was applied: {}",
          unreadable.getMessage());
      return false;
    }
  }

  private boolean holds(String zoneId, List<Change> wire) {
    Map<NameType, List<ResourceRecordSet>> now =
        read(
            zoneId,
            wire.stream().map(c -> NameType.of(c.resourceRecordSet())).collect(Collectors.toSet()));
    return wire.stream()
        .allMatch(
            c -> {
              var same =
                  now.get(NameType.of(c.resourceRecordSet())).stream()
                      .filter(
                          set ->
                              Objects.equals(
                                  set.setIdentifier(), c.resourceRecordSet().setIdentifier()))
                      .findFirst();
              return c.action() == ChangeAction.DELETE
                  ? same.isEmpty()
                  : same.filter(c.resourceRecordSet()::equals).isPresent();
            });
  }

  // Within a batch Route53 applies changes in order: free locations and names before reuse.
  private static List<Change> deletesFirst(List<Change> changes) {
    List<Change> ordered = new ArrayList<>();
    changes.stream().filter(c -> c.action() == ChangeAction.DELETE).forEach(ordered::add);
    changes.stream().filter(c -> c.action() != ChangeAction.DELETE).forEach(ordered::add);
    return ordered;
  }

  /** The changes of the batch whose name and type a Route53 message names, in batch order. */
  static List<Planned> refused(List<Planned> batch, InvalidChangeException e) {
    return batch.stream()
        .filter(p -> e.messages().stream().anyMatch(m -> names(m, p.change().key())))
        .toList();
  }

  static boolean names(String message, RecordSetKey key) {
    String name = Pattern.quote(key.name().substring(0, key.name().length() - 1));
    String type = Pattern.quote(key.type());
    return Pattern.compile("(^|[\\s'=\\[(])" + name + "\\.?($|[\\s',\\])])").matcher(message).find()
        && Pattern.compile("type[\\s=]*'?" + type + "\\b").matcher(message).find();
  }

  /** Undoes applied batches, last first; a batch that cannot be undone stays applied. */
  private void undo(String zoneId, List<List<Planned>> sent, Outcomes outcomes) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      List<Planned> batch = sent.get(i);
      if (batch.stream().anyMatch(p -> p.undo() == null)) {
        log.warn(
            "cannot undo a batch of {} changes: their previous state was not read", batch.size());
        continue;
      }
      try {
        var wire = deletesFirst(batch.stream().flatMap(p -> p.undo().stream()).toList());
        if (!wire.isEmpty()) {
          outcomes.changeIds.add(api.changeRecordSets(zoneId, wire));
        }
        batch.forEach(p -> outcomes.set(p, ChangeOutcome.rolledBack(p.change())));
      } catch (DenominatorException e) {
        log.warn("could not undo a batch of {} changes: {}", batch.size(), e.getMessage());
      }
    }
  }

  /** Polls GetChange for each change until INSYNC, backing off, until the timeout passes. */
  void await(List<String> changeIds, Duration timeout) {
    Instant deadline = clock.instant().plus(timeout);
    Iterator<String> ids = changeIds.iterator();
    Duration delay = FIRST_POLL;
    String id = ids.hasNext() ? ids.next() : null;
    while (id != null) {
      if (api.getChange(id) == ChangeStatus.INSYNC) {
        id = ids.hasNext() ? ids.next() : null;
        continue;
      }
      if (clock.instant().plus(delay).isAfter(deadline)) {
        throw new DenominatorException(
            Route53Provider.NAME + ": change " + id + " not INSYNC after " + timeout);
      }
      sleep(delay);
      delay = delay.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : delay.multipliedBy(2);
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DenominatorException(Route53Provider.NAME + ": interrupted awaiting INSYNC", e);
    }
  }

  /** One outcome per change; changes never reached are skipped. */
  private static final class Outcomes {
    private final List<denominator.change.Change> changes;
    private final ChangeOutcome[] outcomes;
    private final List<String> changeIds = new ArrayList<>();

    Outcomes(List<denominator.change.Change> changes) {
      this.changes = changes;
      this.outcomes = new ChangeOutcome[changes.size()];
    }

    void set(Planned planned, ChangeOutcome outcome) {
      outcomes[planned.index()] = outcome;
    }

    List<ChangeOutcome> list() {
      List<ChangeOutcome> list = new ArrayList<>(Arrays.asList(outcomes));
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == null) {
          list.set(i, ChangeOutcome.skipped(changes.get(i)));
        }
      }
      return list;
    }
  }
}
