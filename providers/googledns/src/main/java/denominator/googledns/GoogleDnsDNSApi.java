package denominator.googledns;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.change.Plan;
import denominator.googledns.GoogleDnsJson.RRSet;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordSetView;
import denominator.model.ResourceRecordSet;
import java.util.Iterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import javax.inject.Inject;

/**
 * One Cloud DNS project's zones and record sets. Sets are read from the zone's rrsets, lazily page
 * by page (by name, and by name and type, with Cloud DNS's filters). Change sets are applied by the
 * kit's {@link ChangeEngine} with {@link GoogleDnsWriter}, one Cloud DNS change per batch.
 */
final class GoogleDnsDNSApi extends KitDNSApi {
  private final GoogleDnsEndpoints endpoints;
  private final ProviderConfig config;
  private final GoogleDnsWriter.Limits limits;

  @Inject
  GoogleDnsDNSApi(GoogleDnsEndpoints endpoints, ProviderConfig config) {
    this(endpoints, config, GoogleDnsWriter.Limits.CLOUD_DNS);
  }

  /** With lower limits per change than Cloud DNS's, for tests. */
  GoogleDnsDNSApi(
      GoogleDnsEndpoints endpoints, ProviderConfig config, GoogleDnsWriter.Limits limits) {
    super(GoogleDnsProvider.METADATA);
    this.endpoints = endpoints;
    this.config = config;
    this.limits = limits;
  }

  @Override
  public ZoneApi zones() {
    return new GoogleDnsZoneApi(endpoints, this, limits);
  }

  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    return engine(zoneId).apply(changes, mode);
  }

  /**
   * Applies a plan from the state it was made from: Cloud DNS refuses a deletion that no longer
   * matches (412), and only then is the zone read, to refuse a stale plan as such.
   */
  @Override
  public ChangeResult apply(String zoneId, Plan plan, ApplyMode mode) {
    return ChangeEngine.applyFromPlan(
        plan, mode, () -> engine(zoneId), () -> recordSets(zoneId).iterator());
  }

  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    return new RecordSetView.Reader() {
      @Override
      public Iterator<ResourceRecordSet> all() {
        return sets(endpoints.rrsets(zoneId));
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name) {
        return sets(endpoints.rrsets(zoneId, name));
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name, String type) {
        return sets(endpoints.rrsets(zoneId, name, type));
      }
    };
  }

  private ChangeEngine engine(String zoneId) {
    return new ChangeEngine(
        new GoogleDnsWriter(endpoints, zoneId, config.poller(), limits),
        config.maxChangesPerBatch(Integer.MAX_VALUE));
  }

  // Each rrset's sets, as the pages come.
  private static Iterator<ResourceRecordSet> sets(Iterator<RRSet> rrsets) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rrsets, 0), false)
        .flatMap(rrset -> GoogleDnsRecords.sets(rrset).stream())
        .iterator();
  }
}
