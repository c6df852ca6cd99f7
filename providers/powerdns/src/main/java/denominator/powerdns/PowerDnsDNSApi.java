package denominator.powerdns;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.change.ZoneRead;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.NameType;
import denominator.kit.RecordSetView;
import denominator.model.ResourceRecordSet;
import denominator.powerdns.PowerDnsJson.RRSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;

/**
 * One PowerDNS server's zones and record sets. Change sets are applied by the kit's {@link
 * ChangeEngine} in batches of one {@code PATCH} each ({@link PowerDnsBatches}), which the server
 * applies in one transaction.
 */
final class PowerDnsDNSApi extends KitDNSApi {
  private final PowerDnsEndpoints endpoints;
  private final ProviderConfig config;
  private final PowerDnsUrl url;

  @Inject
  PowerDnsDNSApi(PowerDnsEndpoints endpoints, ProviderConfig config) {
    super(PowerDnsProvider.METADATA);
    this.endpoints = endpoints;
    this.config = config;
    this.url = PowerDnsUrl.parse(config.url());
  }

  @Override
  public ZoneApi zones() {
    return new PowerDnsZoneApi(endpoints, url);
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return engine(new PowerDnsBatches(endpoints, zoneId)).apply(changes, mode);
  }

  /** The zone's {@code GET}, one request, kept whole for a plan's apply. */
  @Override
  public ZoneRead read(String zoneId) {
    return new PowerDnsZoneRead(endpoints, zoneId, endpoints.zone(zoneId).rrsets());
  }

  /**
   * Applies a plan made from a read of this zone by this API ({@link #read}, the zone's {@code
   * GET}) by reading the zone once more, right before the {@code PATCH}, and writing the {@code
   * PATCH} from that: one request whatever the number of the plan's names, where the engine asks
   * {@code search-data} for each. The plan's own read is not written from: a {@code PATCH} has no
   * precondition, and a name's LUA rrset holds other tools' records and disabled ones beside our
   * sets, so a {@code PATCH} made from a read taken when the plan was made (a minute before, in an
   * evacuation of many zones) would drop what they wrote there since. Another read is as none.
   */
  @Override
  public ChangeResult apply(String zoneId, Plan plan, ApplyMode mode, ZoneRead madeFrom) {
    if (!(madeFrom instanceof PowerDnsZoneRead read) || !read.isOf(endpoints, zoneId)) {
      return apply(zoneId, plan, mode);
    }
    Set<NameType> changed = new LinkedHashSet<>();
    plan.changes().forEach(change -> changed.add(NameType.of(change.key())));
    PowerDnsBatches batches = new PowerDnsBatches(endpoints, zoneId);
    List<RRSet> now = endpoints.zone(zoneId).rrsets();
    return engine(batches).apply(plan.changeSet(), mode, batches.slice(changed, now));
  }

  private ChangeEngine engine(PowerDnsBatches batches) {
    return new ChangeEngine(batches, config.maxChangesPerBatch(PowerDnsBatches.MAX_BATCH));
  }

  /**
   * The record sets of one zone, geo and weighted ones kept as LUA records (see {@link
   * PowerDnsLua}). A read by name asks {@code search-data} (PowerDNS 4.7 leaves disabled records
   * out of an answer filtered by name); a listing reads the zone. A qualified set is written by
   * reading its name's LUA records, changing them and replacing them, so concurrent writers of one
   * name's sets may overwrite each other.
   */
  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    return RecordSetView.Reader.of(
        () -> sets(endpoints.zone(zoneId).rrsets()),
        name -> sets(endpoints.rrsets(zoneId, Set.of(name))));
  }

  /** The sets of these rrsets, ordered by key. */
  static Iterator<ResourceRecordSet> sets(List<RRSet> rrsets) {
    return rrsets.stream()
        .flatMap(PowerDnsRecords::sets)
        .sorted(Comparator.comparing(ResourceRecordSet::key))
        .iterator();
  }
}
