package denominator.clouddns;

import denominator.ProviderConfig;
import denominator.ZoneApi;
import denominator.change.ApplyMode;
import denominator.change.ChangeResult;
import denominator.change.ChangeSet;
import denominator.clouddns.CloudDnsJson.RecordJson;
import denominator.kit.ChangeEngine;
import denominator.kit.KitDNSApi;
import denominator.kit.RecordGrouping;
import denominator.kit.RecordSetView;
import denominator.model.ResourceRecordSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import javax.inject.Inject;

/**
 * One Cloud DNS account's domains and record sets. The service lists records one per value, in id
 * order, so a set's values are scattered: the whole listing is grouped by name and type. There is
 * no search by name alone: a read of a name lists the domain, one of a name and type searches.
 * Change sets are applied by the kit's {@link ChangeEngine} with {@link CloudDnsWriter}.
 */
final class CloudDnsDNSApi extends KitDNSApi {
  private final CloudDnsEndpoints endpoints;
  private final CloudDnsJobs jobs;
  private final ProviderConfig config;

  @Inject
  CloudDnsDNSApi(CloudDnsEndpoints endpoints, ProviderConfig config) {
    super(CloudDnsProvider.METADATA);
    this.endpoints = endpoints;
    this.jobs = new CloudDnsJobs(endpoints, config);
    this.config = config;
  }

  @Override
  public ZoneApi zones() {
    return new CloudDnsZoneApi(endpoints, jobs);
  }

  /**
   * Applies the change set; only a BEST_EFFORT apply leaves its last delete job to {@code await}.
   */
  @Override
  public ChangeResult apply(String zoneId, ChangeSet changes, ApplyMode mode) {
    CloudDnsWriter writer =
        new CloudDnsWriter(endpoints, jobs, zoneId, mode != ApplyMode.BEST_EFFORT, config.clock());
    return new ChangeEngine(writer, config.maxChangesPerBatch(Integer.MAX_VALUE))
        .apply(changes, mode);
  }

  @Override
  protected RecordSetView.Reader reader(String zoneId) {
    return new RecordSetView.Reader() {
      @Override
      public Iterator<ResourceRecordSet> all() {
        return grouped(endpoints.records(zoneId));
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name) {
        return grouped(filtered(endpoints.records(zoneId), name));
      }

      @Override
      public Iterator<ResourceRecordSet> named(String name, String type) {
        if (!CloudDnsRecords.TYPES.contains(type)) { // SOA is a pseudo record, never listed
          return List.<ResourceRecordSet>of().iterator();
        }
        return grouped(endpoints.search(zoneId, CloudDnsRecords.relative(name), type).iterator());
      }
    };
  }

  private static Iterator<RecordJson> filtered(Iterator<RecordJson> records, String name) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, 0), false)
        .filter(record -> CloudDnsRecords.key(record).name().equals(name))
        .iterator();
  }

  private static Iterator<ResourceRecordSet> grouped(Iterator<RecordJson> records) {
    List<RecordJson> all = new ArrayList<>();
    records.forEachRemaining(all::add);
    return RecordGrouping.byKey(all, CloudDnsRecords::key, CloudDnsRecords::set).iterator();
  }
}
