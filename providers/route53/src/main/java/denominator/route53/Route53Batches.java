package denominator.route53;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ValidationException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.Poller;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.route53.Route53Records.Member;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Route53's side of the kit's change engine for one hosted zone and one apply: each batch is one
 * {@code ChangeResourceRecordSets} request, within Route53's limits of 1,000 records and 32,000
 * characters of values (an UPSERT counting twice), awaited by polling {@code GetChange} until
 * {@code INSYNC}.
 *
 * <p>A put of a set read as absent is a CREATE (counted once), other puts are UPSERTs. Route53
 * writes one record set per geo region and deletes by exact value, so the engine reads first for
 * deletes, geo puts (the regions a set loses are deleted in the same batch, and the SetIdentifiers
 * of the regions it keeps are reused) and qualified puts without provider data (whose health check
 * is written back). The Route53 record sets read and written during the apply are kept, so that a
 * set written back (an undo) gets its members back under their original SetIdentifiers.
 *
 * <p>When the SDK resends a batch whose response was lost, Route53 refuses the resend for deleting
 * what is gone or creating what exists; the batch then counts as applied if the zone, read, shows
 * it. A refusal's messages name the refused record sets.
 */
final class Route53Batches implements BatchWriter {
  static final int MAX_RECORDS = 1000;
  static final int MAX_VALUE_CHARS = 32_000;

  private final Route53Endpoints api;
  private final String zoneId;
  private final Route53Pages pages;
  private final Poller poller;

  /** The Route53 record sets of each name and type, as read and then written in this apply. */
  private final Map<NameType, List<ResourceRecordSet>> wire = new HashMap<>();

  /** The members of each set as first read, written back verbatim when the set is put back. */
  private final Map<RecordSetKey, List<ResourceRecordSet>> asRead = new HashMap<>();

  private HostedZone zone; // GetHostedZone at most once per apply
  private String zoneName;

  Route53Batches(Route53Endpoints api, String zoneId, Poller poller) {
    this.api = api;
    this.zoneId = zoneId;
    this.pages = new Route53Pages(api, zoneId);
    this.poller = poller;
  }

  /**
   * Refuses what the metadata does not declare ({@link Capabilities}), a set Route53 cannot store
   * (see {@link Route53Records#toRoute53}), and a put outside the zone, which Route53 refuses only
   * once sent.
   */
  @Override
  public void check(Change change) {
    if (change instanceof Change.Put put) {
      Capabilities.check(Route53Provider.METADATA, put.recordSet());
      Route53Records.toRoute53(put.recordSet());
      if (zoneName == null) {
        zoneName = api.knownZoneName(zoneId).orElseGet(() -> Route53ZoneApi.zone(zone()).name());
      }
      if (!Names.isWithin(change.key().name(), zoneName)) {
        throw new ValidationException(
            "route53: name not in zone " + zoneName,
            change.key().name(),
            "a name ending in " + zoneName);
      }
    }
  }

  @Override
  public boolean needsBefore(Change change) {
    if (!(change instanceof Change.Put put)) {
      return true;
    }
    var set = put.recordSet();
    return set.geo().isPresent() || (set.qualifier().isPresent() && set.providerData().isEmpty());
  }

  /** Reads per name and type, or lists the zone once when that takes fewer requests. */
  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    boolean list =
        namesAndTypes.size() > 2 && namesAndTypes.size() > pages(zone().resourceRecordSetCount());
    Map<NameType, List<ResourceRecordSet>> found =
        list ? listed(namesAndTypes::contains) : new LinkedHashMap<>();
    for (NameType nameType : namesAndTypes) {
      List<ResourceRecordSet> sets = found.computeIfAbsent(nameType, k -> new ArrayList<>());
      if (!list) {
        pages.route53(nameType).forEachRemaining(sets::add);
      }
    }
    return remember(found);
  }

  /** Every set of the zone, as {@link #read} would return it for every name and type. */
  ZoneSlice readZone() {
    return remember(listed(nameType -> true));
  }

  // The Route53 sets of the names and types wanted, listing the whole zone.
  private Map<NameType, List<ResourceRecordSet>> listed(Predicate<NameType> wanted) {
    Map<NameType, List<ResourceRecordSet>> found = new LinkedHashMap<>();
    pages
        .route53()
        .forEachRemaining(
            set -> {
              NameType nameType = Route53Records.nameType(set);
              if (wanted.test(nameType)) {
                found.computeIfAbsent(nameType, k -> new ArrayList<>()).add(set);
              }
            });
    return found;
  }

  private ZoneSlice remember(Map<NameType, List<ResourceRecordSet>> found) {
    List<denominator.model.ResourceRecordSet> sets = new ArrayList<>();
    found.forEach(
        (nameType, members) -> {
          if (wire.put(nameType, members) == null) {
            Route53Records.members(members)
                .forEach(
                    m -> asRead.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m.route53()));
          }
          sets.addAll(Route53Records.fromRoute53(members));
        });
    return ZoneSlice.of(found.keySet(), sets);
  }

  private HostedZone zone() {
    if (zone == null) {
      zone = api.getZone(zoneId);
    }
    return zone;
  }

  private static long pages(Long recordSets) {
    return recordSets == null ? Long.MAX_VALUE : recordSets / Route53Endpoints.MAX_ITEMS + 1;
  }

  @Override
  public Clock clock() {
    return poller.clock();
  }

  @Override
  public List<BatchLimit> limits() {
    return List.of(
        limit("records", MAX_RECORDS, values -> Math.max(1, values.size())),
        limit(
            "value characters",
            MAX_VALUE_CHARS,
            values -> values.stream().mapToLong(v -> v.value().length()).sum()));
  }

  /** A limit on what a change's Route53 changes hold, as Route53 counts it: an UPSERT twice. */
  private BatchLimit limit(String what, long max, ToLongFunction<List<ResourceRecord>> size) {
    return new BatchLimit(
        what,
        max,
        (change, before) ->
            changes(change, before).stream()
                .mapToLong(
                    c ->
                        (c.action() == ChangeAction.UPSERT ? 2 : 1)
                            * size.applyAsLong(c.resourceRecordSet().resourceRecords()))
                .sum());
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    List<software.amazon.awssdk.services.route53.model.Change> changes = new ArrayList<>();
    batch.forEach(change -> changes.addAll(changes(change, before)));
    // Within a batch Route53 applies changes in order: free locations and names before reuse.
    changes.sort((a, b) -> Boolean.compare(!isDelete(a), !isDelete(b)));
    if (changes.isEmpty()) {
      return ChangeResult.Sync.IMMEDIATE;
    }
    String id;
    try {
      id = api.changeRecordSets(zoneId, changes);
    } catch (InvalidChangeException e) {
      if (!resentAfterSuccess(e) || !holds(batch)) {
        throw e;
      }
      return ChangeResult.Sync.IMMEDIATE;
    }
    changes.forEach(this::written);
    return timeout ->
        poller.await(
            Route53Provider.NAME + ": change " + id + " INSYNC",
            timeout,
            () -> api.getChange(id) == ChangeStatus.INSYNC);
  }

  /**
   * Whether a refusal may be of the SDK's resend of a batch Route53 applied: only a resend's
   * deletes of what is gone and creates of what exists.
   */
  private static boolean resentAfterSuccess(InvalidChangeException e) {
    boolean resent =
        !(e.getCause() instanceof SdkException sdk)
            || sdk.numAttempts() == null
            || sdk.numAttempts() > 1;
    return resent
        && e.messages().stream()
            .allMatch(
                m -> m.contains("but it was not found") || m.contains("but it already exists"));
  }

  private boolean holds(List<Change> batch) {
    ZoneSlice now = read(batch.stream().map(c -> NameType.of(c.key())).collect(Collectors.toSet()));
    return batch.stream().allMatch(change -> change.isMadeIn(now.asMap()));
  }

  /** The changes of the batch whose name and type a Route53 message names, in batch order. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    if (!(refusal instanceof InvalidChangeException invalid)) {
      return List.of();
    }
    return batch.stream()
        .filter(change -> invalid.messages().stream().anyMatch(m -> names(m, change.key())))
        .toList();
  }

  static boolean names(String message, RecordSetKey key) {
    String name = Pattern.quote(key.name().substring(0, key.name().length() - 1));
    String type = Pattern.quote(key.type());
    return Pattern.compile("(^|[\\s'=\\[(])" + name + "\\.?($|[\\s',\\])])").matcher(message).find()
        && Pattern.compile("type[\\s=]*'?" + type + "\\b").matcher(message).find();
  }

  /**
   * The Route53 changes that make {@code change}: UPSERTs where its name and type were not read,
   * else the deletes, creates and upserts that turn the members read into those wanted.
   */
  private List<software.amazon.awssdk.services.route53.model.Change> changes(
      Change change, ZoneSlice before) {
    List<ResourceRecordSet> current = current(NameType.of(change.key()), before);
    List<software.amazon.awssdk.services.route53.model.Change> changes = new ArrayList<>();
    if (current == null) { // a put that needs no read
      Change.Put put = (Change.Put) change;
      Route53Records.toRoute53(put.recordSet())
          .forEach(set -> changes.add(change(ChangeAction.UPSERT, set)));
      return changes;
    }
    List<Member> read = Route53Records.members(current);
    List<ResourceRecordSet> members =
        read.stream().filter(m -> m.key().equals(change.key())).map(Member::route53).toList();
    List<ResourceRecordSet> desired =
        change instanceof Change.Put put ? desired(put.recordSet(), read) : List.of();
    for (ResourceRecordSet member : members) {
      if (desired.stream()
          .noneMatch(d -> Objects.equals(d.setIdentifier(), member.setIdentifier()))) {
        changes.add(change(ChangeAction.DELETE, member));
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
      }
    }
    return changes;
  }

  /** The members of this name and type now: as read or written, else as {@code before} says. */
  private List<ResourceRecordSet> current(NameType nameType, ZoneSlice before) {
    if (wire.containsKey(nameType) || !before.covers(nameType)) {
      return wire.get(nameType);
    }
    List<ResourceRecordSet> members = new ArrayList<>();
    before.of(nameType).forEach(set -> members.addAll(Route53Records.toRoute53(set)));
    return members;
  }

  /**
   * The members that store {@code set}: those first read if it is the set read then (an undo); else
   * one per region, each under the SetIdentifier of the member serving its region now.
   */
  private List<ResourceRecordSet> desired(
      denominator.model.ResourceRecordSet set, List<Member> read) {
    List<ResourceRecordSet> first = asRead.get(set.key());
    if (first != null && Route53Records.fromRoute53(first).equals(List.of(set))) {
      return first;
    }
    return Route53Records.toRoute53(set).stream()
        .map(member -> reusingSetIdentifier(member, set.key(), read))
        .toList();
  }

  /**
   * A geo member to write, under the SetIdentifier of the member of the same set that serves its
   * region now (another tool may have named it); refused if that SetIdentifier is a member read
   * under another key (a member whose data differ from its set's, shown as a set of its own).
   */
  private static ResourceRecordSet reusingSetIdentifier(
      ResourceRecordSet set, RecordSetKey key, List<Member> read) {
    if (set.geoLocation() == null) {
      return set;
    }
    ResourceRecordSet named =
        read.stream()
            .filter(m -> m.key().equals(key) && set.geoLocation().equals(m.route53().geoLocation()))
            .findFirst()
            .map(m -> set.toBuilder().setIdentifier(m.route53().setIdentifier()).build())
            .orElse(set);
    for (Member other : read) {
      if (!other.key().equals(key)
          && named.setIdentifier().equals(other.route53().setIdentifier())) {
        throw new ValidationException(
            "route53: region served by another qualifier: "
                + key
                + " would overwrite "
                + other.key(),
            named.setIdentifier(),
            "a region not served by " + other.key() + " (put or delete that set first)");
      }
    }
    return named;
  }

  /** Keeps what a sent change wrote, where its name and type are known. */
  private void written(software.amazon.awssdk.services.route53.model.Change change) {
    ResourceRecordSet set = change.resourceRecordSet();
    List<ResourceRecordSet> members = wire.get(Route53Records.nameType(set));
    if (members == null) {
      return;
    }
    List<ResourceRecordSet> next = new ArrayList<>(members);
    next.removeIf(m -> Objects.equals(m.setIdentifier(), set.setIdentifier()));
    if (!isDelete(change)) {
      next.add(set);
    }
    wire.put(Route53Records.nameType(set), next);
  }

  private static boolean isDelete(software.amazon.awssdk.services.route53.model.Change change) {
    return change.action() == ChangeAction.DELETE;
  }

  private static software.amazon.awssdk.services.route53.model.Change change(
      ChangeAction action, ResourceRecordSet set) {
    return software.amazon.awssdk.services.route53.model.Change.builder()
        .action(action)
        .resourceRecordSet(set)
        .build();
  }
}
