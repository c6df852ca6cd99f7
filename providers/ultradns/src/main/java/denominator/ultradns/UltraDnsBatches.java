package denominator.ultradns;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnknownOutcomeException;
import denominator.UnsupportedCapabilityException;
import denominator.ValidationException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.geo.Region;
import denominator.model.geo.Regions;
import denominator.ultradns.UltraDnsJson.BatchAnswer;
import denominator.ultradns.UltraDnsJson.BatchRequest;
import denominator.ultradns.UltraDnsJson.RRSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The UltraDNS side of the kit's change engine, for one zone and one apply. UltraDNS keeps one
 * rrset per name and type (a plain set or a pool), so the changes of a batch are grouped by name
 * and type, and each group becomes one request that writes that rrset whole: {@code POST} when the
 * service holds none, {@code PUT} when it does, {@code DELETE} when its last set goes. A pool is
 * rewritten from the pool as read ({@link UltraDnsPools}).
 *
 * <p>One request goes alone; several go in one {@code POST /v1/batch}, which the service does not
 * apply atomically: when an item fails, the items that succeeded are written back as they were
 * read, and the batch is refused naming the failed item's changes, so that to the engine every
 * batch is all or nothing.
 */
final class UltraDnsBatches implements BatchWriter {
  /** The most requests one {@code /v1/batch} carries (ASSUMPTION). */
  static final int MAX_BATCH = 100;

  /** Up to this many names and types, a read asks for each; past it, it lists the zone. */
  static final int READ_ONE_BY_ONE = 5;

  private final UltraDnsEndpoints endpoints;
  private final String zone;
  private final Clock clock;

  /** The rrsets as the service holds them, as last read or written, by name and type. */
  private final Map<NameType, RRSet> held = new HashMap<>();

  private DenominatorException lastRefusal;
  private List<Change> lastRefused = List.of();

  UltraDnsBatches(UltraDnsEndpoints endpoints, String zone, Clock clock) {
    this.endpoints = endpoints;
    this.zone = zone;
    this.clock = clock;
  }

  /**
   * Refuses provider-routed sets, and geo and weighted sets UltraDNS cannot hold: a type, region or
   * weight its metadata does not declare, an odd weight, {@code *} beside other regions, a weighted
   * qualifier with a comma (the description lists them separated by commas).
   */
  @Override
  public void check(Change change) {
    if (!(change instanceof Change.Put put)) {
      return;
    }
    ResourceRecordSet set = put.recordSet();
    if (set.providerData().containsKey(ResourceRecordSet.ROUTING)) {
      throw new UnsupportedCapabilityException(
          UltraDnsProvider.NAME,
          "provider routing: "
              + set.key()
              + " (expected a plain, geo or weighted set; this pool is not rewritten)");
    }
    if (set.qualifier().isEmpty()) {
      return;
    }
    Capabilities.check(UltraDnsProvider.METADATA, set);
    set.geo().ifPresent(geo -> checkRegions(set, geo.regions()));
    if (set.weighted().isPresent() && set.qualifier().get().contains(",")) {
      throw new ValidationException(
          "ultradns: comma in the qualifier of weighted set " + set.key(),
          set.qualifier().get(),
          "a qualifier without ','");
    }
  }

  private static void checkRegions(ResourceRecordSet set, Set<Region> regions) {
    for (Region region : regions) {
      if (!UltraDnsTerritories.knows(region)) {
        throw new UnsupportedCapabilityException(
            UltraDnsProvider.NAME,
            "region: " + region + " (expected a country, a US state or a Canadian province)");
      }
    }
    if (regions.size() > 1 && regions.contains(Regions.world())) {
      throw new ValidationException(
          "ultradns: * beside other regions in " + set.key(),
          regions.toString(),
          "* alone: it is served to every client no other set matches");
    }
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<RRSet> rrsets = new ArrayList<>();
    if (namesAndTypes.size() <= READ_ONE_BY_ONE) {
      namesAndTypes.forEach(t -> rrsets.addAll(endpoints.rrsets(zone, t.type(), t.name())));
    } else {
      endpoints.rrsets(zone).forEachRemaining(rrsets::add);
    }
    namesAndTypes.forEach(held::remove);
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (RRSet rrset : rrsets) {
      NameType target =
          new NameType(Names.absolute(rrset.ownerName()), UltraDnsRecords.type(rrset.rrtype()));
      if (namesAndTypes.contains(target)) {
        held.put(target, rrset);
        sets.addAll(UltraDnsPools.sets(rrset));
      }
    }
    return ZoneSlice.of(namesAndTypes, sets);
  }

  /** Every write replaces a whole rrset, so it needs what the rrset holds. */
  @Override
  public boolean needsBefore(Change change) {
    return true;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public List<BatchLimit> limits() {
    return List.of(BatchLimit.targets(MAX_BATCH));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    ZoneSlice after = before.after(batch);
    Map<NameType, List<Change>> byTarget = new LinkedHashMap<>();
    batch.forEach(
        c -> byTarget.computeIfAbsent(NameType.of(c.key()), t -> new ArrayList<>()).add(c));
    List<Write> writes = new ArrayList<>();
    byTarget.forEach(
        (target, changes) -> write(target, after.of(target), changes).ifPresent(writes::add));
    if (writes.isEmpty()) {
      return ChangeResult.Sync.IMMEDIATE;
    }
    if (writes.size() == 1) {
      return sendAlone(writes.get(0));
    }
    sendTogether(writes);
    return ChangeResult.Sync.IMMEDIATE;
  }

  /** The changes of {@code batch} that the last refusal named. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    return refusal == lastRefusal ? lastRefused : List.of();
  }

  /**
   * One request that writes one rrset.
   *
   * @param body the rrset to write (with owner and type), null for a delete
   * @param previous the rrset held before, null when there was none
   */
  private record Write(
      NameType target, String method, RRSet body, RRSet previous, List<Change> changes) {
    BatchRequest request(String zone) {
      return new BatchRequest(
          method,
          UltraDnsEndpoints.batchUri(zone, target.type(), target.name()),
          body == null ? null : body.body());
    }

    /** The request that writes back what was held before this one. */
    Write undo() {
      String back = previous == null ? "DELETE" : body == null ? "POST" : "PUT";
      return new Write(target, back, previous, body, changes);
    }
  }

  private Optional<Write> write(
      NameType target, List<ResourceRecordSet> sets, List<Change> changes) {
    RRSet current = held.get(target);
    if (sets.isEmpty()) {
      return current == null
          ? Optional.empty()
          : Optional.of(new Write(target, "DELETE", null, current, changes));
    }
    RRSet body = rrset(target, sets, current, changes);
    return Optional.of(new Write(target, current == null ? "POST" : "PUT", body, current, changes));
  }

  // The rrset holding the sets of one name and type: a plain rrset, or a DIR or TC pool.
  private RRSet rrset(
      NameType target, List<ResourceRecordSet> sets, RRSet current, List<Change> changes) {
    long plain = sets.stream().filter(s -> s.qualifier().isEmpty()).count();
    long geo = sets.stream().filter(s -> s.geo().isPresent()).count();
    long weighted = sets.stream().filter(s -> s.weighted().isPresent()).count();
    long routed = sets.size() - plain - geo - weighted;
    boolean dirRoutes = routed > 0 && UltraDnsPools.kind(current).equals("DirPool");
    if (plain > 0 && sets.size() > 1
        || geo > 0 && weighted > 0
        || routed > 0 && !(dirRoutes && weighted == 0 && plain == 0)) {
      throw refusal(
          changes,
          target
              + ": UltraDNS holds one rrset per name and type, so plain, geo, weighted and"
              + " other-pool sets cannot share it: "
              + sets.stream().map(s -> s.key().toString()).toList());
    }
    if (plain == 1) {
      ResourceRecordSet set = sets.get(0);
      return new RRSet(
          target.name(),
          target.type(),
          set.ttl().orElse(UltraDnsRecords.DEFAULT_TTL),
          UltraDnsRecords.rdata(set),
          null);
    }
    if (geo == 0 && weighted == 0) {
      throw refusal(changes, target + ": only the sets of a pool this provider does not write");
    }
    return UltraDnsPools.pool(target.name(), target.type(), sets, current);
  }

  private ChangeResult.Sync sendAlone(Write write) {
    Optional<String> task;
    try {
      task =
          endpoints.write(
              write.method(), zone, write.target().type(), write.target().name(), write.body());
    } catch (InvalidChangeException refused) {
      remember(refused, write.changes());
      throw refused;
    }
    applied(write);
    return task.<ChangeResult.Sync>map(id -> timeout -> endpoints.awaitTask(id, timeout))
        .orElse(ChangeResult.Sync.IMMEDIATE);
  }

  // One /v1/batch; when an item fails, the items that succeeded are undone before refusing.
  private void sendTogether(List<Write> writes) {
    List<BatchAnswer> answers =
        endpoints.batch(zone, writes.stream().map(w -> w.request(zone)).toList());
    if (answers.size() != writes.size()) {
      throw new UnknownOutcomeException(
          UltraDnsProvider.NAME
              + ": batch "
              + zone
              + ": "
              + answers.size()
              + " answers to "
              + writes.size()
              + " requests (expected one each)",
          null);
    }
    List<Write> succeeded = new ArrayList<>();
    DenominatorException failure = null;
    List<Change> failed = new ArrayList<>();
    for (int i = 0; i < writes.size(); i++) {
      BatchAnswer answer = answers.get(i);
      if (answer.status() >= 200 && answer.status() < 300) {
        succeeded.add(writes.get(i));
      } else {
        if (failure == null) {
          failure = itemError(writes.get(i), answer);
        }
        failed.addAll(writes.get(i).changes());
      }
    }
    if (failure == null) {
      writes.forEach(this::applied);
      return;
    }
    succeeded.forEach(this::applied);
    undo(succeeded, failure);
    if (failure instanceof InvalidChangeException) {
      remember(failure, failed);
    }
    throw failure;
  }

  private DenominatorException itemError(Write write, BatchAnswer answer) {
    String body = answer.response() == null ? "" : answer.response().toString();
    return UltraDnsErrors.TABLE.exception(
        write.method().toLowerCase(Locale.ROOT) + " rrset " + write.target(),
        zone,
        answer.status(),
        body,
        null);
  }

  // Writes back, one by one, what the succeeded items replaced; a failed undo leaves the zone
  // between two states, which only reading can tell.
  private void undo(List<Write> succeeded, DenominatorException cause) {
    for (Write write : succeeded) {
      Write undo = write.undo();
      try {
        endpoints.write(
            undo.method(), zone, undo.target().type(), undo.target().name(), undo.body());
        applied(undo);
      } catch (DenominatorException e) {
        UnknownOutcomeException unknown =
            new UnknownOutcomeException(
                UltraDnsProvider.NAME
                    + ": batch "
                    + zone
                    + ": an item was refused ("
                    + cause.getMessage()
                    + ") and undoing "
                    + undo.target()
                    + " failed: "
                    + e.getMessage(),
                e);
        throw unknown;
      }
    }
  }

  private void applied(Write write) {
    if (write.body() == null) {
      held.remove(write.target());
    } else {
      held.put(write.target(), write.body());
    }
  }

  private InvalidChangeException refusal(List<Change> changes, String problem) {
    InvalidChangeException refusal =
        new InvalidChangeException(UltraDnsProvider.NAME, List.of(problem));
    remember(refusal, changes);
    return refusal;
  }

  private void remember(DenominatorException refusal, List<Change> changes) {
    lastRefusal = refusal;
    lastRefused = List.copyOf(changes);
  }
}
