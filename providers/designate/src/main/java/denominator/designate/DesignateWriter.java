package denominator.designate;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ValidationException;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.designate.DesignateJson.NewRecordSet;
import denominator.designate.DesignateJson.RecordSetJson;
import denominator.designate.DesignateJson.RecordSetUpdate;
import denominator.designate.DesignateJson.ZoneJson;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.TargetedRead;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.RecordSetKey;
import denominator.model.ResourceRecordSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Designate side of the kit's change engine, for one zone and one apply. Designate has no
 * batches: each change is one request on one record set, {@code POST} to create, {@code PUT} of its
 * records (and TTL when it changes) to update, {@code DELETE}; the engine makes ATOMIC hold by
 * writing back what it read. {@code description} is never sent on an update, so another tool's text
 * stays; a set deleted and written back gets its old one. The apex SOA and NS are Designate's own,
 * refused before any request. Every write returns the same wait: the zone until {@code ACTIVE}.
 */
final class DesignateWriter implements BatchWriter {

  private final DesignateEndpoints endpoints;
  private final String zoneId;
  private final ChangeResult.Sync sync;
  private final Clock clock;
  private final Map<NameType, RecordSetJson> held = new HashMap<>(); // the sets there, by target
  private final Set<NameType> known = new HashSet<>(); // the targets read: held or absent
  private ZoneJson zone;

  DesignateWriter(
      DesignateEndpoints endpoints, String zoneId, ChangeResult.Sync sync, Clock clock) {
    this.endpoints = endpoints;
    this.zoneId = zoneId;
    this.sync = sync;
    this.clock = clock;
  }

  /**
   * Refuses deleting the managed apex SOA and NS, types and values Designate does not take, and
   * sets of more records than its limit. A put of the apex SOA or NS passes here: it is refused
   * when sent, unless it puts back what is there.
   */
  @Override
  public void check(Change change) {
    if (change instanceof Change.Delete && managed(change.key())) {
      throw managedBy(change);
    }
    if (change instanceof Change.Put put) {
      ResourceRecordSet set = put.recordSet();
      Capabilities.check(DesignateProvider.METADATA, set);
      DesignateRecords.write(set.records());
      int max = endpoints.maxRecordsPerSet();
      if (set.records().size() > max) {
        throw new ValidationException(
            "designate: too many records in " + set.key(),
            Integer.toString(set.records().size()),
            "at most " + max + " (max_recordset_records)");
      }
    }
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<RecordSetJson> found =
        TargetedRead.of(
            namesAndTypes,
            target -> endpoints.recordSets(zoneId, target.name(), target.type()),
            () -> endpoints.recordSets(zoneId, null, null));
    namesAndTypes.forEach(held::remove);
    known.addAll(namesAndTypes);
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (RecordSetJson json : found) {
      NameType target = new NameType(Names.absolute(json.name()), json.type());
      if (namesAndTypes.contains(target)) {
        held.put(target, json);
        DesignateRecords.set(json, zone().ttl()).ifPresent(sets::add);
      }
    }
    return ZoneSlice.of(namesAndTypes, sets);
  }

  /** A write needs the set's id, and whether there is one. */
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
    return List.of(BatchLimit.changes(1));
  }

  @Override
  public ChangeResult.Sync send(List<Change> batch, ZoneSlice before) {
    Change change = batch.get(0);
    NameType target = NameType.of(change.key());
    if (!known.contains(target)) { // the engine took it from a plan: the id is still to read
      read(Set.of(target));
    }
    RecordSetJson current = held.get(target);
    if (managed(change.key())) {
      if (before.of(target).equals(before.after(batch).of(target))) {
        return sync; // put back as it is: nothing to send
      }
      throw managedBy(change);
    }
    if (change instanceof Change.Put put) {
      held.put(target, put(put.recordSet(), current));
    } else if (current != null) {
      try {
        endpoints.deleteRecordSet(zoneId, current.id());
      } catch (DesignateErrors.NotFound gone) {
        // deleted already: what was asked holds
      }
      held.remove(target);
    }
    return sync;
  }

  private RecordSetJson put(ResourceRecordSet set, RecordSetJson current) {
    List<String> records = DesignateRecords.write(set.records());
    Integer ttl = set.ttl().isPresent() ? set.ttl().getAsInt() : null;
    if (current == null) {
      String description = set.providerData().get("description");
      return endpoints.createRecordSet(
          zoneId, new NewRecordSet(set.name(), set.type(), ttl, records, description));
    }
    int stored = current.ttl() != null ? current.ttl() : zone().ttl();
    Integer changed = ttl != null && ttl != stored ? ttl : null; // a null TTL stays null
    try {
      return endpoints.updateRecordSet(zoneId, current.id(), new RecordSetUpdate(records, changed));
    } catch (DesignateErrors.NotFound gone) {
      throw new InvalidChangeException(
          DesignateProvider.NAME, List.of("deleted while being updated: " + set.key()));
    }
  }

  /** The apex SOA and NS, which Designate writes itself. */
  private boolean managed(RecordSetKey key) {
    return key.type().equals("SOA")
        || key.type().equals("NS") && key.name().equals(Names.absolute(zone().name()));
  }

  private static InvalidChangeException managedBy(Change change) {
    String type = change.key().type();
    return new InvalidChangeException(
        DesignateProvider.NAME,
        List.of(
            type
                + (type.equals("SOA") ? "" : " at the apex")
                + " is managed by Designate: "
                + change.key()));
  }

  /** A batch is one change: a refusal names it. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    return batch;
  }

  // The zone's name and TTL, read once: the TTL of a set that has none.
  private ZoneJson zone() {
    if (zone == null) {
      zone = endpoints.zone(zoneId);
    }
    return zone;
  }
}
