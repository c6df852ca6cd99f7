package denominator.azure;

import denominator.DenominatorException;
import denominator.InvalidChangeException;
import denominator.ValidationException;
import denominator.azure.AzureJson.RecordSetJson;
import denominator.change.Change;
import denominator.change.ChangeResult;
import denominator.kit.BatchLimit;
import denominator.kit.BatchWriter;
import denominator.kit.Capabilities;
import denominator.kit.NameType;
import denominator.kit.TargetedRead;
import denominator.kit.ZoneSlice;
import denominator.model.Names;
import denominator.model.ResourceRecordSet;
import denominator.model.rdata.RData;
import denominator.model.rdata.SOAData;
import denominator.model.rdata.TXTData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Azure side of the kit's change engine, for one zone and one apply. Azure has no batches: each
 * change is one request on one record set, a {@code PUT} of the whole set or a {@code DELETE}, and
 * the engine makes ATOMIC hold by writing back what it read. Every write carries the etag of the
 * set as read ({@code If-Match}), or {@code If-None-Match: *} where there was none, so a set
 * another writer changed meanwhile is refused as a concurrent change, never overwritten; each write
 * keeps the etag it returns, so an undo is guarded too. A put sends the set's {@code metadata} as
 * read. The apex SOA and NS are Azure's: they can be changed (not the SOA host, not the four Azure
 * name servers) but not deleted.
 */
final class AzureWriter implements BatchWriter {
  /**
   * Up to this many names and types, a read asks for each; past it, it lists the zone, whose pages
   * hold 100 sets: fewer requests, and fewer for a throttled client to wait out.
   */

  /** The most text Azure holds in one TXT record's strings. */
  static final int MAX_TXT = 4096;

  private final AzureEndpoints endpoints;
  private final String zone; // as Azure names it, without the trailing dot
  private final String origin; // absolute
  private final Clock clock;
  private final Map<NameType, RecordSetJson> held = new HashMap<>(); // the sets there, by target
  private final Set<NameType> known = new HashSet<>(); // the targets read: held or absent

  AzureWriter(AzureEndpoints endpoints, String zone, Clock clock) {
    this.endpoints = endpoints;
    this.zone = zone;
    this.origin = Names.absolute(zone);
    this.clock = clock;
  }

  /**
   * Refuses deleting the apex SOA and NS, sets outside the zone, types and values Azure does not
   * take, and an apex NS without the name servers Azure assigned the zone.
   */
  @Override
  public void check(Change change) {
    boolean apex = change.key().name().equals(origin);
    String type = change.key().type();
    AzureRecords.relative(change.key().name(), origin);
    if (change instanceof Change.Delete && (type.equals("SOA") || apex && type.equals("NS"))) {
      throw new InvalidChangeException(
          AzureProvider.NAME, List.of(type + " at the apex is Azure's, never deleted: " + origin));
    }
    if (change instanceof Change.Put put) {
      ResourceRecordSet set = put.recordSet();
      Capabilities.check(AzureProvider.METADATA, set);
      AzureRecords.properties(set, AzureRecords.metadata(set.providerData()));
      if (set.records().size() > AzureRecords.MAX_RECORDS) {
        throw new ValidationException(
            "azure: too many records in " + set.key(),
            Integer.toString(set.records().size()),
            "at most " + AzureRecords.MAX_RECORDS);
      }
      set.records().forEach(AzureWriter::checkText);
      if (apex && type.equals("NS")) {
        checkAzureNameServers(set);
      }
    }
  }

  private static void checkText(RData data) {
    if (data instanceof TXTData txt) {
      int length = 0;
      for (String string : txt.strings()) {
        if (string.isEmpty()) {
          throw new ValidationException("azure: empty TXT string", txt.toString(), "text");
        }
        length += string.getBytes(StandardCharsets.UTF_8).length;
      }
      if (length > MAX_TXT) {
        throw new ValidationException(
            "azure: TXT record of " + length + " octets", txt.toString(), "at most " + MAX_TXT);
      }
    }
  }

  // Azure refuses an apex NS without the four name servers it gave the zone.
  private void checkAzureNameServers(ResourceRecordSet set) {
    List<String> given = set.records().stream().map(RData::toString).toList();
    List<String> missing =
        endpoints.zone(zone).properties().nameServers().stream()
            .map(Names::absolute)
            .filter(azure -> !given.contains(azure))
            .toList();
    if (!missing.isEmpty()) {
      throw new ValidationException(
          "azure: apex NS without Azure's name servers " + missing,
          given.toString(),
          "every name server Azure assigned the zone, and any others");
    }
  }

  @Override
  public ZoneSlice read(Set<NameType> namesAndTypes) {
    List<RecordSetJson> found =
        TargetedRead.of(
            namesAndTypes,
            target ->
                AzureRecords.TYPES.contains(target.type())
                    ? endpoints
                        .recordSet(
                            zone, target.type(), AzureRecords.relative(target.name(), origin))
                        .stream()
                        .iterator()
                    : Collections.emptyIterator(),
            () -> endpoints.recordSets(zone));
    namesAndTypes.forEach(held::remove);
    known.addAll(namesAndTypes);
    List<ResourceRecordSet> sets = new ArrayList<>();
    for (RecordSetJson json : found) {
      ResourceRecordSet set = AzureRecords.set(json, origin);
      NameType target = NameType.of(set);
      if (namesAndTypes.contains(target)) {
        held.put(target, json);
        sets.add(set);
      }
    }
    return ZoneSlice.of(namesAndTypes, sets);
  }

  /** A write needs the set's etag, and whether there is one. */
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
    if (!known.contains(target)) { // the engine took it from a plan: the etag is still to read
      read(Set.of(target));
    }
    RecordSetJson current = held.get(target);
    String name = AzureRecords.relative(target.name(), origin);
    if (change instanceof Change.Put put) {
      ResourceRecordSet set = put.recordSet();
      ResourceRecordSet there = current == null ? null : AzureRecords.set(current, origin);
      if (set.keepingProviderDataOf(there).equals(there)) {
        return ChangeResult.Sync.IMMEDIATE; // there as put: a write would only change the etag
      }
      if (set.type().equals("SOA")) {
        checkSoaHost(set, current);
      }
      Map<String, String> metadata =
          set.providerData().containsKey(AzureRecords.METADATA) || current == null
              ? AzureRecords.metadata(set.providerData())
              : currentMetadata(current);
      String etag = current == null ? null : current.etag();
      Map<String, Object> properties = AzureRecords.properties(set, metadata);
      held.put(target, endpoints.putRecordSet(zone, set.type(), name, etag, properties));
    } else if (current != null) {
      endpoints.deleteRecordSet(zone, target.type(), name, current.etag());
      held.remove(target);
    }
    return ChangeResult.Sync.IMMEDIATE;
  }

  private static Map<String, String> currentMetadata(RecordSetJson current) {
    Map<String, String> metadata = current.properties().metadata();
    return metadata == null ? Map.of() : metadata;
  }

  // Azure names the SOA host itself; the rest of the SOA may change.
  private void checkSoaHost(ResourceRecordSet set, RecordSetJson current) {
    String host =
        current == null || current.properties().soa() == null
            ? null
            : Names.absolute(current.properties().soa().host());
    for (RData data : set.records()) {
      if (data instanceof SOAData soa && !soa.mname().equals(host)) {
        throw new InvalidChangeException(
            AzureProvider.NAME,
            List.of("the SOA host is Azure's: " + soa.mname() + " (expected " + host + ")"));
      }
    }
  }

  /** A batch is one change: a refusal names it. */
  @Override
  public List<Change> refused(List<Change> batch, DenominatorException refusal) {
    return batch;
  }
}
