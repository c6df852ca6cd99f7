package denominator.powerdns;

import denominator.DNSApi;
import denominator.GeoResourceRecordSetApi;
import denominator.ProviderConfig;
import denominator.RecordProfile;
import denominator.ResourceRecordSetApi;
import denominator.WeightedResourceRecordSetApi;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.kit.ChangeEngine;
import denominator.kit.RecordSetView;
import denominator.model.ResourceRecordSet;
import denominator.powerdns.PowerDnsJson.RRSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;

/**
 * One PowerDNS server's zones and record sets. Change sets are applied by the kit's {@link
 * ChangeEngine} in batches of one {@code PATCH} each ({@link PowerDnsBatches}), which the server
 * applies in one transaction.
 */
final class PowerDnsDNSApi implements DNSApi {
  private final PowerDnsEndpoints endpoints;
  private final ProviderConfig config;
  private final PowerDnsUrl url;

  @Inject
  PowerDnsDNSApi(PowerDnsEndpoints endpoints, ProviderConfig config) {
    this.endpoints = endpoints;
    this.config = config;
    this.url = PowerDnsUrl.parse(config.url());
  }

  @Override
  public ZoneApi zones() {
    return new PowerDnsZoneApi(endpoints, url);
  }

  @Override
  public ResourceRecordSetApi recordSets(String zoneId) {
    return recordSetView(zoneId);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return Optional.of(recordSetView(zoneId).only(RecordProfile.GEO));
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return Optional.of(recordSetView(zoneId).only(RecordProfile.WEIGHTED));
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return engine(zoneId).apply(changes, mode);
  }

  /**
   * The record sets of one zone, geo and weighted ones kept as LUA records (see {@link
   * PowerDnsLua}). A read by name asks {@code search-data} (PowerDNS 4.7 leaves disabled records
   * out of an answer filtered by name); a listing reads the zone. A qualified set is written by
   * reading its name's LUA records, changing them and replacing them, so concurrent writers of one
   * name's sets may overwrite each other.
   */
  private RecordSetView recordSetView(String zoneId) {
    RecordSetView.Reader reader =
        RecordSetView.Reader.of(
            () -> sets(endpoints.zone(zoneId).rrsets()),
            name -> sets(endpoints.rrsets(zoneId, Set.of(name))));
    return RecordSetView.of(
        PowerDnsProvider.METADATA,
        reader,
        changes -> engine(zoneId).apply(changes, ApplyMode.ATOMIC));
  }

  private static Iterator<ResourceRecordSet> sets(List<RRSet> rrsets) {
    return rrsets.stream()
        .flatMap(PowerDnsRecords::sets)
        .sorted(Comparator.comparing(ResourceRecordSet::key))
        .iterator();
  }

  /** A new engine, and writer, for one apply. */
  private ChangeEngine engine(String zoneId) {
    return new ChangeEngine(
        new PowerDnsBatches(endpoints, zoneId),
        config.maxChangesPerBatch(PowerDnsBatches.MAX_BATCH));
  }
}
