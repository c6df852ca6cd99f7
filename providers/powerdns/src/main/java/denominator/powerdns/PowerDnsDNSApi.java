package denominator.powerdns;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordSetView;
import denominator.model.ResourceRecordSet;
import denominator.powerdns.PowerDnsJson.RRSet;
import java.util.Comparator;
import java.util.Iterator;
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
    return new ChangeEngine(
            new PowerDnsBatches(endpoints, zoneId),
            config.maxChangesPerBatch(PowerDnsBatches.MAX_BATCH))
        .apply(changes, mode);
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

  private static Iterator<ResourceRecordSet> sets(List<RRSet> rrsets) {
    return rrsets.stream()
        .flatMap(PowerDnsRecords::sets)
        .sorted(Comparator.comparing(ResourceRecordSet::key))
        .iterator();
  }
}
