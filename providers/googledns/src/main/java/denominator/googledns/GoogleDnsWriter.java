package denominator.googledns;

import com.google.gson.JsonObject;
import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.UnsupportedCapabilityException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.Poller;
import denominator.kit.TargetedRead;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cloud DNS side of the kit's change engine, for one zone and one apply: a batch is one change
 * ({@code POST .../changes}), which Cloud DNS applies all or nothing. A name and type is one rrset
 * holding every set of it, so a batch deletes the rrset exactly as Cloud DNS holds it (as read just
 * before, or as this apply last wrote it) and adds the rrset of the sets after the batch. An rrset
 * that the batch leaves as it was is not written.
 *
 * <p>A change holds at most {@link Limits#rrsets} additions and as many deletions, and {@link
 * Limits#rrdataBytes} bytes of rrdatas; the engine splits a change set beyond those into several
 * changes and undoes earlier ones when a later one fails in ATOMIC mode. A change's result awaits
 * {@code status: done} by polling it.
 */
final class GoogleDnsWriter implements BatchWriter {

  /** How Cloud DNS names the rrset it refused: {@code entity.change.deletions[0]}. */
  private static final Pattern ENTITY =
      Pattern.compile("entity\\.change\\.(additions|deletions)\\[(\\d+)]");

  /** Or by name and type: {@code 'www.example.com. (CNAME)'}. */
  private static final Pattern NAMED = Pattern.compile("'([^' ]+) \\(([A-Z0-9]+)\\)'");

  /**
   * The limits of one change.
   *
   * @param rrsets the most additions, and the most deletions
   * @param rrdataBytes the most UTF-8 bytes of rrdatas, additions and deletions together
   */
  record Limits(int rrsets, long rrdataBytes) {
    static final Limits CLOUD_DNS = new Limits(1000, 100_000);
  }

  private final GoogleDnsEndpoints endpoints;
  private final String zone;
  private final Poller poller;
  private final Limits limits;

  /** The rrsets as Cloud DNS holds them, as last read or written in this apply. */
  private final Map<NameType, JsonObject> held = new HashMap<>();

  /** Every rrset read or written in this apply, so that an undo writes one back as it was. */
  private final Map<NameType, List<JsonObject>> seen = new HashMap<>();

  /** The names and types of the last change's additions and deletions, in the order sent. */
  private List<NameType> added = List.of();

  private List<NameType> deleted = List.of();

  GoogleDnsWriter(GoogleDnsEndpoints endpoints, String zone, Poller poller, Limits limits) {
    this.endpoints = endpoints;
    this.zone = zone;
    this.poller = poller;
    this.limits = limits;
  }

  /**
   * Refuses a set routed by a policy the model lacks, a type or weight the provider does not
   * declare, and a weighted set whose qualifier is not a decimal integer, before any request.
   */
  @Override
  public void check(Change change) {
    if (!(change instanceof Change.Put put)) {
      return;
    }
    ResourceRecordSet set = put.recordSet();
    if (set.providerData().containsKey(ResourceRecordSet.ROUTING)
        || set.records().stream().anyMatch(GoogleDnsTargets.class::isInstance)) {
      throw routed(
          set.key().toString(),
          set.providerData().getOrDefault(ResourceRecordSet.ROUTING, "health-checked targets"));
    }
    Capabilities.check(GoogleDnsProvider.METADATA, set);
    if (set.weighted().isPresent()) {
      GoogleDnsWeights.checkQualifier(set);
    }
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<RRSet> rrsets =
        TargetedRead.of(
            namesAndTypes,
            target -> endpoints.rrsets(zone, target.name(), target.type()),
            () -> endpoints.rrsets(zone));
    namesAndTypes.forEach(held::remove);
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (RRSet rrset : rrsets) {
      NameType target = target(rrset.name(), rrset.type());
      if (namesAndTypes.contains(target)) {
        hold(target, rrset.raw());
        sets.addAll(GoogleDnsRecords.sets(rrset));
      }
    }
    return ZoneSlice.of(namesAndTypes, sets);
  }

  /** Every write deletes the rrset exactly as held, so it needs what is held. */
  @Override
  public boolean needsBefore(Change change) {
    return true;
  }

  @Override
  public Clock clock() {
    return poller.clock();
  }

  /**
   * One rrset per name and type, so at most {@code rrsets} names and types per change (each one
   * addition and one deletion at most); and the rrdata bytes of the rrsets deleted and added.
   */
  @Override
  public List<BatchLimit> limits() {
    return List.of(
        BatchLimit.targets(limits.rrsets()),
        new BatchLimit("rrdata bytes", limits.rrdataBytes(), GoogleDnsWriter::bytes));
  }

  // What a change alone costs: its rrset deleted as it was and added as it will be.
  private static long bytes(Change change, ZoneSlice before) {
    NameType target = NameType.of(change.key());
    return GoogleDnsRecords.bytes(before.of(target))
        + GoogleDnsRecords.bytes(before.after(List.of(change)).of(target));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    ZoneSlice after = before.after(batch);
    List<JsonObject> additions = new ArrayList<>();
    List<JsonObject> deletions = new ArrayList<>();
    List<NameType> addedNow = new ArrayList<>();
    List<NameType> deletedNow = new ArrayList<>();
    for (NameType target : targets(batch)) {
      List<ResourceRecordSet> was = before.of(target);
      List<ResourceRecordSet> will = after.of(target);
      if (Set.copyOf(was).equals(Set.copyOf(will))) {
        continue; // put back as it is: nothing to write
      }
      JsonObject current = current(target, was);
      if (current != null) {
        checkNotRouted(target, current, will);
        deletions.add(current);
        deletedNow.add(target);
      }
      if (!will.isEmpty()) {
        additions.add(
            earlier(target, will).orElseGet(() -> GoogleDnsRecords.rrset(target, will, current)));
        addedNow.add(target);
      }
    }
    added = addedNow;
    deleted = deletedNow;
    if (additions.isEmpty() && deletions.isEmpty()) {
      return ChangeResult.Sync.IMMEDIATE;
    }
    GoogleDnsJson.Change change = endpoints.change(zone, additions, deletions);
    deletedNow.forEach(held::remove);
    // What Cloud DNS stored, as it answers it in the order sent; else what was sent.
    List<JsonObject> stored =
        change.additions() != null && change.additions().size() == additions.size()
            ? change.additions()
            : additions;
    for (int i = 0; i < additions.size(); i++) {
      hold(addedNow.get(i), stored.get(i));
    }
    return change.done() ? ChangeResult.Sync.IMMEDIATE : timeout -> await(change.id(), timeout);
  }

  private void await(String id, Duration timeout) {
    poller.await(
        GoogleDnsProvider.NAME + ": change " + id + " of " + zone + " done",
        timeout,
        () -> endpoints.change(zone, id).done());
  }

  /**
   * The changes of the rrset Cloud DNS named in its refusal, by its place in the change or by its
   * name and type; none if it named none of the batch.
   */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    if (!(refusal instanceof InvalidChangeException invalid)) {
      return List.of();
    }
    for (String message : invalid.messages()) {
      Matcher entity = ENTITY.matcher(message);
      Matcher named = NAMED.matcher(message);
      NameType target = null;
      if (entity.find()) {
        List<NameType> sent = entity.group(1).equals("additions") ? added : deleted;
        int index = Integer.parseInt(entity.group(2));
        target = index < sent.size() ? sent.get(index) : null;
      } else if (named.find()) {
        target = target(named.group(1), named.group(2));
      }
      NameType refused = target;
      List<Change> changes =
          batch.stream().filter(c -> NameType.of(c.key()).equals(refused)).toList();
      if (!changes.isEmpty()) {
        return changes;
      }
    }
    return List.of();
  }

  private void hold(NameType target, JsonObject rrset) {
    held.put(target, rrset);
    seen.computeIfAbsent(target, t -> new ArrayList<>()).add(rrset);
  }

  // An rrset of this apply that held exactly these sets (the undo of a batch), as it was, but for
  // the signatures Cloud DNS makes.
  private Optional<JsonObject> earlier(NameType target, List<ResourceRecordSet> sets) {
    return seen.getOrDefault(target, List.of()).stream()
        .filter(
            rrset -> Set.copyOf(GoogleDnsRecords.sets(RRSet.of(rrset))).equals(Set.copyOf(sets)))
        .findFirst()
        .map(
            rrset -> {
              JsonObject copy = rrset.deepCopy();
              copy.remove("signatureRrdatas");
              return copy;
            });
  }

  // The rrset as Cloud DNS holds it: as read or written, else (a plan's state) made from the sets.
  private JsonObject current(NameType target, List<ResourceRecordSet> was) {
    JsonObject read = held.get(target);
    if (read != null || was.isEmpty()) {
      return read;
    }
    if (was.stream().anyMatch(set -> set.providerData().containsKey(ResourceRecordSet.ROUTING))) {
      throw routed(target.toString(), "a routing policy not read in this apply");
    }
    return GoogleDnsRecords.rrset(target, was, null);
  }

  /**
   * An rrset routed by a policy this provider does not write may only go whole: written again it
   * would lose what the model does not show.
   */
  private static void checkNotRouted(
      NameType target, JsonObject current, List<ResourceRecordSet> will) {
    RRSet rrset = RRSet.of(current);
    boolean ours =
        rrset.routingPolicy() == null
            || GoogleDnsRecords.sets(rrset).stream().allMatch(set -> set.weighted().isPresent());
    if (!ours && !will.isEmpty()) {
      throw routed(target.toString(), rrset.routingPolicy().toString());
    }
  }

  private static UnsupportedCapabilityException routed(String what, String routing) {
    return new UnsupportedCapabilityException(
        GoogleDnsProvider.NAME,
        "writing "
            + what
            + ", routed by "
            + routing
            + " (read only: the model cannot express that routing; delete every set of it, or"
            + " change it with Cloud DNS's own tools)");
  }

  private static Set<NameType> targets(List<Change> batch) {
    Set<NameType> targets = new LinkedHashSet<>();
    batch.forEach(change -> targets.add(NameType.of(change.key())));
    return targets;
  }

  private static NameType target(String name, String type) {
    return new NameType(Names.absolute(name), type);
  }
}
