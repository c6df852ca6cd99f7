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
import java.util.Optional;
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
    return recordSets(zoneId, null);
  }

  @Override
  public Optional<GeoResourceRecordSetApi> geoRecordSets(String zoneId) {
    return Optional.of(recordSets(zoneId, RecordProfile.GEO));
  }

  @Override
  public Optional<WeightedResourceRecordSetApi> weightedRecordSets(String zoneId) {
    return Optional.of(recordSets(zoneId, RecordProfile.WEIGHTED));
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return engine(zoneId).apply(changes, mode);
  }

  private PowerDnsRecordSetApi recordSets(String zoneId, RecordProfile profile) {
    return new PowerDnsRecordSetApi(endpoints, zoneId, profile, () -> engine(zoneId));
  }

  /** A new engine, and writer, for one apply. */
  private ChangeEngine engine(String zoneId) {
    return new ChangeEngine(
        new PowerDnsBatches(endpoints, zoneId),
        config.maxChangesPerBatch(PowerDnsBatches.MAX_BATCH));
  }
}
